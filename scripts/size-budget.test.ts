import { describe, expect, it } from 'vitest';
import type { SizeReport } from './sizes';
import { BUDGET, checkBudget } from './size-budget';

const part = (gzip: number) => ({ bytes: gzip * 3, gzip });
const report = (own: number, data: number): SizeReport => ({
  dist: 'dist',
  initialJs: {
    chunks: [],
    total: part(own + 300_000),
    byCategory: { own: part(own), 'maplibre-gl': part(290_000), react: part(68_000) },
    packages: [
      { name: 'zod', category: 'own', ...part(own / 2) },
      { name: 'maplibre-gl', category: 'maplibre-gl', ...part(290_000) },
    ],
  },
  lazyJs: [],
  worker: null,
  css: [],
  fonts: [],
  glyphs: [],
  data: [
    { file: 'data/counties.json', ...part(data / 4) },
    { file: 'data/municipalities.geojson', ...part((data * 3) / 4) },
  ],
  dataTotal: part(data),
  dataFocusCounties: ['24', '25'],
});

describe('the size budget', () => {
  it('holds at the limits, our own code apart from maplibre-gl and React', () => {
    const checks = checkBudget(report(BUDGET.ownInitialJsGzip, BUDGET.dataGzip));
    expect(checks.map((c) => c.ok)).toEqual([true, true]);
    expect(checks[0]!.details).toEqual(['zod: 40.0 kB']);
  });

  it('fails a byte over, naming the largest parts first', () => {
    const checks = checkBudget(report(BUDGET.ownInitialJsGzip + 1, BUDGET.dataGzip + 1));
    expect(checks.map((c) => c.ok)).toEqual([false, false]);
    expect(checks[1]!.name).toContain('counties 24, 25');
    expect(checks[1]!.details[0]).toContain('municipalities.geojson');
  });
});
