import type { County, Project } from '../data/schemas';
import { countByMunicipality } from './catalogue/catalogue';
import type { FigureSource } from './figures';
import { figuresOf, type FigureLabel, type FigureUnit } from './key-figures';
import { municipalityStatistics } from './metrics/ranking';
import {
  METRICS,
  type BuiltInMetric,
  type BuiltInMetricId,
  type MetricContext,
} from './metrics/registry';
import type { Municipality } from './municipality';

/** The report's own source line for the sheet's count of projects (a message key). */
type ReportSource = 'sheet.source.projects' | BuiltInMetric['source'];

/** A row of the sheet's table of key figures. */
export interface SheetFigure {
  /** Message keys, translated by the view. */
  label: FigureLabel | BuiltInMetric['title'];
  /** Null is "no data", written out, never zero. */
  value: number | null;
  digits: number;
  unit: FigureUnit | BuiltInMetric['unit'];
  /** SCB's figures carry their source and date; the report's a line of their own (a message key). */
  source: FigureSource | ReportSource;
  /** Its place among the focus municipalities (1 = the highest); undefined when it has none. */
  rank: number | undefined;
}

/**
 * The figures from the report: its projects, all of them (the live view's source line for the
 * count speaks of the projects matching the filters; a sheet has no filters).
 */
const REPORT_FIGURES: { metric: BuiltInMetricId; source: ReportSource }[] = [
  { metric: 'projects', source: 'sheet.source.projects' },
  { metric: 'projectsPer10k', source: METRICS.projectsPer10k.source },
];

/**
 * The key figures of a municipality's fact sheet: the panel's figures from SCB, then its number of
 * projects and projects per 10 000 inhabitants, each with its rank among the focus municipalities
 * (ranks and values from the metric registry, over the whole catalogue).
 */
export function sheetFigures(
  municipality: Municipality,
  municipalities: readonly Municipality[],
  projects: readonly Project[],
  counties: readonly County[],
): { rows: SheetFigure[]; total: number } {
  const context: MetricContext = {
    municipalities,
    projectCounts: countByMunicipality(projects),
    counties,
    arrivals: null,
    imported: [],
  };
  const { rows: statistics, total } = municipalityStatistics(municipality.code, context);
  // Every built-in metric has its row (municipalityStatistics lists them all).
  const statistic = (metric: BuiltInMetricId) => statistics.find((s) => s.metric.id === metric)!;
  const rows: SheetFigure[] = figuresOf(municipality).map((f) => ({
    label: f.label,
    value: f.value,
    digits: f.digits ?? 0,
    unit: f.unit,
    source: f.source,
    rank: f.metric ? statistic(f.metric).rank : undefined,
  }));
  for (const { metric, source } of REPORT_FIGURES) {
    const s = statistic(metric);
    rows.push({
      label: METRICS[metric].title,
      value: s.value,
      digits: METRICS[metric].digits,
      unit: METRICS[metric].unit,
      source,
      rank: s.rank,
    });
  }
  return { rows, total };
}
