import { useMemo } from 'react';
import { useCatalogue, useOpenProject } from '../data-hooks/catalogue';
import { useMapMetric } from '../data-hooks/metric';
import { useMunicipalities } from '../data-hooks/municipalities';
import { useResults } from '../data-hooks/results';
import {
  cooperationLinesOf,
  highlightedOf,
  linkLooks,
  linksVisible,
  municipalityLooks,
} from '../domain/map-looks';
import { countyFigureLabels, describeMetric } from '../domain/metrics/metric-text';
import type { MapLooks } from '../features/map';
import { useI18n } from '../i18n';
import { useViewStore } from '../state/store';

/**
 * How the map draws the view state, as feature-state (the rules in src/domain/map-looks.ts): each
 * municipality's colour for the metric, hatched where it has no figure, dimmed without a match for
 * the filters; the cooperation links; and what stands out.
 */
export function useMapLooks(): MapLooks {
  const municipalities = useMunicipalities();
  const catalogue = useCatalogue();
  const results = useResults();
  const project = useOpenProject();
  const metric = useMapMetric();
  const projectId = useViewStore((s) => s.project);
  const compare = useViewStore((s) => s.compare);
  const linksOn = useViewStore((s) => s.links);
  const { t, n, plural } = useI18n();

  const text = metric ? describeMetric(metric, t) : null;
  const unit = text?.unit ?? '';
  const unitOne = text?.unitOne ?? '';
  const fills = useMemo(
    () =>
      municipalityLooks(municipalities.list, metric, results, {
        unit,
        unitOne,
        plural,
        noData: t('noData'),
        n,
      }),
    [municipalities, metric, results, unit, unitOne, plural, t, n],
  );
  // A county-level figure (the arrivals) names each county with its figure on the map.
  const countyLabels = useMemo(
    () => (metric ? countyFigureLabels(metric, unit, n) : null),
    [metric, unit, n],
  );
  const lines = useMemo(
    () => cooperationLinesOf(catalogue?.projects ?? [], municipalities),
    [catalogue, municipalities],
  );
  const looksOfLinks = useMemo(
    () => linkLooks(lines.links, projectId, results),
    [lines, projectId, results],
  );
  const highlighted = useMemo(() => highlightedOf(project, compare), [project, compare]);
  const visible = linksVisible(linksOn, project);

  return useMemo(
    () => ({
      municipalities: fills,
      highlighted,
      links: lines.lines,
      linkLooks: looksOfLinks,
      linksVisible: visible,
      countyLabels,
    }),
    [fills, highlighted, lines, looksOfLinks, visible, countyLabels],
  );
}
