import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useCatalogue } from '../../data-hooks/catalogue';
import { useMapMetric } from '../../data-hooks/metric';
import { mapTitle } from '../../domain/map-title';
import { describeMetric } from '../../domain/metrics/metric-text';
import { useI18n } from '../../i18n';
import { useViewStore } from '../../state/store';

/**
 * The title of the map in the current language: the measure, the year shown of a measure over
 * time, and the active filters and search ("Projekt per 10 000 invånare · Transport, Idrott").
 * The same words on the screen, in an embed, in the PNG and in the embed code; null until the
 * metric is known.
 */
export function useMapTitle(): string | null {
  const { t, language } = useI18n();
  const metric = useMapMetric();
  const catalogue = useCatalogue();
  const view = useViewStore(
    useShallow((s) => ({
      themes: s.themes,
      targetGroups: s.targetGroups,
      county: s.county,
      kinds: s.kinds,
      query: s.query,
    })),
  );
  return useMemo(() => {
    if (!metric) return null;
    const shown = metric.shown;
    // A change names its years in the lens's name; a year is written after the measure's own name.
    const measure = shown && !shown.change ? shown.name : describeMetric(metric, t).title;
    const year = shown && !shown.change ? String(shown.year) : null;
    const label = (items: CatalogueVocabulary | undefined, id: string) =>
      items?.get(id)?.label[language] ?? id;
    const filters = [
      ...view.themes.map((id) => label(catalogue?.themes, id)),
      ...view.targetGroups.map((id) => label(catalogue?.targetGroups, id)),
      ...(view.county === 'all' ? [] : [t(`filters.county.${view.county}`)]),
      ...view.kinds.map((k) => t(`project.kind.${k}` as 'project.kind.project')),
    ];
    return mapTitle({ measure, year, filters, query: view.query }, (query) =>
      t('embed.search', { query }),
    );
  }, [metric, catalogue, view, t, language]);
}

type CatalogueVocabulary = NonNullable<ReturnType<typeof useCatalogue>>['themes'];
