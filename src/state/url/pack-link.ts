import { cutText } from '../../domain/text';
import { PARAM } from './params';
import { listItems, MAX_SEARCH } from './parse';

/** What a message about the ignored codes of a pack link names at most. */
const MAX_ASKED = 1_000;

/**
 * The codes a link to a meeting pack asks for, as written (each once, at most MAX_ASKED, each cut
 * to 20 characters): what the pack compares with what it shows, to say which it left out.
 * Empty for a link to any other view.
 */
export function sheetCodesAsked(search: string): string[] {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > MAX_SEARCH ? search.slice(0, MAX_SEARCH) : search);
  } catch {
    return [];
  }
  const raw = params.get(PARAM.sheets);
  if (params.get(PARAM.view) !== 'sheets' || raw === null) return [];
  return [...new Set(listItems(raw).map((s) => cutText(s, 20)))].slice(0, MAX_ASKED);
}
