/**
 * A municipality's printable fact sheet: the button that prints it; the sheet and the meeting
 * pack of many (loaded on first use); the request to print a view as soon as it is drawn.
 */
export { PrintSheetButton } from './PrintSheetButton';
export { requestPrint } from './print-request';
export const loadSheets = () => import('./sheets');
