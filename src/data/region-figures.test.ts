import { describe, expect, it } from 'vitest';
import regionFiguresFile from '../../data/region-figures.json';
// The source report, from the shared folder beside the checkout (read as text by Vite).
import reportText from '../../../shared/seed/000_3f8647d60b3f421b.txt?raw';
import { RegionFiguresSchema, type RegionFigures, type ReportSource } from './schemas';

const figures: RegionFigures = RegionFiguresSchema.parse(regionFiguresFile);

/** Every figure's source, wherever it sits in the file. */
function allSources(value: unknown, found: ReportSource[] = []): ReportSource[] {
  if (Array.isArray(value)) value.forEach((v) => allSources(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'source') found.push(v as ReportSource);
      else allSources(v, found);
    }
  }
  return found;
}

/** The report as one line: links and sentences are wrapped across lines in the text version. */
const reportJoined = reportText.replace(/\s*\r?\n\s*/g, '');
/** The report with runs of white space (line breaks included) as single spaces. */
const reportFlat = reportText.replace(/\s+/g, ' ');

describe('data/region-figures.json', () => {
  it('validates against the schema', () => {
    expect(RegionFiguresSchema.safeParse(regionFiguresFile).success).toBe(true);
  });

  it('gives the county arrivals of 2016 as the report states them', () => {
    const byCounty = Object.fromEntries(
      figures.countyArrivals.counties.map((c) => [c.countyCode, c.persons]),
    );
    expect(byCounty).toEqual({ '25': 1124, '24': 1068 });
    expect(figures.countyArrivals.counties.every((c) => c.year === 2016)).toBe(true);
    expect(reportFlat).toContain(
      'Norrbottens län emot totalt 1124 personer och Västerbottens län 1068',
    );
  });

  it('keeps the EU, SFI and MIPEX figures of the report', () => {
    expect(figures.euFirstTimeAsylumSeekers).toMatchObject({ value: 1_250_000, year: 2015 });
    expect(figures.sfiStudents).toMatchObject({ value: 138_000, year: 2015 });
    expect(figures.mipex.rank.value).toBe(1);
    expect(figures.mipex.countries).toBe(38);
  });

  it('gives the seats the text version states: 733 of 751 in eight groups', () => {
    const ep = figures.europeanParliament;
    expect(ep.totalSeats.value).toBe(751);
    expect(ep.groups).toHaveLength(8);
    const seats = ep.groups.reduce((sum, g) => sum + g.seats, 0);
    // The report's diagram is not in the text; 18 seats are not attributed there (see the note).
    expect(seats).toBe(733);
    expect(seats).toBeLessThanOrEqual(ep.totalSeats.value);
    for (const g of ep.groups) {
      // The printed share agrees with the seats (rounded to two decimals).
      expect(g.sharePercent).toBeCloseTo((g.seats / ep.totalSeats.value) * 100, 2);
      expect(reportFlat).toContain(`${g.seats} MEP:ar`);
    }
  });

  it('gives the 20 Swedish members by party, each in a listed group', () => {
    const swedish = figures.europeanParliament.swedishMembers;
    expect(swedish.total.value).toBe(20);
    expect(swedish.parties.reduce((sum, p) => sum + p.seats, 0)).toBe(20);
    const inGroups = figures.europeanParliament.groups.flatMap((g) => g.swedishParties).sort();
    expect(inGroups).toEqual(swedish.parties.map((p) => p.id).sort());
  });

  it('names the three EU funds of the report', () => {
    expect(figures.euFunds.map((f) => f.abbreviation)).toEqual(['AMIF', 'ISF', 'ESI']);
    for (const fund of figures.euFunds) expect(reportFlat).toContain(fund.nameInReport);
  });

  it('lists the further reading with http(s) links exactly as printed', () => {
    expect(figures.furtherReading.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const links = figures.furtherReading.flatMap((r) => r.links.map((l) => l.url));
    expect(links).toHaveLength(11);
    for (const url of links) {
      expect(new URL(url).protocol).toMatch(/^https?:$/);
      expect(reportJoined).toContain(url);
    }
  });

  it('cites a page of the report on every figure, within its 18 pages', () => {
    const sources = allSources(figures);
    expect(sources.length).toBeGreaterThan(30);
    for (const s of sources) {
      expect(s.document).toBe('report-2017');
      expect(s.page).toBeGreaterThanOrEqual(2);
      expect(s.page).toBeLessThanOrEqual(18);
    }
  });
});

describe('RegionFiguresSchema', () => {
  const valid = () => structuredClone(regionFiguresFile) as unknown as RegionFigures;

  it('refuses a link that is not http(s)', () => {
    const data = valid();
    data.furtherReading[0]!.links[0]!.url = 'javascript:alert(1)';
    expect(RegionFiguresSchema.safeParse(data).success).toBe(false);
    data.furtherReading[0]!.links[0]!.url = 'ftp://example.org/file';
    expect(RegionFiguresSchema.safeParse(data).success).toBe(false);
  });

  it('requires a source on every figure', () => {
    const data = valid() as unknown as {
      sfiStudents: Record<string, unknown>;
      europeanParliament: { groups: Record<string, unknown>[] };
    };
    delete data.sfiStudents.source;
    expect(RegionFiguresSchema.safeParse(data).success).toBe(false);
    const other = valid() as unknown as typeof data;
    delete other.europeanParliament.groups[0]!.source;
    expect(RegionFiguresSchema.safeParse(other).success).toBe(false);
  });

  it('requires a note on a figure without a year', () => {
    const data = valid();
    delete (data.mipex.rank as { note?: unknown }).note;
    expect(RegionFiguresSchema.safeParse(data).success).toBe(false);
  });

  it('requires both languages', () => {
    const data = valid();
    (data.euFunds[0]!.description as { en?: string }).en = '';
    expect(RegionFiguresSchema.safeParse(data).success).toBe(false);
  });
});
