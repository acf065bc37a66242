import { ImportTableError, MAX_LISTED_REJECTIONS, quoted, type RejectReason } from './import-csv';
import { referenceName, type RegionMatch } from './regions';
import {
  MAX_YEARS,
  type Gender,
  type ReadMeasure,
  type SeriesMeta,
  type YearProblem,
  type YearValues,
} from './series';

/** Where in a file a rejected value was: a line (and column) of a table, a JSON record, a category. */
export type Place =
  | { kind: 'line'; line: number; column?: string }
  /** The n-th (1-based) entry of a Kolada answer's `values`. */
  | { kind: 'record'; record: number }
  /** A category of a JSON-stat dimension ("Tid" "2016M01"). */
  | { kind: 'category'; dimension: string; category: string };

/** Why a value, a row or a column was set aside (messages `import.reason.<code>`). */
export type SeriesRejectReason =
  | RejectReason
  | YearProblem
  /** A region and year already read: the first wins, the later one is set aside. */
  | { code: 'duplicateYear'; region: string; year: number; firstLine: number }
  | { code: 'duplicateRecord'; region: string; year: number; firstRecord: number }
  /** Two categories of a JSON-stat dimension name the same region. */
  | { code: 'duplicateCategory'; region: string; first: string }
  /** A column of numbers without a year in a table whose other columns are years. */
  | { code: 'columnWithoutYear'; column: string }
  /** A line of text (a note, a footnote) rather than a row of the table. */
  | { code: 'textLine'; text: string }
  /** A Kolada value for a gender other than T, K and M. */
  | { code: 'unknownGender'; value: string }
  /** A value that is not a finite number (Kolada's JSON, JSON-stat). */
  | { code: 'notANumberValue'; value: string };

export interface SeriesRejection {
  at: Place;
  reason: SeriesRejectReason;
}

/** The file's layout, as recognised from its content. */
export type ImportFormat =
  /** Kolada's API answer: `values[]` of kpi, municipality, period and values by gender. */
  | 'kolada-json'
  /** JSON-stat 2.0 as SCB's PxWeb API gives it. */
  | 'json-stat'
  /** One row per region and year (SCB's long layout, Kolada's table, kommunkod;år;värde). */
  | 'long-table'
  /** Regions as rows, years as columns (SCB's PxWeb layout "2580 Luleå";2016;2017). */
  | 'wide-table'
  /** One row per municipality and no year (kommunkod;värde): the user names the year. */
  | 'kommun-table';

/** Something the reader notes about the file as a whole (messages `import.note.<code>`). */
export type ImportNote =
  /** Kolada's answer is one page of several: the values of the other pages are not in it. */
  | { code: 'morePages' }
  /** An Excel workbook of several sheets: only the first was read. */
  | { code: 'firstSheetOnly'; sheet: string; sheets: number };

export interface SeriesImport {
  format: ImportFormat;
  /** A title above the table (PxWeb's "Folkmängd efter region och år") or JSON-stat's label. */
  title: string | null;
  /** The measures in the file, each a series (or one undated column); Kolada's genders apart. */
  measures: ReadMeasure[];
  /** The first {@link MAX_LISTED_REJECTIONS} values, rows or columns set aside, in file order. */
  rejected: SeriesRejection[];
  /** Every rejection, listed or not. */
  rejectedCount: number;
  /**
   * Rows for municipalities of Sweden outside this map (a file of the whole country): set aside
   * without complaint, counted, the first few named.
   */
  outsideMap: { count: number; examples: string[] };
  notes: ImportNote[];
}

/** How many of the municipalities outside the map a result names. */
export const MAX_OUTSIDE_EXAMPLES = 5;

/** A region the file names and the collector keeps: a municipality of the map or a reference. */
export type KeptRegion = Extract<RegionMatch, { kind: 'municipality' | 'reference' }>;

interface MeasureDraft {
  meta: SeriesMeta;
  /** region key ("m:2580", "r:00") → year → value and where it was read. */
  cells: Map<string, Map<number, { value: number | null; at: Place }>>;
  years: Set<number>;
  dated: boolean;
}

/** The label of a region in a message: "2580 Luleå", "Riket", "Norrbottens län". */
export type RegionLabel = (region: KeptRegion) => string;

export function regionLabeller(municipalities: readonly { code: string; name: string }[]) {
  const names = new Map(municipalities.map((m) => [m.code, m.name]));
  return (region: KeptRegion): string =>
    region.kind === 'reference'
      ? referenceName(region.code)
      : [region.code, names.get(region.code)].filter(Boolean).join(' ');
}

/** The measure key: every field that singles a measure out. */
const measureKey = (meta: SeriesMeta) =>
  JSON.stringify([meta.name, meta.code, meta.gender, meta.qualifiers]);

/**
 * Gathers a file's values into measures: the first value of a region and year wins and a later
 * one is set aside as a duplicate; municipalities outside the map are counted; rejections keep
 * their file order and are listed up to {@link MAX_LISTED_REJECTIONS}. Every reader feeds one.
 */
export class SeriesCollector {
  private readonly drafts = new Map<string, MeasureDraft>();
  private readonly listed: SeriesRejection[] = [];
  private rejections = 0;
  private outside = 0;
  private readonly outsideExamples: string[] = [];
  /** Every distinct year the file names, valid or not: a file of 10 000 years is refused. */
  private readonly candidateYears = new Set<string>();

  constructor(private readonly label: RegionLabel) {}

  reject(at: Place, reason: SeriesRejectReason): void {
    this.rejections++;
    if (this.listed.length < MAX_LISTED_REJECTIONS) this.listed.push({ at, reason });
  }

  /** A municipality of Sweden outside the map, set aside without complaint. */
  outsideMap(label: string): void {
    this.outside++;
    if (this.outsideExamples.length < MAX_OUTSIDE_EXAMPLES && !this.outsideExamples.includes(label))
      this.outsideExamples.push(quoted(label));
  }

  /**
   * Notes a year the file names, before it is checked, and refuses the file at once when it
   * names more than {@link MAX_YEARS}.
   */
  noteYear(text: string): void {
    if (this.candidateYears.has(text)) return;
    this.candidateYears.add(text);
    if (this.candidateYears.size > MAX_YEARS) {
      throw new ImportTableError(
        { code: 'tooManyYears', max: MAX_YEARS },
        `The file names more than ${MAX_YEARS} years: a measure over time has at most ${MAX_YEARS}.`,
      );
    }
  }

  private draft(meta: SeriesMeta, dated: boolean): MeasureDraft {
    const key = measureKey(meta);
    let draft = this.drafts.get(key);
    if (!draft) {
      draft = { meta, cells: new Map(), years: new Set(), dated };
      this.drafts.set(key, draft);
    }
    return draft;
  }

  /**
   * A value (null: the file says no data) of a region in a year; `year` null for a table without
   * years. Returns false when the region and year were already read (the caller says why).
   */
  add(
    meta: SeriesMeta,
    region: KeptRegion,
    year: number | null,
    value: number | null,
    at: Place,
  ): { first: Place } | null {
    const draft = this.draft(meta, year !== null);
    const key = `${region.kind === 'municipality' ? 'm' : 'r'}:${region.code}`;
    let byYear = draft.cells.get(key);
    if (!byYear) {
      byYear = new Map();
      draft.cells.set(key, byYear);
    }
    const slot = year ?? 0;
    const first = byYear.get(slot);
    if (first) return { first: first.at };
    byYear.set(slot, { value, at });
    if (year !== null) draft.years.add(year);
    return null;
  }

  /** The reason for a duplicate of `region` in `year`, first read at `first`. */
  duplicate(region: KeptRegion, year: number, first: Place): SeriesRejectReason {
    const label = this.label(region);
    return first.kind === 'record'
      ? { code: 'duplicateRecord', region: label, year, firstRecord: first.record }
      : {
          code: 'duplicateYear',
          region: label,
          year,
          firstLine: first.kind === 'line' ? first.line : 0,
        };
  }

  /** The measures read, years ascending and values aligned; T before K and M. */
  measures(): ReadMeasure[] {
    const order = (g: Gender | null) => (g === null ? 0 : ['T', 'K', 'M'].indexOf(g));
    return [...this.drafts.values()]
      .map((draft): ReadMeasure => {
        const years = draft.dated ? [...draft.years].sort((a, b) => a - b) : null;
        const municipalities: Record<string, YearValues> = {};
        const references: Record<string, YearValues> = {};
        for (const [key, byYear] of draft.cells) {
          const row = years
            ? years.map((y) => byYear.get(y)?.value ?? null)
            : [byYear.get(0)!.value];
          const code = key.slice(2);
          if (key.startsWith('m:')) municipalities[code] = row;
          else references[code] = row;
        }
        return { ...draft.meta, years, municipalities, references };
      })
      .map((measure, index) => ({ measure, index }))
      .sort((a, b) => order(a.measure.gender) - order(b.measure.gender) || a.index - b.index)
      .map(({ measure }) => measure);
  }

  result(format: ImportFormat, title: string | null, notes: ImportNote[] = []): SeriesImport {
    return {
      format,
      title,
      measures: this.measures(),
      rejected: this.listed,
      rejectedCount: this.rejections,
      outsideMap: { count: this.outside, examples: this.outsideExamples },
      notes,
    };
  }
}

/** A gender as a file writes it: Kolada's T/K/M, SCB's "totalt"/"kvinnor"/"män", English words. */
export function genderOf(text: string): Gender | null {
  const word = text.trim().toLowerCase();
  if (['t', 'totalt', 'total', 'totalt kön', 'båda könen', 'both sexes'].includes(word)) return 'T';
  if (['k', 'kvinnor', 'kvinna', 'women', 'female', 'females', 'f'].includes(word)) return 'K';
  if (['m', 'män', 'man', 'men', 'male', 'males'].includes(word)) return 'M';
  return null;
}
