import { useEffect, useMemo, useState } from 'react';
import { useCatalogue } from '../../data-hooks/catalogue';
import { useCounties, useMapData } from '../../data-hooks/map-data';
import { useMunicipalities } from '../../data-hooks/municipalities';
import { useSources } from '../../data-hooks/sources';
import { countyNameIn, FOCUS_COUNTIES } from '../../domain/counties';
import { meetingPack, type MeetingPack } from '../../domain/meeting-pack';
import { locale } from '../../i18n';
import { usePackI18n } from '../../i18n/pack';
import { searchOfLink } from '../../state/history';
import { sheetCodesAsked } from '../../state/url/pack-link';
import { useViewStore } from '../../state/store';
import { DEFAULT_VIEW } from '../../state/view-state';
import { useFocusOnOpen } from '../../ui/Panel';
import { PrintedContext } from '../../ui/printed';
import { FactSheet } from './FactSheetView';
import { cameFromApp, printRequested, takePrintRequest } from './print-request';
import './fact-sheet.css';

/** The codes a message about a link's left-out codes names, before "and N more". */
const NAMED = 10;
const COUNTY_ORDER = FOCUS_COUNTIES.map((c) => c.code);

/**
 * The meeting pack (view=sheets): a cover (what is in it, the date, the sources), the contents,
 * and the fact sheet of every municipality in it, each from a new page. The sheets are the fact
 * sheet itself, one per municipality. Default export: loaded, with the sheet, on first use.
 */
export default function MeetingPackView() {
  const { t, tp, language, n } = usePackI18n();
  const { list } = useMunicipalities();
  const sheets = useViewStore((s) => s.sheets);
  const county = useViewStore((s) => s.county);
  const restore = useViewStore((s) => s.restore);
  const catalogue = useCatalogue();
  const mapData = useMapData();
  const counties = useCounties();
  const sources = useSources();
  const pack = useMemo(
    () => meetingPack(list, sheets, county, COUNTY_ORDER, sheetCodesAsked(searchOfLink())),
    [list, sheets, county],
  );
  const headingRef = useFocusOnOpen<HTMLHeadingElement>(pack.choice.kind);

  // The document's title is the PDF's name.
  useEffect(() => {
    document.title = tp('pack.documentTitle');
  });

  const [fontsReady, setFontsReady] = useState(false);
  useEffect(() => {
    let live = true;
    void document.fonts.ready.then(() => live && setFontsReady(true));
    return () => {
      live = false;
    };
  }, []);
  const ready = Boolean(
    fontsReady && sources !== undefined && catalogue && mapData && counties && list.length,
  );
  useEffect(() => {
    if (!ready || !printRequested()) return;
    const frame = requestAnimationFrame(() => {
      if (takePrintRequest()) window.print();
    });
    return () => cancelAnimationFrame(frame);
  }, [ready]);

  const back = () => {
    if (cameFromApp()) window.history.back();
    else restore({ ...DEFAULT_VIEW, language });
  };
  const printedOn = new Intl.DateTimeFormat(locale(language), { dateStyle: 'long' }).format(
    new Date(),
  );
  const ignored =
    pack.ignored.length > NAMED
      ? tp('pack.ignoredMore', {
          codes: pack.ignored.slice(0, NAMED).join(', '),
          count: n(pack.ignored.length - NAMED),
        })
      : pack.ignored.join(', ');

  return (
    <div
      className="fact-sheet-page meeting-pack"
      data-testid="meeting-pack"
      data-pack-ready={ready}
    >
      <div className="fact-sheet__tools">
        <button type="button" className="button button--quiet" onClick={back}>
          ← {tp('pack.back')}
        </button>
        <button type="button" className="button" onClick={() => window.print()} disabled={!ready}>
          {tp('pack.printNow')}
        </button>
        <p className="fact-sheet__hint">{tp('pack.hint')}</p>
        {pack.ignored.length > 0 ? (
          <p className="notice pack__ignored" role="status">
            {tp('pack.ignored', { codes: ignored })}
          </p>
        ) : null}
      </div>

      <section
        className="pack-page pack-cover"
        aria-labelledby="pack-title"
        data-testid="pack-cover"
      >
        <p className="fact-sheet__kicker">{tp('pack.kicker')}</p>
        <h1 id="pack-title" ref={headingRef} tabIndex={-1} className="pack-cover__title">
          {tp('pack.title')}
        </h1>
        <p className="pack-cover__what">{whatIsIn(pack, tp)}</p>
        <p className="pack-cover__date">{tp('pack.printed', { date: printedOn })}</p>
        <p>{tp('pack.includes')}</p>
        <h2 className="fact-sheet__section-title">{tp('pack.sources')}</h2>
        <ul className="pack-cover__sources">
          {catalogue ? (
            <li>
              {catalogue.source.publisher}, <cite>{catalogue.source.title}</cite> (
              {catalogue.source.year})
            </li>
          ) : null}
          {sources
            ? sources.map((s) => (
                <li key={`${s.publisher} ${s.title}`}>
                  {s.publisher}, {s.title} ({s.year})
                </li>
              ))
            : null}
          {sources === null ? <li>{tp('pack.sourcesMissing')}</li> : null}
        </ul>
      </section>

      <nav
        className="pack-page pack-contents"
        aria-labelledby="pack-contents"
        data-testid="pack-contents"
      >
        <h2 id="pack-contents" className="pack-contents__title">
          {tp('pack.contents')}
        </h2>
        <p className="fact-sheet__hint">{tp('pack.contentsNote')}</p>
        <ol className="pack-contents__list">
          {pack.municipalities.map((m) => (
            <li key={m.code}>
              <a href={`#pack-sheet-${m.code}`}>{m.name}</a>{' '}
              <span className="pack-contents__county">
                {countyNameIn(language, m.countyCode, m.countyName)}
              </span>
            </li>
          ))}
        </ol>
      </nav>

      {ready && catalogue && mapData && counties ? (
        <PrintedContext.Provider value={true}>
          {pack.municipalities.map((m) => (
            <div key={m.code} id={`pack-sheet-${m.code}`} className="pack-sheet">
              <FactSheet
                municipality={m}
                catalogue={catalogue}
                mapData={mapData}
                counties={counties}
                sources={sources}
                packed
              />
            </div>
          ))}
        </PrintedContext.Provider>
      ) : (
        <p className="skeleton-text">{t('data.loading')}</p>
      )}
    </div>
  );
}

function whatIsIn(pack: MeetingPack, tp: ReturnType<typeof usePackI18n>['tp']): string {
  const count = pack.municipalities.length;
  switch (pack.choice.kind) {
    case 'all':
      return tp('pack.of.all', { count });
    case 'county': {
      const code = pack.choice.county;
      const county = FOCUS_COUNTIES.find((c) => c.code === code)?.name ?? code;
      return tp('pack.of.county', { county, count });
    }
    case 'codes':
      return tp('pack.of.codes', { count });
  }
}
