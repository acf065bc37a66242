/**
 * Reading the catalogue: search and filters, the results beside the map, a municipality's
 * projects, and a project's detail (loaded on first use).
 */
export { FilterBar } from './FilterBar';
export { MunicipalityProjects } from './MunicipalityProjects';
export { ResultsList } from './ResultsList';
export { SearchBox } from './SearchBox';
export const loadProjectDetail = () => import('./ProjectDetail');
