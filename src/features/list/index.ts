/** The list view: the catalogue as a sortable table (loaded on first use). */
export const loadProjectList = () => import('./ProjectList');
