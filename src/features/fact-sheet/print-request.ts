/**
 * What the print button asks of the fact sheet it opens, kept outside React and the URL: a
 * reload or a shared link shows the sheet without a print dialog popping up on its own.
 */
let printWhenReady = false;
let openedFromApp = false;

/** The sheet is opened from the app, to be printed as soon as it is drawn. */
export function requestPrint(): void {
  printWhenReady = true;
  openedFromApp = true;
}

export function printRequested(): boolean {
  return printWhenReady;
}

/** True once per request: the sheet prints, and only once. */
export function takePrintRequest(): boolean {
  const requested = printWhenReady;
  printWhenReady = false;
  return requested;
}

/** The sheet was opened from the app in this page, so Back returns to the view it came from. */
export function cameFromApp(): boolean {
  return openedFromApp;
}
