import type { RegionTotal, RegionTotalsFile } from '../../src/data/schemas.ts';
import { RegionTotalsFileSchema } from '../../src/data/schemas.ts';
import { FIGURE_SOURCES } from '../../src/domain/figures.ts';
import { COUNTIES_OF_SWEDEN, SWEDEN } from '../../src/domain/metrics/regions.ts';
import { DataBuildError } from './errors.ts';
import type { MunicipalityStatistics } from './statistics.ts';

/** A sum of figures given with two decimals, without the binary remainder of adding them. */
const cents = (value: number) => Math.round(value * 100) / 100;

function total(code: string, name: string, rows: readonly MunicipalityStatistics[]): RegionTotal {
  const sum = (of: (m: MunicipalityStatistics) => number) => rows.reduce((t, m) => t + of(m), 0);
  return {
    code,
    name,
    municipalities: rows.length,
    population: sum((m) => m.population),
    areaTotalKm2: cents(sum((m) => m.areaTotalKm2)),
    areaLandKm2: cents(sum((m) => m.areaLandKm2)),
  };
}

/**
 * Sweden's and each county's population and areas: the sums of SCB's figures for all their
 * municipalities (the table has all 290), labelled with the same source and dates as the
 * municipalities' own. Refuses a municipality whose code names no county of Sweden, and a county
 * whose municipalities disagree on its name.
 */
export function regionTotals(
  statistics: ReadonlyMap<string, MunicipalityStatistics>,
  file: string,
): RegionTotalsFile {
  const byCounty = new Map<string, MunicipalityStatistics[]>();
  for (const m of statistics.values()) {
    const county = m.code.slice(0, 2);
    if (!COUNTIES_OF_SWEDEN.some((c) => c.code === county)) {
      throw new DataBuildError(
        file,
        `the county ${county} is not a county of Sweden`,
        m.code,
        'Kod',
      );
    }
    byCounty.set(county, [...(byCounty.get(county) ?? []), m]);
  }
  const counties = [...byCounty]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, rows]) => {
      const names = [...new Set(rows.map((m) => m.countyName))];
      if (names.length !== 1) {
        throw new DataBuildError(
          file,
          `county ${code} is named ${names.join(' and ')}`,
          code,
          'Län',
        );
      }
      return total(code, names[0]!, rows);
    });
  return RegionTotalsFileSchema.parse({
    version: 1,
    sources: {
      population: {
        publisher: FIGURE_SOURCES.population.publisher,
        date: FIGURE_SOURCES.population.date,
      },
      area: { publisher: FIGURE_SOURCES.area.publisher, date: FIGURE_SOURCES.area.date },
    },
    regions: [total(SWEDEN, 'Riket', [...statistics.values()]), ...counties],
  });
}
