/** The map on screen: the view, its buttons, the links layer's switch, the current map. */
export { useCurrentMap } from './current-map';
export { LinksToggle } from './LinksToggle';
export { MapControls } from './MapControls';
export { MapView, type MapLooks } from './MapView';
