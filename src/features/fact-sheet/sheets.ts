/** The printed views, one chunk loaded on first use: a municipality's sheet, the meeting pack. */
export { default as FactSheetView } from './FactSheetView';
export { default as MeetingPackView } from './MeetingPackView';
