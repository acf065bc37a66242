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

  it('describes the funds only as the report does (it names them on p. 3, nothing more)', () => {
    for (const fund of figures.euFunds) {
      expect(Object.keys(fund)).not.toContain('description');
      expect(fund.source.page).toBe(3);
    }
    expect(figures.euFundsNote.source.page).toBe(3);
    expect(figures.euFundsNote.text.sv).toContain('beskriver inte fonderna');
    expect(figures.euFundsNote.text.en).toContain('does not describe the funds');
  });

  it('gives the share of the 733 seats as 733/751 = 97,60 %, not the 97,59 % the shares add to', () => {
    const ep = figures.europeanParliament;
    const seats = ep.groups.reduce((sum, g) => sum + g.seats, 0);
    const share = ((seats / ep.totalSeats.value) * 100).toFixed(2);
    expect(share).toBe('97.60');
    const printed = ep.groups.reduce((sum, g) => sum + g.sharePercent, 0).toFixed(2);
    expect(printed).toBe('97.59');
    expect(ep.note.sv).toContain(
      `733 av de 751 mandaten, det vill säga ${share.replace('.', ',')} %`,
    );
    expect(ep.note.en).toContain(`733 of the 751 seats in total, that is ${share} %`);
    expect(ep.note.sv).toContain(`summerar till ${printed.replace('.', ',')} %`);
    expect(ep.note.en).toContain(`add up to ${printed} %`);
  });

  it('gives the Commission ten priorities, migration one of them (p. 3)', () => {
    const priorities = figures.euInstitutions.commissionPriorities;
    expect(priorities).toMatchObject({ value: 10, source: { page: 3 } });
    expect(priorities.note?.sv).toContain('En av de tio prioriteringarna är migration');
    expect(priorities.note?.en).toContain('One of the ten priorities is migration');
    expect(reportFlat).toContain(
      'EU-kommissionen har tio prioriteringar där en av prioriteringarna är migration',
    );
  });

  it('gives the Council presidency: every six months, Slovakia in H2 2016, then Malta (pp. 3–4)', () => {
    const presidency = figures.euInstitutions.councilPresidency;
    expect(presidency.rotationMonths).toMatchObject({ value: 6, source: { page: 3 } });
    expect(reportFlat).toContain('roterar var sjätte månad mellan EU:s medlemsländer');
    const [slovakia, malta] = presidency.presidencies;
    expect(presidency.presidencies).toHaveLength(2);
    expect(slovakia).toMatchObject({
      country: { sv: 'Slovakien', en: 'Slovakia' },
      period: {
        text: { sv: 'Andra halvan av 2016', en: 'Second half of 2016' },
        source: { page: 3 },
      },
      priorities: { source: { page: 4 } },
    });
    // Two of the four priorities, as printed.
    expect(slovakia!.priorities!.text.sv).toContain('Två av Slovakiens fyra prioriteringar');
    expect(slovakia!.priorities!.text.sv).toContain('mer hållbara migrations- och asylpolicys');
    expect(slovakia!.priorities!.text.sv).toContain('ett globalt engagerat Europa');
    expect(slovakia!.priorities!.text.en).toContain("Two of Slovakia's four priorities");
    expect(malta).toMatchObject({
      country: { sv: 'Malta', en: 'Malta' },
      period: { text: { sv: 'Från och med 2017', en: 'From 2017' }, source: { page: 4 } },
      priorities: { source: { page: 4 } },
    });
  });

  it('gives the Parliament as elected every five years (p. 4)', () => {
    const interval = figures.europeanParliament.electionIntervalYears;
    expect(interval).toMatchObject({ value: 5, source: { page: 4 } });
    expect(reportFlat).toContain('väljs i direkta och allmänna val vart femte år');
  });

  it("names MIPEX's eight key areas in the report's order (p. 5)", () => {
    const areas = figures.mipex.areas;
    expect(areas.source.page).toBe(5);
    expect(areas.items.map((a) => a.sv)).toEqual([
      'Arbetsmarknadens mobilitet',
      'Återförening av familjer',
      'Utbildning',
      'Hälsa',
      'Politiskt deltagande',
      'Permanent uppehållstillstånd',
      'Tillgänglighet till nationalitet',
      'Antidiskriminering',
    ]);
    expect(areas.inReport).toContain('åtta nyckelområden');
    for (const area of areas.items) expect(areas.inReport).toContain(area.sv.toLowerCase());
    expect(areas.items.every((a) => a.en.trim() !== '')).toBe(true);
  });

  it('quotes every statement as printed in the report', () => {
    const quotes: string[] = [];
    const collect = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        for (const [key, v] of Object.entries(value)) {
          if (key === 'inReport') quotes.push(v as string);
          else collect(v);
        }
      }
    };
    collect(figures);
    expect(quotes.length).toBeGreaterThanOrEqual(6);
    for (const quote of quotes) expect(reportFlat).toContain(quote);
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
    (data.euFundsNote.text as { en?: string }).en = '';
    expect(RegionFiguresSchema.safeParse(data).success).toBe(false);
  });
});
