import { compareSwedish } from './intl';
import type { Municipality } from './municipality';

/** Which municipalities a meeting pack holds, and what it was asked for that it leaves out. */
export interface MeetingPack {
  /** The sheets, in print order. */
  municipalities: Municipality[];
  /** What was chosen: the codes given, a county, or every municipality the report covers. */
  choice: { kind: 'codes' } | { kind: 'county'; county: string } | { kind: 'all' };
  /** Codes asked for that have no sheet: malformed, unknown, or outside the report's counties. */
  ignored: string[];
}

/**
 * The meeting pack of a view: the municipalities of `codes` in the order given, else those of
 * `county` ('all' for none), else every municipality the report covers, by county (in the order
 * `counties` lists them) and then by name. Only the report's municipalities have a sheet; `asked`
 * is the link's list as written, of which every code not printed is named in `ignored`. A list
 * of which no code has a sheet is no list: the pack falls back to the county or to all.
 */
export function meetingPack(
  all: readonly Municipality[],
  codes: readonly string[],
  county: string,
  counties: readonly string[],
  asked: readonly string[] = [],
): MeetingPack {
  const focus = all.filter((m) => m.focus);
  const byCode = new Map(focus.map((m) => [m.code, m]));
  const listed = [...new Set(codes)]
    .map((code) => byCode.get(code))
    .filter((m): m is Municipality => Boolean(m));
  let pack: MeetingPack;
  if (listed.length > 0) {
    pack = { municipalities: listed, choice: { kind: 'codes' }, ignored: [] };
  } else {
    const countyRank = (code: string) => {
      const i = counties.indexOf(code);
      return i < 0 ? counties.length : i;
    };
    const inCounty = county === 'all' ? focus : focus.filter((m) => m.countyCode === county);
    pack = {
      municipalities: [...inCounty].sort(
        (a, b) =>
          countyRank(a.countyCode) - countyRank(b.countyCode) || compareSwedish(a.name, b.name),
      ),
      choice: county === 'all' ? { kind: 'all' } : { kind: 'county', county },
      ignored: [],
    };
  }
  const printed = new Set(pack.municipalities.map((m) => m.code));
  pack.ignored = [...new Set(asked)].filter((code) => !printed.has(code));
  return pack;
}
