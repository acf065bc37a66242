import type { Map as MapLibreMap, Popup } from 'maplibre-gl';
import type { MunicipalityCollection } from '../data/schemas';
import { tipContent, type Tip } from './tip';

type LngLat = { lng: number; lat: number };

export type Tooltips = ReturnType<typeof tooltips>;

/**
 * The one tooltip of the map: at the pointer over a municipality, or, while the map has keyboard
 * focus, at the label of the selected one.
 */
export function tooltips(
  map: MapLibreMap,
  /**
   * MapLibre's Popup, passed in: this module is a chunk loaded with the map, and a lazy chunk that
   * imported maplibre-gl itself would split the worker's URL into a chunk of the first download.
   */
  PopupClass: typeof Popup,
  /** The tip of a municipality for the current metric, if it has one. */
  tipOf: (code: string) => Tip | undefined,
  /** The municipalities: their names and label points. */
  municipalities: MunicipalityCollection,
  /** The selected municipality's code, if one is selected. */
  selected: () => string | null,
) {
  const popup = new PopupClass({
    closeButton: false,
    closeOnClick: false,
    className: 'map-tooltip',
    offset: 12,
  });
  const canvas = map.getCanvas();
  const show = (code: string, fallbackName: string, at: LngLat) => {
    popup
      .setLngLat(at)
      .setDOMContent(tipContent(tipOf(code), fallbackName))
      .addTo(map);
  };
  /** While the map has keyboard focus, the selected municipality shows its tip at its label. */
  const focus = (): boolean => {
    const code = selected();
    const f = municipalities.features.find((f) => f.properties.code === code);
    if (!code || !f || document.activeElement !== canvas) return false;
    show(code, f.properties.name, { lng: f.properties.labelLon, lat: f.properties.labelLat });
    return true;
  };
  const remove = () => popup.remove();
  canvas.addEventListener('focus', focus);
  canvas.addEventListener('blur', remove);
  return {
    show,
    focus,
    remove,
    /** The pointer left the municipalities: the focus tip, or none. */
    leave(): void {
      if (!focus()) remove();
    },
    /** The selection changed: its tip replaces the old one while the map has focus. */
    selectionChanged(): void {
      if (!focus() && document.activeElement === canvas) remove();
    },
  };
}
