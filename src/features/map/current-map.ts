import { create } from 'zustand';
import type { MunicipalityMap } from '../../map/controller';

/**
 * The map on screen once it has drawn, for tools outside the map view (the PNG export); null
 * while none is. A store, so that a tool rendered before the map arrives updates when it does.
 */
export const useCurrentMap = create<{ map: MunicipalityMap | null }>()(() => ({ map: null }));
