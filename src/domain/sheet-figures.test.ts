import { describe, expect, it } from 'vitest';
import { PROJECTS as projects } from './catalogue.fixture';
import { MUNICIPALITIES } from './municipalities.fixture';
import { sheetFigures } from './sheet-figures';

const COUNTIES = [
  { code: '24', name: 'Västerbottens län', population: 265881 },
  { code: '25', name: 'Norrbottens län', population: 250570 },
];
const byName = (name: string) => MUNICIPALITIES.find((m) => m.name === name)!;
const figuresOf = (name: string) => sheetFigures(byName(name), MUNICIPALITIES, projects, COUNTIES);

describe('the key figures of a fact sheet', () => {
  it('gives Luleå’s figures from SCB and the report, each with its source and rank among 29', () => {
    const { rows, total } = figuresOf('Luleå');
    expect(total).toBe(29);
    expect(
      rows.map((r) => [r.label, r.value === null ? null : Math.round(r.value), r.rank]),
    ).toEqual([
      ['panel.population', 76770, 2],
      ['panel.areaTotal', Math.round(byName('Luleå').areaTotalKm2), undefined],
      ['panel.areaLand', Math.round(byName('Luleå').areaLandKm2), undefined],
      ['panel.density', Math.round(76770 / byName('Luleå').areaLandKm2), 2],
      ['metric.projects', 5, 3],
      ['metric.projectsPer10k', 1, 24],
    ]);
    expect(rows.map((r) => [r.unit, r.digits])).toEqual([
      ['unit.inhabitants', 0],
      ['unit.km2', 0],
      ['unit.km2', 0],
      ['unit.perKm2', 1],
      ['unit.projects', 0],
      ['unit.per10k', 2],
    ]);
    expect(rows.map((r) => r.source)).toEqual([
      { publisher: 'SCB', date: '2016-12-31' },
      { publisher: 'SCB', date: '2015-01-01' },
      { publisher: 'SCB', date: '2015-01-01' },
      expect.objectContaining({ publisher: 'SCB', date: '2016' }),
      'sheet.source.projects',
      'source.projectsPer10k',
    ]);
  });

  it('counts every project, as the panel lists them: Pajala and Piteå have the most, seven', () => {
    expect(figuresOf('Pajala').rows[4]).toMatchObject({ value: 7, rank: 1 });
    expect(figuresOf('Piteå').rows[4]).toMatchObject({ value: 7, rank: 1 });
  });

  it('gives a municipality without projects 0 (the report covers it) and the last rank', () => {
    const projectsRow = figuresOf('Arjeplog').rows[4]!;
    expect(projectsRow.value).toBe(0);
    const lastRank = Math.max(
      ...MUNICIPALITIES.filter((m) => m.focus).map((m) => figuresOf(m.name).rows[4]!.rank!),
    );
    expect(projectsRow.rank).toBe(lastRank);
  });

  it('has no rank outside the two counties, where the report has no projects', () => {
    const { rows } = figuresOf('Örnsköldsvik');
    expect(rows.every((r) => r.rank === undefined)).toBe(true);
    expect(rows[4]!.value).toBeNull();
  });
});
