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
