import { FOCUS_COUNTY_CODES } from '../data/codes';
import type { Language } from './language';

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

/**
 * A county's name in the interface's language, from its Swedish name and code: "Norrbottens län"
 * in Swedish, "Norrbotten County" in English (as the report's figures name them).
 */
export function countyNameIn(language: Language, code: string, swedishName: string): string {
  if (language === 'sv') return swedishName;
  const short =
    FOCUS_COUNTIES.find((c) => c.code === code)?.name ?? swedishName.replace(/s? län$/u, '');
  return englishCountyName(short);
}

/** A county in English from its short name, as the report's figures write it ("Norrbotten County"). */
export function englishCountyName(short: string): string {
  return `${short} County`;
}

/** What a county's label point is made from: its municipalities' label points and land areas. */
export interface LabelledArea {
  countyCode: string;
  focus: boolean;
  areaLandKm2: number;
  labelLon: number;
  labelLat: number;
}

/**
 * A point inside each focus county for its label: the mean of its municipalities' label points
 * weighted by their land area, so that the large inland municipalities (where there is room for a
 * two-line label) pull it, not the many small ones along the coast. Computed in the browser from
 * the municipality records: the generated data carries no county points.
 */
export function countyLabelPoints(
  municipalities: readonly LabelledArea[],
): Map<CountyCode, [number, number]> {
  const points = new Map<CountyCode, [number, number]>();
  for (const { code } of FOCUS_COUNTIES) {
    const members = municipalities.filter((m) => m.focus && m.countyCode === code);
    const weight = members.reduce((sum, m) => sum + m.areaLandKm2, 0);
    if (weight <= 0) continue;
    const mean = (of: (m: LabelledArea) => number) =>
      members.reduce((sum, m) => sum + of(m) * m.areaLandKm2, 0) / weight;
    points.set(code, [mean((m) => m.labelLon), mean((m) => m.labelLat)]);
  }
  return points;
}
