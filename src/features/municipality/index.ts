/** A municipality: the picker that chooses one, and its panel (loaded on first use). */
export { MunicipalityPicker } from './MunicipalityPicker';
export const loadMunicipalitySection = () => import('./MunicipalitySection');
