import type { MunicipalityMap } from '../../map/controller';

/** The map on screen, for tools outside the map view (the PNG export); null while none is. */
export const currentMap: { value: MunicipalityMap | null } = { value: null };
