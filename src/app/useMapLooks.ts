import { useMemo } from 'react';
import { municipalitiesOf } from '../domain/catalogue/catalogue';
import { cooperationLinks, linkFeatures } from '../domain/catalogue/links';
import type { ResolvedMetric } from '../domain/metrics/registry';
import type { MapLooks } from '../features/map/MapView';
import { countyFigureLabels, describeMetric, metricTip } from '../features/statistics/metric-text';
import { useI18n } from '../i18n';
import { useViewStore } from '../state/store';
import type { AppData } from './useAppData';

/**
 * How the map draws the view state, as feature-state: each municipality's colour for the metric,
 * hatched where it has no figure, dimmed without a match for the filters; the cooperation links;
 * and what stands out (the open project's municipalities, or the comparison set).
 */
export function useMapLooks(
  { municipalities, byCode, catalogue, results, project }: AppData,
  metric: ResolvedMetric | null,
): MapLooks {
  const projectId = useViewStore((s) => s.project);
  const compare = useViewStore((s) => s.compare);
  const linksOn = useViewStore((s) => s.links);
  const { t, n } = useI18n();

  const fills = useMemo(() => {
    const words = metric ? { unit: describeMetric(metric, t).unit, noData: t('noData') } : null;
    return new Map(
      municipalities.map((m) => {
        const colour = metric?.view.colourOf(m.code) ?? null;
        const count = results?.countByMunicipality.get(m.code) ?? 0;
        const look = {
          fill: colour ?? undefined,
          // Hatched where the metric has no figure for a municipality of the focus.
          noData: Boolean(metric && m.focus && colour === null),
          dimmed: Boolean(results?.active) && count === 0,
          // Hover and keyboard focus name it with its value; context municipalities only by name.
          tip: metric && words && m.focus ? metricTip(metric, m, words, n) : undefined,
        };
        return [m.code, look];
      }),
    );
  }, [municipalities, metric, results, t, n]);
  // A county-level figure (the arrivals) names each county with its figure on the map.
  const countyLabels = useMemo(
    () => (metric ? countyFigureLabels(metric, describeMetric(metric, t).unit, n) : null),
    [metric, t, n],
  );
  const links = useMemo(
    () => (catalogue ? cooperationLinks(catalogue.projects, new Set(byCode.keys())) : []),
    [catalogue, byCode],
  );
  const linkGeometry = useMemo(
    () =>
      linkFeatures(links, (code) => {
        const m = byCode.get(code);
        return m ? [m.labelLon, m.labelLat] : undefined;
      }),
    [links, byCode],
  );
  const linkLooks = useMemo(
    () =>
      new Map(
        links.map((l) => [
          l.id,
          {
            highlighted: l.project === projectId,
            dimmed: results?.active ? !results.ids.has(l.project) : false,
          },
        ]),
      ),
    [links, projectId, results],
  );
  const highlighted = useMemo(
    () => (project ? municipalitiesOf(project) : compare),
    [project, compare],
  );
  // A shared project shows its links even when the layer is off.
  const linksVisible = linksOn || Boolean(project && municipalitiesOf(project).length > 1);

  return useMemo(
    () => ({
      municipalities: fills,
      highlighted,
      links: linkGeometry,
      linkLooks,
      linksVisible,
      countyLabels,
    }),
    [fills, highlighted, linkGeometry, linkLooks, linksVisible, countyLabels],
  );
}
