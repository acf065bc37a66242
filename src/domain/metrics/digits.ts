import { numberFormat } from '../intl';
import { localeOf, type Language } from '../language';

/**
 * One precision per figure: how many decimals it is written with wherever it is shown (the
 * panel, the comparison table, the legend, the fact sheet, the ranking and the exports), so that
 * projects per 10 000 inhabitants reads 0,14 everywhere and never 0,14 in one place, 0,1 in another.
 */
export const FIGURE_DIGITS = {
  projects: 0,
  projectsMatching: 0,
  projectsPer10k: 2,
  population: 0,
  areaLand: 0,
  areaTotal: 0,
  density: 1,
  /** Arrivals per 1 000 inhabitants of a county: two decimals, so that 4,02 and 4,49 differ. */
  arrivals: 2,
  /** A measure of the user's own (imported): up to two decimals, as its file gives them. */
  imported: 2,
} as const;

export type FigureWithDigits = keyof typeof FIGURE_DIGITS;

/** A value rounded to the decimals it is shown with: what the legend classes and labels read. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  // Half away from zero, as Intl.NumberFormat writes it (Math.round would take −0,5 to −0).
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** A figure as people read it in the language: "0,14" and "1 124" (no-break space) in Swedish. */
export function formatFigure(value: number, digits: number, language: Language): string {
  return numberFormat(localeOf(language), { maximumFractionDigits: digits }).format(value);
}
