import { useEffect, useId, useMemo, useState } from 'react';
import { useCatalogue } from '../../data-hooks/catalogue';
import { useCounties, useMapData, type MapData } from '../../data-hooks/map-data';
import { useMunicipalities } from '../../data-hooks/municipalities';
import type { County, Manifest } from '../../data/schemas';
import { useSources } from '../../data-hooks/sources';
import type { CatalogueIndex } from '../../domain/catalogue/catalogue';
import { ideasFromNeighbours } from '../../domain/compare';
import { countyNameIn } from '../../domain/counties';
import type { Municipality } from '../../domain/municipality';
import { unitKeyOf } from '../../domain/metrics/metric-text';
import { sheetFigures } from '../../domain/sheet-figures';
import { locale, useI18n } from '../../i18n';
import { useViewStore } from '../../state/store';
import { DEFAULT_VIEW } from '../../state/view-state';
import { FigureValue } from '../../ui/FigureValue';
import { useFocusOnOpen } from '../../ui/Panel';
import { PrintedContext } from '../../ui/printed';
import { SourceNote } from '../../ui/SourceNote';
import { MunicipalityProjects } from '../catalogue';
import { IdeasList } from '../ideas';
import { cameFromApp, printRequested, takePrintRequest } from './print-request';
import { QrCode } from './QrCode';
import { liveViewUrl } from './sheet-link';
import { SheetMap } from './SheetMap';
import { SheetTrends } from './SheetTrends';
import './fact-sheet.css';

/**
 * The fact sheet (kommunblad) of a municipality, laid out for one or two A4 pages: its figures
 * with sources and ranks, its map with the neighbours, its projects and the ideas from next door,
 * the sources, the print date and the link back (text and QR code). It is the panel's own pieces
 * (key figures, project groups and cards, ideas, contacts, source notes) in a printed context,
 * plus print CSS. Default export so that App loads it, with d3-geo and the QR code, on first use.
 */
export default function FactSheetView({ code }: { code: string }) {
  const { t, language } = useI18n();
  const restore = useViewStore((s) => s.restore);
  const municipality = useMunicipalities().byCode.get(code);

  const back = () => {
    // From the app: back to the very view the user printed from. From a link: to the map.
    if (cameFromApp()) window.history.back();
    else restore({ ...DEFAULT_VIEW, language, municipality: code });
  };

  return (
    <div className="fact-sheet-page">
      <div className="fact-sheet__tools">
        <button type="button" className="button button--quiet" onClick={back}>
          ← {t('sheet.back')}
        </button>
        {municipality?.focus ? (
          <>
            <button type="button" className="button" onClick={() => window.print()}>
              {t('sheet.printNow')}
            </button>
            <p className="fact-sheet__hint">{t('sheet.hint')}</p>
          </>
        ) : null}
      </div>
      {!municipality ? (
        <p className="notice" role="alert">
          {t('sheet.unknown', { code })}
        </p>
      ) : !municipality.focus ? (
        <p className="notice" role="alert">
          {t('sheet.outside', { name: municipality.name })}
        </p>
      ) : (
        <PrintedContext.Provider value={true}>
          <FactSheetOf municipality={municipality} />
        </PrintedContext.Provider>
      )}
    </div>
  );
}

/** The sheet once the files it reads are in (the page shows the loading and failures). */
function FactSheetOf({ municipality }: { municipality: Municipality }) {
  const catalogue = useCatalogue();
  const mapData = useMapData();
  const counties = useCounties();
  const sources = useSources();
  return catalogue && mapData && counties ? (
    <FactSheet
      municipality={municipality}
      catalogue={catalogue}
      mapData={mapData}
      counties={counties}
      sources={sources}
    />
  ) : null;
}

/**
 * One municipality's sheet. `packed`: one of many on a page (the meeting pack), which neither
 * takes the focus nor answers the print button's request (the pack prints itself).
 */
export function FactSheet({
  municipality,
  catalogue,
  mapData,
  counties,
  sources,
  packed = false,
}: {
  municipality: Municipality;
  catalogue: CatalogueIndex;
  mapData: MapData;
  counties: readonly County[];
  /** The data sources of the build (manifest.json): undefined while loading, null if it failed. */
  sources: Manifest['sources'] | null | undefined;
  packed?: boolean;
}) {
  const { t, n, list, language, plural } = useI18n();
  const { list: municipalities, byCode } = useMunicipalities();
  const { code, name } = municipality;
  const focusRef = useFocusOnOpen<HTMLHeadingElement>(code);
  const headingRef = packed ? undefined : focusRef;
  // Ids of its own: several sheets share a page in the meeting pack.
  const id = useId();
  // In the pack every sheet has sections of the same names: there they are headed parts, not
  // landmarks, so the page's landmarks stay unique (axe's landmark-unique).
  const labelledBy = (part: string) => (packed ? undefined : `${id}${part}`);

  const figures = useMemo(
    () => sheetFigures(municipality, municipalities, catalogue.projects, counties),
    [municipality, municipalities, catalogue, counties],
  );
  const ideas = useMemo(
    () =>
      ideasFromNeighbours(code, municipality.neighbours, catalogue.projects, [
        ...catalogue.themes.keys(),
      ]),
    [code, municipality, catalogue],
  );
  const neighbours = municipality.neighbours
    .map((c) => byCode.get(c))
    .filter((m): m is Municipality => Boolean(m))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const link = liveViewUrl(`${window.location.origin}${window.location.pathname}`, code, language);
  const printedOn = new Intl.DateTimeFormat(locale(language), { dateStyle: 'long' }).format(
    new Date(),
  );

  // Printed once the fonts are in (the sheet's text is laid out in its own font, not a fallback)
  // and the list of sources has arrived (or failed: the sheet says so rather than wait).
  const [fontsReady, setFontsReady] = useState(false);
  useEffect(() => {
    let live = true;
    void document.fonts.ready.then(() => live && setFontsReady(true));
    return () => {
      live = false;
    };
  }, []);
  const ready = fontsReady && sources !== undefined;
  useEffect(() => {
    if (!ready || packed || !printRequested()) return;
    const frame = requestAnimationFrame(() => {
      if (takePrintRequest()) window.print();
    });
    return () => cancelAnimationFrame(frame);
  }, [ready, packed]);

  return (
    <article
      className="fact-sheet"
      aria-labelledby={`${id}sheet-title`}
      data-testid="fact-sheet"
      data-code={code}
      data-sheet-ready={ready}
    >
      <header className="fact-sheet__head">
        <div>
          <p className="fact-sheet__kicker">{t('sheet.kicker')}</p>
          <h1 id={`${id}sheet-title`} ref={headingRef} tabIndex={-1} className="fact-sheet__title">
            {name}
          </h1>
          <p className="fact-sheet__county">
            {countyNameIn(language, municipality.countyCode, municipality.countyName)} ·{' '}
            {t('sheet.code', { code })}
          </p>
        </div>
        <div className="fact-sheet__qr">
          <QrCode text={link} label={t('sheet.qrLabel', { name })} />
          <p>{t('sheet.qrCaption')}</p>
        </div>
      </header>

      <div className="fact-sheet__top">
        <section aria-labelledby={labelledBy('sheet-figures')} className="fact-sheet__figures">
          <h2 id={`${id}sheet-figures`} className="fact-sheet__section-title">
            {t('panel.figures')}
          </h2>
          <table className="sheet-figures">
            <thead>
              <tr>
                <th scope="col">{t('sheet.figure')}</th>
                <th scope="col">{t('sheet.value')}</th>
                <th scope="col">{t('sheet.rank', { total: figures.total })}</th>
              </tr>
            </thead>
            <tbody>
              {figures.rows.map((f) => (
                <tr key={f.label}>
                  <th scope="row">
                    {t(f.label)}
                    <span className="sheet-figures__source">
                      {typeof f.source === 'string' ? (
                        <span className="source-note">{t(f.source)}</span>
                      ) : (
                        <SourceNote source={f.source} />
                      )}
                    </span>
                  </th>
                  <td>
                    <FigureValue
                      value={f.value === null ? null : n(f.value, f.digits)}
                      unit={t(unitKeyOf(f.unit, f.value, plural))}
                    />
                  </td>
                  <td>{f.rank ?? '–'}</td>
                </tr>
              ))}
              <SheetTrends code={code} />
            </tbody>
          </table>
        </section>
        <section aria-labelledby={labelledBy('sheet-map-title')} className="fact-sheet__map">
          <h2 id={`${id}sheet-map-title`} className="fact-sheet__section-title">
            {t('sheet.mapTitle', { name })}
          </h2>
          <SheetMap
            data={mapData}
            code={code}
            label={t('sheet.mapLabel', { name, names: list(neighbours.map((m) => m.name)) })}
          />
          <p className="fact-sheet__neighbours">
            <strong>{t('panel.neighbours')}:</strong>{' '}
            {neighbours
              .map((m) => (m.focus ? m.name : `${m.name} (${t('project.outside')})`))
              .join(', ')}
          </p>
        </section>
      </div>

      <section aria-labelledby={labelledBy('sheet-projects')} className="fact-sheet__projects">
        <h2 id={`${id}sheet-projects`} className="fact-sheet__section-title">
          {t('sheet.projects', { name })}
        </h2>
        <MunicipalityProjects code={code} landmarks={!packed} />
        <section aria-labelledby={labelledBy('sheet-ideas')} className="fact-sheet__ideas">
          <h3 id={`${id}sheet-ideas`} className="panel__section-title">
            {t('compare.ideas')}
          </h3>
          <IdeasList base={municipality} ideas={ideas} />
        </section>
      </section>

      <footer className="fact-sheet__foot">
        <h2 className="visually-hidden">{t('sheet.about')}</h2>
        <p>
          <strong>{t('sheet.printed')}:</strong> {printedOn}. <strong>{t('sheet.link')}:</strong>{' '}
          <a href={link}>{link}</a>
        </p>
        <p>
          <strong>{t('sheet.sources')}:</strong> {catalogue.source.publisher},{' '}
          <cite>{catalogue.source.title}</cite> ({catalogue.source.year}).{' '}
          {sources
            ? sources.map((s) => `${s.publisher}, ${s.title} (${s.year}). `)
            : sources === null
              ? t('sheet.sourcesMissing')
              : null}
        </p>
      </footer>
    </article>
  );
}
