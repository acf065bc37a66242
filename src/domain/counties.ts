import { FOCUS_COUNTY_CODES } from '../data/schemas';

/** A county (län) of the focus, by its two-digit code: 24 Västerbotten, 25 Norrbotten. */
export type CountyCode = (typeof FOCUS_COUNTY_CODES)[number];

export interface FocusCounty {
  code: CountyCode;
  /** The short name the report and the legend use ("Norrbotten"). */
  name: string;
}

/**
 * The one county table: the filters, the legend, the URL codec and the data build take the codes
 * and names from here. Norrbotten first, as the report and the filters list them.
 */
export const FOCUS_COUNTIES: readonly FocusCounty[] = [
  { code: '25', name: 'Norrbotten' },
  { code: '24', name: 'Västerbotten' },
];

export function isCountyCode(value: string): value is CountyCode {
  return (FOCUS_COUNTY_CODES as readonly string[]).includes(value);
}

/** The county of a municipality: the first two digits of its kommunkod. */
export function countyOf(kommunkod: string): string {
  return kommunkod.slice(0, 2);
}

export function countyName(code: string): string {
  return FOCUS_COUNTIES.find((c) => c.code === code)?.name ?? code;
}
