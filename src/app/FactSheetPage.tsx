import { lazy, Suspense } from 'react';
import { useDataFile } from '../data/load';
import { useI18n } from '../i18n';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { ErrorNotice } from '../ui/ErrorNotice';
import type { AppData } from './useAppData';

// With d3-geo and the QR code: loaded when a sheet is opened (the print button starts it sooner).
const FactSheetView = lazy(() => import('../features/fact-sheet/FactSheetView'));

/** view=sheet: the printable fact sheet of the selected municipality, in place of the layout. */
export function FactSheetPage({ code, data }: { code: string; data: AppData }) {
  const { t } = useI18n();
  const { catalogue, mapData, counties } = data;
  // The sheet lists the data sources; fetched here, so that the sheet's chunk shares no loading code.
  const manifest = useDataFile('manifest');
  const failure = data.failures.map ?? data.failures.catalogue;
  const loading = <p className="skeleton-text">{t('data.loading')}</p>;
  return (
    <main id="main" className="fact-sheet-main" tabIndex={-1}>
      {failure ? (
        <ErrorNotice {...failure} />
      ) : catalogue && mapData && counties ? (
        <ErrorBoundary fallback={(reset) => <ErrorNotice what={t('error.view')} onRetry={reset} />}>
          <Suspense fallback={loading}>
            <FactSheetView
              code={code}
              municipalities={data.municipalities}
              byCode={data.byCode}
              catalogue={catalogue}
              mapData={mapData}
              counties={counties}
              sources={manifest.isError ? null : manifest.data?.sources}
            />
          </Suspense>
        </ErrorBoundary>
      ) : (
        loading
      )}
    </main>
  );
}
