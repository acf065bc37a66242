import { useEffect, useRef, type ReactNode } from 'react';
import { FIGURE_SOURCES, type FigureSource } from '../../domain/figures';
import { densityPerKm2, type Municipality } from '../../domain/municipality';
import { useI18n } from '../../i18n';
import { useViewStore } from '../../state/store';
import { SourceNote } from '../../ui/SourceNote';
import { CompareButton } from '../compare/CompareButton';

function Figure({
  label,
  value,
  unit,
  source,
}: {
  label: string;
  value: string | null;
  unit: string;
  source: FigureSource;
}) {
  const { t } = useI18n();
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd>
        {value === null ? (
          <span className="no-data">{t('noData')}</span>
        ) : (
          <span className="figure__value">
            {value} <span className="figure__unit">{unit}</span>
          </span>
        )}
        <SourceNote source={source} />
      </dd>
    </div>
  );
}

/**
 * The selected municipality: its figures with sources, its neighbours, and (below) whatever the
 * other views add. A landmark labelled by its heading; focus moves to the heading when it opens.
 */
export function MunicipalityPanel({
  municipality,
  byCode,
  children,
}: {
  municipality: Municipality;
  byCode: Map<string, Municipality>;
  children?: ReactNode;
}) {
  const { t, n } = useI18n();
  const selectMunicipality = useViewStore((s) => s.selectMunicipality);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const density = densityPerKm2(municipality);

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [municipality.code]);

  return (
    <aside className="panel" aria-labelledby="panel-title" data-testid="municipality-panel">
      <div className="panel__header">
        <div>
          <h2 id="panel-title" ref={headingRef} tabIndex={-1} className="panel__title">
            {municipality.name}
          </h2>
          <p className="panel__subtitle">
            {t('panel.county')}: {municipality.countyName}
          </p>
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label={t('panel.close')}
          title={t('panel.close')}
          onClick={() => selectMunicipality(null)}
        >
          ×
        </button>
      </div>
      {!municipality.focus ? <p className="notice">{t('panel.contextNote')}</p> : null}
      <section aria-labelledby="panel-figures">
        <h3 id="panel-figures" className="panel__section-title">
          {t('panel.figures')}
        </h3>
        <dl className="figures">
          <Figure
            label={t('panel.population')}
            value={n(municipality.population)}
            unit={t('unit.inhabitants')}
            source={FIGURE_SOURCES.population}
          />
          <Figure
            label={t('panel.areaTotal')}
            value={n(municipality.areaTotalKm2)}
            unit={t('unit.km2')}
            source={FIGURE_SOURCES.area}
          />
          <Figure
            label={t('panel.areaLand')}
            value={n(municipality.areaLandKm2)}
            unit={t('unit.km2')}
            source={FIGURE_SOURCES.area}
          />
          <Figure
            label={t('panel.density')}
            value={density === null ? null : n(density, 1)}
            unit={t('unit.perKm2')}
            source={FIGURE_SOURCES.density}
          />
        </dl>
      </section>
      <section aria-labelledby="panel-neighbours">
        <h3 id="panel-neighbours" className="panel__section-title">
          {t('panel.neighbours')}
        </h3>
        <ul className="chip-list">
          {municipality.neighbours.map((code) => {
            const neighbour = byCode.get(code);
            if (!neighbour) return null;
            return (
              <li key={code}>
                <button type="button" className="chip" onClick={() => selectMunicipality(code)}>
                  {neighbour.name}
                  {!neighbour.focus ? (
                    <span className="chip__hint"> ({t('panel.outsideCounties')})</span>
                  ) : null}
                </button>
              </li>
            );
          })}
        </ul>
        <CompareButton code={municipality.code} byCode={byCode} />
      </section>
      {children}
    </aside>
  );
}
