/** The neighbour comparison: the button that starts it, and the view (loaded on first use). */
export { CompareButton } from './CompareButton';
export const loadComparisonView = () => import('./ComparisonView');
