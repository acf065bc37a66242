import { useEffect, useMemo } from 'react';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ErrorNotice } from './components/ErrorNotice';
import { Header } from './components/Header';
import { MapView } from './components/MapView';
import { MunicipalityPanel } from './components/MunicipalityPanel';
import { MunicipalityPicker } from './components/MunicipalityPicker';
import { useDataFile } from './data/load';
import { byCode, municipalitiesFrom } from './domain/municipality';
import { useI18n } from './i18n';
import { useViewStore } from './state/store';

export function App() {
  const { t, language } = useI18n();
  const municipalitiesQuery = useDataFile('municipalities');
  const countiesQuery = useDataFile('counties');
  const basemapQuery = useDataFile('basemap');
  const selectedCode = useViewStore((s) => s.municipality);
  const selectMunicipality = useViewStore((s) => s.selectMunicipality);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${t('app.title')} – ${t('app.tagline')}`;
  }, [language, t]);

  const municipalities = useMemo(
    () => (municipalitiesQuery.data ? municipalitiesFrom(municipalitiesQuery.data) : []),
    [municipalitiesQuery.data],
  );
  const index = useMemo(() => byCode(municipalities), [municipalities]);
  const selected = selectedCode ? index.get(selectedCode) : undefined;

  useEffect(() => {
    if (!selectedCode) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) selectMunicipality(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selectedCode, selectMunicipality]);

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

  const failedQuery = [
    { query: municipalitiesQuery, what: t('data.what.municipalities') },
    { query: countiesQuery, what: t('data.what.municipalities') },
    { query: basemapQuery, what: t('data.what.basemap') },
  ].find((x) => x.query.isError);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header />
      <div className="toolbar">
        {municipalities.length > 0 ? <MunicipalityPicker municipalities={municipalities} /> : null}
      </div>
      <main id="main" className={`layout${selected ? ' layout--with-panel' : ''}`} tabIndex={-1}>
        <section className="map-area" aria-label={t('map.label')}>
          {failedQuery ? (
            <ErrorNotice
              what={failedQuery.what}
              detail={failedQuery.query.error?.message}
              onRetry={() => void failedQuery.query.refetch()}
            />
          ) : mapData ? (
            <ErrorBoundary
              fallback={(reset) => <ErrorNotice what={t('map.label')} onRetry={reset} />}
            >
              <MapView data={mapData} />
            </ErrorBoundary>
          ) : (
            <div className="map-skeleton" aria-busy="true">
              {t('map.loading')}
            </div>
          )}
          <p className="visually-hidden" aria-live="polite">
            {t('map.summary', {
              count: municipalities.filter((m) => m.focus).length,
              selection: selected
                ? t('map.summarySelected', { name: selected.name })
                : t('map.summaryNone'),
            })}
          </p>
        </section>
        {selected ? (
          <ErrorBoundary fallback={(reset) => <ErrorNotice what={selected.name} onRetry={reset} />}>
            <MunicipalityPanel key={selected.code} municipality={selected} byCode={index} />
          </ErrorBoundary>
        ) : null}
      </main>
    </div>
  );
}
