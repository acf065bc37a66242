/**
 * Where each figure of a municipality comes from. Every figure on screen is shown with one of
 * these, so that no number appears without its source and date.
 */
export interface FigureSource {
  publisher: string;
  /** The date or year the figure refers to. */
  date: string;
  /** Set for figures we compute from others (density): what they are computed from. */
  computedFrom?: string;
}

export const FIGURE_SOURCES = {
  population: { publisher: 'SCB', date: '2016-12-31' },
  area: { publisher: 'SCB', date: '2015-01-01' },
  density: {
    publisher: 'SCB',
    date: '2016',
    computedFrom: 'population 2016-12-31 / land area 2015-01-01',
  },
} as const satisfies Record<string, FigureSource>;

// ---------------------------------------------------------------------------------------------
// The figures computed from others, each in one place: the map's metrics, the panel, the
// comparison table, the CSV export and the data build all call these (a copy computed apart
// lets one of them go wrong unnoticed).

/** How many per 10 000 inhabitants (projects per inhabitant); null for a place without inhabitants. */
export function per10kInhabitants(count: number, population: number): number | null {
  return population > 0 ? (count / population) * 10_000 : null;
}

/** How many per 1 000 inhabitants (the report's arrivals per county); null without inhabitants. */
export function per1000Inhabitants(count: number, population: number): number | null {
  return population > 0 ? (count / population) * 1000 : null;
}

/**
 * The population of each county: the sum of its municipalities' (SCB 2016-12-31), by county code
 * in the order the counties first appear.
 */
export function countyPopulations(
  municipalities: readonly { countyCode: string; population: number }[],
): Map<string, number> {
  const totals = new Map<string, number>();
  for (const m of municipalities) {
    totals.set(m.countyCode, (totals.get(m.countyCode) ?? 0) + m.population);
  }
  return totals;
}
