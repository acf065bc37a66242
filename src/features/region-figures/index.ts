/** The region in figures: the report's own figures (loaded on first use). */
export const loadRegionFiguresView = () => import('./RegionFiguresView');
