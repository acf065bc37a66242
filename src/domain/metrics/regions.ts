import { englishCountyName } from '../counties';
import type { Language } from '../language';
import { foldText } from '../text';

/**
 * The regions an imported file may name besides the map's municipalities: Sweden and its counties.
 * Their rows are kept as references (a municipality's figure beside its county's and Sweden's),
 * never drawn as municipalities. Codes as SCB writes them: "00" for Sweden, two digits for a
 * county; Kolada writes the same with two leading zeros ("0000", "0025").
 */

/** The code of Sweden as a whole (SCB's "00 Riket", Kolada's "0000"). */
export const SWEDEN = '00';

export interface CountyOfSweden {
  /** SCB's two-digit county code. */
  code: string;
  /** The county's name as SCB writes it ("Norrbottens län"). */
  name: string;
  /** The county's short name ("Norrbotten"), for an English label ("Norrbotten County"). */
  short: string;
  /** The name of its region (the county council), as Kolada titles the county's figures. */
  region: string;
}

/**
 * The 21 counties since 1998. Every county, not only the map's two: a file of all of Sweden
 * names them all, and each is recognised (and kept as a reference) rather than refused as unknown.
 */
export const COUNTIES_OF_SWEDEN: readonly CountyOfSweden[] = [
  { code: '01', name: 'Stockholms län', short: 'Stockholm', region: 'Region Stockholm' },
  { code: '03', name: 'Uppsala län', short: 'Uppsala', region: 'Region Uppsala' },
  { code: '04', name: 'Södermanlands län', short: 'Södermanland', region: 'Region Sörmland' },
  { code: '05', name: 'Östergötlands län', short: 'Östergötland', region: 'Region Östergötland' },
  { code: '06', name: 'Jönköpings län', short: 'Jönköping', region: 'Region Jönköpings län' },
  { code: '07', name: 'Kronobergs län', short: 'Kronoberg', region: 'Region Kronoberg' },
  { code: '08', name: 'Kalmar län', short: 'Kalmar', region: 'Region Kalmar län' },
  { code: '09', name: 'Gotlands län', short: 'Gotland', region: 'Region Gotland' },
  { code: '10', name: 'Blekinge län', short: 'Blekinge', region: 'Region Blekinge' },
  { code: '12', name: 'Skåne län', short: 'Skåne', region: 'Region Skåne' },
  { code: '13', name: 'Hallands län', short: 'Halland', region: 'Region Halland' },
  {
    code: '14',
    name: 'Västra Götalands län',
    short: 'Västra Götaland',
    region: 'Västra Götalandsregionen',
  },
  { code: '17', name: 'Värmlands län', short: 'Värmland', region: 'Region Värmland' },
  { code: '18', name: 'Örebro län', short: 'Örebro', region: 'Region Örebro län' },
  { code: '19', name: 'Västmanlands län', short: 'Västmanland', region: 'Region Västmanland' },
  { code: '20', name: 'Dalarnas län', short: 'Dalarna', region: 'Region Dalarna' },
  { code: '21', name: 'Gävleborgs län', short: 'Gävleborg', region: 'Region Gävleborg' },
  {
    code: '22',
    name: 'Västernorrlands län',
    short: 'Västernorrland',
    region: 'Region Västernorrland',
  },
  { code: '23', name: 'Jämtlands län', short: 'Jämtland', region: 'Region Jämtland Härjedalen' },
  { code: '24', name: 'Västerbottens län', short: 'Västerbotten', region: 'Region Västerbotten' },
  { code: '25', name: 'Norrbottens län', short: 'Norrbotten', region: 'Region Norrbotten' },
];

/**
 * A county of Sweden named in the interface's language: "Norrbottens län" in Swedish, "Norrbotten
 * County" in English; an unknown code as it is.
 */
export function countyOfSwedenName(language: Language, code: string): string {
  const county = COUNTIES_OF_SWEDEN.find((c) => c.code === code);
  return language === 'en' && county ? englishCountyName(county.short) : referenceName(code);
}

/** How files name Sweden as a whole. Not Kolada's "Alla kommuner": an unweighted mean. */
const SWEDEN_NAMES = ['riket', 'hela riket', 'sverige', 'hela sverige', 'sweden', 'hela landet'];

/** Whether a reference code is Sweden's or a county's. */
export function isReferenceCode(code: string): boolean {
  return code === SWEDEN || COUNTIES_OF_SWEDEN.some((c) => c.code === code);
}

/** The Swedish name of a reference: "Riket" or the county's name. */
export function referenceName(code: string): string {
  if (code === SWEDEN) return 'Riket';
  return COUNTIES_OF_SWEDEN.find((c) => c.code === code)?.name ?? code;
}

/** What a region cell of a file names. */
export type RegionMatch =
  /** A municipality of the map, by its kommunkod. */
  | { kind: 'municipality'; code: string }
  /** Sweden ("00") or a county (its two-digit code): a reference, never drawn as a municipality. */
  | { kind: 'reference'; code: string }
  /** A kommunkod of a county of Sweden that is not on this map (a file of the whole country). */
  | { kind: 'outside'; code: string }
  | { kind: 'unknown' };

export interface MunicipalityRef {
  code: string;
  name: string;
}

/**
 * Resolves a region cell to what it names: a code ("2580", "2580 Luleå", "114" that a spreadsheet
 * took the leading zero from, "25", "0025", "00", "0000"), a municipality's name ("Luleå",
 * "Bodens kommun", "Haparanda stad") or a reference's ("Riket", "Norrbottens län", "Region
 * Norrbotten"). A code wins over the name beside it. Codes: all zeros is Sweden; one or two digits
 * a county; three or four digits a municipality, except "00xx", Kolada's county xx.
 */
export function regionResolver(municipalities: readonly MunicipalityRef[]) {
  const codes = new Set(municipalities.map((m) => m.code));
  const byName = new Map<string, RegionMatch>();
  for (const county of COUNTIES_OF_SWEDEN) {
    const reference: RegionMatch = { kind: 'reference', code: county.code };
    byName.set(foldText(county.name), reference);
    byName.set(foldText(county.region), reference);
  }
  for (const name of SWEDEN_NAMES) byName.set(name, { kind: 'reference', code: SWEDEN });
  for (const m of municipalities) {
    byName.set(foldText(m.name), { kind: 'municipality', code: m.code });
  }
  const county = (code: string): RegionMatch =>
    COUNTIES_OF_SWEDEN.some((c) => c.code === code)
      ? { kind: 'reference', code }
      : { kind: 'unknown' };

  const byCode = (digits: string): RegionMatch => {
    if (/^0+$/.test(digits)) return { kind: 'reference', code: SWEDEN };
    if (digits.length <= 2) return county(digits.padStart(2, '0'));
    if (digits.length === 4 && digits.startsWith('00')) return county(digits.slice(2));
    // Spreadsheets drop the leading zero of codes such as 0114.
    const code = digits.padStart(4, '0');
    if (codes.has(code)) return { kind: 'municipality', code };
    return county(code.slice(0, 2)).kind === 'reference'
      ? { kind: 'outside', code }
      : { kind: 'unknown' };
  };

  return (text: string): RegionMatch => {
    const digits = /^(\d{1,4})(?:\s+\S.*)?$/.exec(text)?.[1];
    if (digits !== undefined) return byCode(digits);
    const folded = foldText(text);
    const exact = byName.get(folded);
    if (exact) return exact;
    const stem = /^(.+?) (?:kommun|stad|municipality)$/.exec(folded)?.[1];
    if (!stem) return { kind: 'unknown' };
    // "Bodens kommun", "Arvidsjaurs kommun": the official names are in the genitive.
    const match = byName.get(stem) ?? (stem.endsWith('s') ? byName.get(stem.slice(0, -1)) : null);
    return match?.kind === 'municipality' ? match : { kind: 'unknown' };
  };
}
