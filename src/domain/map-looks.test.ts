import { beforeEach, describe, expect, it } from 'vitest';
import type { Project } from '../data/schemas';
import { computeResults, type Results } from './catalogue/results';
import { PROJECTS, projectById } from './catalogue.fixture';
import {
  cooperationLinesOf,
  highlightedOf,
  linkLooks,
  linksVisible,
  municipalityLooks,
  type TipWords,
} from './map-looks';
import { ctx, municipality } from './metrics/context.fixture';
import { resolveMetric, type ResolvedMetric } from './metrics/registry';
import { municipalityCollection, type Municipality } from './municipality';
import { MUNICIPALITIES } from './municipalities.fixture';

const words: TipWords = { unit: 'invånare', noData: 'uppgift saknas', n: (v) => String(v) };
const none = { themes: [], targetGroups: [], kinds: [], county: 'all' as const, query: '' };
/** Örnsköldsvik: a municipality of the map outside the two counties. */
const context: Municipality = { ...municipality('2284', '22', 54000), focus: false };

let population: ResolvedMetric;
let imported: ResolvedMetric;
beforeEach(() => {
  population = resolveMetric('population', ctx);
  imported = resolveMetric('import:mottagna', ctx);
});

describe("each municipality's look", () => {
  it('colours each municipality of the focus by the metric, with its value in the tip', () => {
    const looks = municipalityLooks(ctx.municipalities, population, null, words);
    expect([...looks.keys()]).toEqual(['2480', '2403', '2580', '2506']);
    const umea = looks.get('2480')!;
    expect(umea.fill).toBe(population.view.colourOf('2480'));
    expect(umea.fill).toMatch(/^#/);
    expect(umea).toMatchObject({ noData: false, dimmed: false });
    expect(umea.tip).toEqual({ name: '2480', value: '122892 invånare', noData: false });
  });

  it('hatches a municipality of the focus without a figure: "no data", not a colour for zero', () => {
    // The imported metric has a figure for Umeå only.
    const looks = municipalityLooks(ctx.municipalities, imported, null, words);
    expect(looks.get('2480')).toMatchObject({ noData: false, fill: expect.stringMatching(/^#/) });
    const lulea = looks.get('2580')!;
    expect(lulea).toMatchObject({ noData: true, fill: undefined });
    expect(lulea.tip).toEqual({ name: '2580', value: 'uppgift saknas', noData: true });
  });

  it('never hatches nor explains a municipality outside the counties: it has no figures', () => {
    const looks = municipalityLooks([...ctx.municipalities, context], imported, null, words);
    expect(looks.get('2284')).toEqual({
      fill: undefined,
      noData: false,
      dimmed: false,
      tip: undefined,
    });
  });

  it('dims the municipalities without a matching project while a filter is on, and only then', () => {
    const counts = { active: true, countByMunicipality: new Map([['2480', 2]]) };
    const looks = municipalityLooks(ctx.municipalities, population, counts, words);
    expect([...looks].filter(([, l]) => !l.dimmed).map(([code]) => code)).toEqual(['2480']);
    const off = municipalityLooks(
      ctx.municipalities,
      population,
      { ...counts, active: false },
      words,
    );
    expect([...off.values()].every((l) => !l.dimmed)).toBe(true);
  });

  it('is plain before the statistics can be computed: no colour, no hatching, no tip', () => {
    const looks = municipalityLooks(ctx.municipalities, null, null, words);
    for (const look of looks.values()) {
      expect(look).toEqual({ fill: undefined, noData: false, dimmed: false, tip: undefined });
    }
  });
});

describe('the cooperation links', () => {
  let shared: Project;
  let lines: ReturnType<typeof cooperationLinesOf>;
  beforeEach(() => {
    shared = projectById('gallivare-kompetens-och-samverkan');
    lines = cooperationLinesOf(PROJECTS, municipalityCollection(MUNICIPALITIES));
  });

  it('join the lead of each shared project to its other municipalities, on the labels', () => {
    const ofShared = lines.links.filter((l) => l.project === shared.id);
    expect(ofShared.map((l) => [l.from, l.to])).toEqual([
      ['2523', '2584'],
      ['2523', '2510'],
      ['2523', '2521'],
    ]);
    expect(lines.lines.features).toHaveLength(lines.links.length);
    const gallivare = MUNICIPALITIES.find((m) => m.code === '2523')!;
    const line = lines.lines.features.find((f) => f.id === ofShared[0]!.id)!;
    expect(line.geometry.coordinates[0]).toEqual([gallivare.labelLon, gallivare.labelLat]);
  });

  it('are none before the municipalities of the map have loaded', () => {
    const empty = cooperationLinesOf(PROJECTS, municipalityCollection([]));
    expect(empty.links).toEqual([]);
    expect(empty.lines.features).toEqual([]);
  });

  it('stand out for the open project and dim without a match for the filters', () => {
    const transport: Results = computeResults(PROJECTS, { ...none, themes: ['work'] }, () => []);
    const looks = linkLooks(lines.links, shared.id, transport);
    for (const link of lines.links) {
      expect(looks.get(link.id), link.project).toEqual({
        highlighted: link.project === shared.id,
        dimmed: !transport.ids.has(link.project),
      });
    }
    expect([...looks.values()].some((l) => l.dimmed)).toBe(true);
    expect([...looks.values()].some((l) => !l.dimmed)).toBe(true);
    // Without a filter nothing dims; without an open project nothing stands out.
    const plain = linkLooks(
      lines.links,
      null,
      computeResults(PROJECTS, none, () => []),
    );
    expect([...plain.values()].every((l) => !l.highlighted && !l.dimmed)).toBe(true);
    // Nor while a search waits for its engine.
    const waiting = linkLooks(lines.links, null, null);
    expect([...waiting.values()].every((l) => !l.dimmed)).toBe(true);
  });

  it('show when the layer is on, and for an open project shared by several municipalities', () => {
    const single = projectById('lulea-brottning-for-integration');
    expect(linksVisible(true, undefined)).toBe(true);
    expect(linksVisible(false, undefined)).toBe(false);
    expect(linksVisible(false, shared)).toBe(true);
    expect(linksVisible(false, single)).toBe(false);
  });
});

describe('what stands out on the map', () => {
  it("is the open project's municipalities, lead first, else the comparison", () => {
    const shared = projectById('gallivare-kompetens-och-samverkan');
    expect(highlightedOf(shared, ['2580', '2582'])).toEqual(['2523', '2584', '2510', '2521']);
    expect(highlightedOf(undefined, ['2580', '2582'])).toEqual(['2580', '2582']);
    expect(highlightedOf(undefined, [])).toEqual([]);
  });
});
