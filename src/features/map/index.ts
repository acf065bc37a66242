/** The map on screen: the view, its buttons, the links layer's switch, the map session as state. */
export { LinksToggle } from './LinksToggle';
export { MapControls } from './MapControls';
export { MapView, type MapLooks } from './MapView';
/** The map session as state: the map on screen once drawn (`useMapSession((s) => s.map)`), covers, ready. */
export { useMapSession } from './use-map-session';
