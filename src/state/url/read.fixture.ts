import { parseViewState } from './parse';

/** Test helper: the view a query string gives, and the warnings given on the way. */
export function read(search: string) {
  const warnings: string[] = [];
  const state = parseViewState(search, (m) => warnings.push(m));
  return { state, warnings };
}
