import type { Language } from '../../domain/language';
import { serialiseViewState } from '../../state/url/serialise';
import { DEFAULT_VIEW, type ViewState } from '../../state/view-state';

/**
 * The view of a municipality's fact sheet. Nothing else of the current view travels with it
 * (filters, search, comparison, metric): the sheet is the whole municipality, and its address is
 * short and the same for everyone. Back returns to the view the user came from.
 */
export function factSheetView(code: string, language: Language): ViewState {
  return { ...DEFAULT_VIEW, language, municipality: code, view: 'sheet' };
}

/**
 * The live view a printed sheet links back to (as text and as a QR code): the map with the
 * municipality's panel open, in the sheet's language. `page` is the address of the app without
 * its query (`location.origin + location.pathname`).
 */
export function liveViewUrl(page: string, code: string, language: Language): string {
  return `${page}${serialiseViewState({ ...DEFAULT_VIEW, language, municipality: code })}`;
}
