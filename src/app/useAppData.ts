import { useLayoutEffect, useMemo } from 'react';
import { useDataFile } from '../data/load';
import { indexCatalogue } from '../domain/catalogue/catalogue';
import { byCode, municipalitiesFrom } from '../domain/municipality';
import { useCatalogueResults } from '../features/catalogue/useCatalogueResults';
import { useI18n } from '../i18n';
import { learnIds } from '../state/history';
import { useViewStore } from '../state/store';

/** A file that failed to load, said plainly, with a retry (the props of ErrorNotice). */
export interface LoadFailure {
  what: string;
  detail?: string;
  onRetry: () => void;
}

interface Query {
  isError: boolean;
  error: Error | null;
  refetch: () => unknown;
}

/** The first of `queries` that failed, as a notice about `what`; null when none did. */
function failureOf(queries: Query[], what: string): LoadFailure | null {
  const failed = queries.find((q) => q.isError);
  return failed
    ? { what, detail: failed.error?.message, onRetry: () => void failed.refetch() }
    : null;
}

/**
 * The generated data files (TanStack Query) and what every view indexes them by: the
 * municipalities and their lookup by kommunkod, the catalogue, the results of the current filters
 * and search, and what failed to load.
 */
export function useAppData() {
  const { t } = useI18n();
  const municipalitiesQuery = useDataFile('municipalities');
  const countiesQuery = useDataFile('counties');
  const basemapQuery = useDataFile('basemap');
  const catalogueQuery = useDataFile('catalogue');
  // The report's county figures are fetched only when a view needs them.
  const wantsFigures = useViewStore(
    (s) => s.metric === 'arrivals' || Boolean(s.municipality) || s.view === 'figures',
  );
  const regionFiguresQuery = useDataFile('regionFigures', wantsFigures);

  const municipalities = useMemo(
    () => (municipalitiesQuery.data ? municipalitiesFrom(municipalitiesQuery.data) : []),
    [municipalitiesQuery.data],
  );
  const index = useMemo(() => byCode(municipalities), [municipalities]);
  const catalogue = useMemo(
    () => (catalogueQuery.data ? indexCatalogue(catalogueQuery.data) : null),
    [catalogueQuery.data],
  );
  const results = useCatalogueResults(catalogue, municipalities);
  // The ids each file defines, as soon as it is there (before the paint): the view drops the
  // ids it does not define, from the state and from the address bar.
  useLayoutEffect(() => {
    if (municipalities.length > 0) learnIds({ municipalities: new Set(index.keys()) });
  }, [municipalities, index]);
  useLayoutEffect(() => {
    if (!catalogue) return;
    learnIds({
      projects: new Set(catalogue.byId.keys()),
      themes: new Set(catalogue.themes.keys()),
      targetGroups: new Set(catalogue.targetGroups.keys()),
    });
  }, [catalogue]);
  const selected = useViewStore((s) => (s.municipality ? index.get(s.municipality) : undefined));
  const project = useViewStore((s) => (s.project ? catalogue?.byId.get(s.project) : undefined));
  const mapData = useMemo(
    () =>
      municipalitiesQuery.data && countiesQuery.data && basemapQuery.data
        ? {
            municipalities: municipalitiesQuery.data,
            counties: countiesQuery.data,
            basemap: basemapQuery.data,
          }
        : null,
    [municipalitiesQuery.data, countiesQuery.data, basemapQuery.data],
  );

  return {
    municipalities,
    byCode: index,
    catalogue,
    results,
    /** The selected municipality, when the map has it. */
    selected,
    /** The open project, when the catalogue has it. */
    project,
    mapData,
    counties: countiesQuery.data?.counties ?? null,
    regionFigures: regionFiguresQuery.data ?? null,
    failures: {
      map:
        failureOf([municipalitiesQuery], t('data.what.municipalities')) ??
        failureOf([countiesQuery], t('data.what.counties')) ??
        failureOf([basemapQuery], t('data.what.basemap')),
      catalogue: failureOf([catalogueQuery], t('data.what.catalogue')),
      regionFigures: failureOf([regionFiguresQuery], t('data.what.regionFigures')),
    },
  };
}

export type AppData = ReturnType<typeof useAppData>;
