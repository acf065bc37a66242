import type { ReactNode } from 'react';
import { useMunicipalities } from '../../data-hooks/municipalities';
import { countyNameIn } from '../../domain/counties';
import { figuresOf } from '../../domain/key-figures';
import type { Municipality } from '../../domain/municipality';
import { useI18n } from '../../i18n';
import { useViewStore } from '../../state/store';
import { FigureValue } from '../../ui/FigureValue';
import { PanelHeader, PanelSection } from '../../ui/Panel';
import { SourceNote } from '../../ui/SourceNote';
import { CompareButton } from '../compare';
import { PrintSheetButton } from '../fact-sheet';
import { SimilarMunicipalities } from './SimilarMunicipalities';

/**
 * The selected municipality: its figures with sources, its neighbours, and (below) whatever the
 * other views add. A landmark labelled by its heading; focus moves to the heading when it opens.
 */
export function MunicipalityPanel({
  municipality,
  children,
}: {
  municipality: Municipality;
  children?: ReactNode;
}) {
  const { t, n, language } = useI18n();
  const { byCode } = useMunicipalities();
  const selectMunicipality = useViewStore((s) => s.selectMunicipality);

  return (
    <aside className="panel" aria-labelledby="panel-title" data-testid="municipality-panel">
      <PanelHeader
        titleId="panel-title"
        title={municipality.name}
        subtitle={`${t('panel.county')}: ${countyNameIn(language, municipality.countyCode, municipality.countyName)}`}
        closeLabel={t('panel.close')}
        onClose={() => selectMunicipality(null)}
        focusKey={municipality.code}
      />
      {!municipality.focus ? <p className="notice">{t('panel.contextNote')}</p> : null}
      <PanelSection id="panel-figures" title={t('panel.figures')}>
        <dl className="figures">
          {figuresOf(municipality).map((f) => (
            <div className="figure" key={f.label}>
              <dt>{t(f.label)}</dt>
              <dd>
                <FigureValue
                  value={f.value === null ? null : n(f.value, f.digits)}
                  unit={t(f.unit)}
                />
                <SourceNote source={f.source} />
              </dd>
            </div>
          ))}
        </dl>
      </PanelSection>
      <PanelSection id="panel-neighbours" title={t('panel.neighbours')}>
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
        <div className="panel__actions">
          <CompareButton code={municipality.code} />
          <PrintSheetButton municipality={municipality} />
        </div>
      </PanelSection>
      <SimilarMunicipalities municipality={municipality} />
      {children}
    </aside>
  );
}
