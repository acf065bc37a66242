import { useI18n, type MessageKey } from '../i18n';
import type { DataFileName } from '../data/load';
import { useDataFile } from './data-file';
import { useFiguresWanted } from './region-figures';

/** A file that failed to load, said plainly, with a retry (the props of ErrorNotice). */
export interface LoadFailure {
  what: string;
  detail?: string;
  onRetry: () => void;
}

const WHAT = {
  municipalities: 'data.what.municipalities',
  counties: 'data.what.counties',
  basemap: 'data.what.basemap',
  catalogue: 'data.what.catalogue',
  regionFigures: 'data.what.regionFigures',
} as const satisfies Partial<Record<DataFileName, MessageKey>>;

/** The failure of one file, named, with its retry; null while it has not failed. */
function useFailure(name: keyof typeof WHAT, enabled = true): LoadFailure | null {
  const { t } = useI18n();
  const { isError, error, refetch } = useDataFile(name, { enabled });
  return isError
    ? { what: t(WHAT[name]), detail: error?.message, onRetry: () => void refetch() }
    : null;
}

/** What failed of the files the map draws, the first of them that did; null when none did. */
export function useMapFailure(): LoadFailure | null {
  const municipalities = useFailure('municipalities');
  const counties = useFailure('counties');
  const basemap = useFailure('basemap');
  return municipalities ?? counties ?? basemap;
}

export function useCatalogueFailure(): LoadFailure | null {
  return useFailure('catalogue');
}

export function useRegionFiguresFailure(): LoadFailure | null {
  return useFailure('regionFigures', useFiguresWanted());
}
