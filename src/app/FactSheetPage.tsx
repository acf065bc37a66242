import { lazy, Suspense } from 'react';
import { useCatalogue } from '../data-hooks/catalogue';
import { useCatalogueFailure, useMapFailure } from '../data-hooks/failures';
import { useCounties, useMapData } from '../data-hooks/map-data';
import { useSources } from '../data-hooks/sources';
import { loadSheets } from '../features/fact-sheet';
import { useI18n } from '../i18n';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { ErrorNotice } from '../ui/ErrorNotice';

// With d3-geo and the QR code: loaded when a sheet is opened (the print button starts it sooner).
const FactSheetView = lazy(() => loadSheets().then((m) => ({ default: m.FactSheetView })));
const MeetingPackView = lazy(() => loadSheets().then((m) => ({ default: m.MeetingPackView })));

/**
 * view=sheet: the printable fact sheet of the selected municipality (`code`), in place of the
 * layout, once the files it reads are in; what failed to load, with a retry, if one did. Without
 * a code, view=sheets: the meeting pack of the fact sheets of many.
 */
export function FactSheetPage({ code }: { code?: string }) {
  const { t } = useI18n();
  const mapFailure = useMapFailure();
  const catalogueFailure = useCatalogueFailure();
  const catalogue = useCatalogue();
  const mapData = useMapData();
  const counties = useCounties();
  // The sheet lists the data sources: fetched from here, while the sheet's code loads.
  useSources();
  const failure = mapFailure ?? catalogueFailure;
  const loading = <p className="skeleton-text">{t('data.loading')}</p>;
  return (
    <main id="main" className="fact-sheet-main" tabIndex={-1}>
      {failure ? (
        <ErrorNotice {...failure} />
      ) : catalogue && mapData && counties ? (
        <ErrorBoundary fallback={(reset) => <ErrorNotice what={t('error.view')} onRetry={reset} />}>
          <Suspense fallback={loading}>
            {code ? <FactSheetView code={code} /> : <MeetingPackView />}
          </Suspense>
        </ErrorBoundary>
      ) : (
        loading
      )}
    </main>
  );
}
