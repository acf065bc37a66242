import type { ViewState } from '../view-state';

/**
 * The URL is a serialised, versioned view of the state. Version 1 parameters:
 *   v=1  lang=sv|en  m=<kommunkod>  p=<project id>  theme=<id,id>  tg=<id,id>  county=24|25
 *   kind=<kind,kind>  q=<search text>  view=map|list|figures|sheet|sheets  metric=<metric id>
 *   cmp=<kommunkod,…>  links=1  embed=1  year=<yyyy>  change=<yyyy>-abs|pct  ended=hide
 * view=sheet (the printable fact sheet of m=) was added within version 1: a new value changes the
 * meaning of no link made before it, and an older app reads it as an unknown view (the map).
 * year= (the year of a measure over time the map shows) and change= (its change since a year, in
 * the measure's unit or in per cent) were added within version 1 alike: a link without them is the
 * latest year, as before, and an older app ignores them with a warning.
 * view=sheets (the meeting pack: fact sheets printed in one go) was added within version 1 too: in
 * that view, and only there, m= is a comma-separated list of kommunkoder (the pack, in its order;
 * without it the pack is of the county= filter, or of every municipality the report covers). An
 * older app reads it as an unknown view and a malformed m=, i.e. the map.
 * ended=hide (projects that have ended left out) was added within version 1 alike: without it
 * every project shows, as before.
 * Defaults are left out, so the plain address is the default view. Unknown or malformed
 * parameters are ignored with a console warning; links of older versions are migrated
 * (migrations.ts). A shared link is a promise to its reader: a change here needs a new version
 * and a migration, never a silent change of meaning.
 */
export const URL_VERSION = 1;

/** The parameter of each field of the view state. */
export const PARAM = {
  language: 'lang',
  municipality: 'm',
  project: 'p',
  themes: 'theme',
  targetGroups: 'tg',
  county: 'county',
  kinds: 'kind',
  query: 'q',
  view: 'view',
  metric: 'metric',
  year: 'year',
  change: 'change',
  compare: 'cmp',
  // The same parameter as the municipality: in view=sheets m= is the pack's list of codes.
  sheets: 'm',
  links: 'links',
  hideEnded: 'ended',
  embed: 'embed',
} as const satisfies Record<keyof ViewState, string>;

export const VERSION_PARAM = 'v';

export type Warn = (message: string) => void;
