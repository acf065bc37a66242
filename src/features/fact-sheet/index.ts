/** A municipality's printable fact sheet: the button that prints it, and the sheet (loaded on first use). */
export { PrintSheetButton } from './PrintSheetButton';
export const loadFactSheetView = () => import('./FactSheetView');
