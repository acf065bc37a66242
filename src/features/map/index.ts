/** The map on screen: the view, its buttons, the links layer's switch, the map session as state. */
export { LinksToggle } from './LinksToggle';
export { MapControls } from './MapControls';
export { MapView, type MapLooks } from './MapView';
export { useMapSession } from './use-map-session';
/** The map on screen once drawn (`useCurrentMap((s) => s.map)`), for the PNG export. */
export { useMapSession as useCurrentMap } from './use-map-session';
