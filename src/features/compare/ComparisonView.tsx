import { useEffect, useMemo, useRef, useState } from 'react';
import { useCatalogue } from '../../data-hooks/catalogue';
import { useMunicipalities } from '../../data-hooks/municipalities';
import { useResults } from '../../data-hooks/results';
import type { CatalogueIndex } from '../../domain/catalogue/catalogue';
import {
  addToSet,
  candidatesFor,
  figureRows,
  ideasFromNeighbours,
  MAX_COMPARE,
  membersOf,
  removeFromSet,
  sharedProjects,
  themeMatrix,
} from '../../domain/compare';
import { seriesOfMetric } from '../../domain/metrics/series-record';
import { setTrends } from '../../domain/metrics/trend';
import { useI18n } from '../../i18n';
import { usePackI18n } from '../../i18n/pack';
import { useImportedMetrics } from '../../state/imported-metrics';
import { useComparisonHover } from '../../state/comparison-hover';
import { useViewStore } from '../../state/store';
import { DEFAULT_VIEW } from '../../state/view-state';
import { PanelHeader, PanelSection } from '../../ui/Panel';
import { requestPrint } from '../fact-sheet';
import { IdeasList, SharedProjectList } from '../ideas';
import { AddMunicipality } from './AddMunicipality';
import { FigureTable } from './FigureTable';
import { ThemeTable } from './ThemeTable';
import './compare.css';

const clearHover = () => useComparisonHover.getState().setCode(null);

/**
 * A municipality beside its neighbours (the set in the view state, cmp= in the URL, base first):
 * figures, themes, ideas from next door with the people to call, and shared projects.
 * Default export so that the app can load it lazily on first use.
 */
export default function ComparisonView() {
  const catalogue = useCatalogue();
  return catalogue ? <Comparison catalogue={catalogue} /> : null;
}

function Comparison({ catalogue }: { catalogue: CatalogueIndex }) {
  const { t } = useI18n();
  const { list: municipalities, byCode } = useMunicipalities();
  const results = useResults();
  const codes = useViewStore((s) => s.compare);
  const setCompare = useViewStore((s) => s.setCompare);
  const [announcement, setAnnouncement] = useState('');
  const rootRef = useRef<HTMLElement>(null);
  const focusAfterRemove = useRef<number | null>(null);

  const members = useMemo(() => membersOf(codes, byCode), [codes, byCode]);
  const base = members[0]?.municipality;
  const memberCodes = useMemo(() => members.map((m) => m.municipality.code), [members]);
  const themes = useMemo(() => [...catalogue.themes.keys()], [catalogue]);
  const matching = results?.active ? results.ids : null;

  const figures = useMemo(
    () =>
      figureRows(
        members.map((m) => m.municipality),
        catalogue.projects,
        matching,
      ),
    [members, catalogue, matching],
  );
  const matrix = useMemo(
    () => themeMatrix(memberCodes, catalogue.projects, themes),
    [memberCodes, catalogue, themes],
  );
  const ideas = useMemo(
    () =>
      base ? ideasFromNeighbours(base.code, memberCodes.slice(1), catalogue.projects, themes) : [],
    [base, memberCodes, catalogue, themes],
  );
  const shared = useMemo(
    () => sharedProjects(memberCodes, catalogue.projects),
    [memberCodes, catalogue],
  );
  const imported = useImportedMetrics((s) => s.metrics);
  const trends = useMemo(
    () =>
      setTrends(
        imported.map((m) => ({ ...m, series: m.seriesRecord ? seriesOfMetric(m) : null })),
        memberCodes,
      ),
    [imported, memberCodes],
  );
  const candidates = useMemo(
    () => candidatesFor(memberCodes, municipalities),
    [memberCodes, municipalities],
  );

  // The map highlight of a pointed column must not outlive the view.
  useEffect(() => clearHover, []);

  // After a removal, keep keyboard focus in the table: the next column's remove button, else the
  // previous one, else the add control.
  useEffect(() => {
    const index = focusAfterRemove.current;
    if (index === null) return;
    focusAfterRemove.current = null;
    const buttons = rootRef.current?.querySelectorAll<HTMLButtonElement>('[data-remove]');
    const target =
      buttons && buttons.length > 0
        ? buttons[Math.min(index - 1, buttons.length - 1)]
        : rootRef.current?.querySelector<HTMLElement>('[data-compare-add]');
    target?.focus();
  }, [memberCodes]);

  const close = () => {
    clearHover();
    setCompare([]);
  };

  if (!base) {
    return (
      <section className="panel compare" aria-label={t('compare.label')} data-testid="comparison">
        <p className="notice">{t('compare.empty')}</p>
        <button type="button" className="button button--quiet" onClick={close}>
          {t('compare.close')}
        </button>
      </section>
    );
  }

  const remove = (code: string) => {
    focusAfterRemove.current = memberCodes.indexOf(code);
    clearHover();
    setCompare(removeFromSet(memberCodes, code));
    setAnnouncement(t('compare.removed', { name: byCode.get(code)?.name ?? code }));
  };
  const add = (code: string) => {
    setCompare(addToSet(memberCodes, code));
    setAnnouncement(t('compare.added.announce', { name: byCode.get(code)?.name ?? code }));
  };

  return (
    <section
      ref={rootRef}
      className="panel compare"
      aria-labelledby="compare-title"
      data-testid="comparison"
    >
      <PanelHeader
        titleId="compare-title"
        title={t('compare.title', { name: base.name })}
        subtitle={t('compare.intro', { name: base.name })}
        closeLabel={t('compare.close')}
        onClose={close}
        focusKey={base.code}
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      <AddMunicipality
        base={base}
        candidates={candidates}
        full={memberCodes.length >= MAX_COMPARE}
        onAdd={add}
      />
      <PrintPackButton codes={memberCodes} />

      <PanelSection id="compare-figures" title={t('compare.figures')} className="compare__section">
        <FigureTable members={members} rows={figures} trends={trends} onRemove={remove} />
      </PanelSection>
      <PanelSection id="compare-ideas" title={t('compare.ideas')} className="compare__section">
        <IdeasList base={base} ideas={ideas} />
      </PanelSection>
      <PanelSection id="compare-themes" title={t('compare.themes')} className="compare__section">
        <ThemeTable members={members} rows={matrix} catalogue={catalogue} />
      </PanelSection>
      <PanelSection id="compare-shared" title={t('compare.shared')} className="compare__section">
        <SharedProjectList shared={shared} />
      </PanelSection>
    </section>
  );
}

/** The comparison's municipalities of the report, printed in one go as a meeting pack. */
function PrintPackButton({ codes }: { codes: readonly string[] }) {
  const { tp, language } = usePackI18n();
  const { byCode } = useMunicipalities();
  const restore = useViewStore((s) => s.restore);
  const focus = codes.filter((code) => byCode.get(code)?.focus);
  if (focus.length === 0) return null;
  return (
    <button
      type="button"
      className="button button--quiet compare__pack"
      onClick={() => {
        requestPrint();
        restore({ ...DEFAULT_VIEW, language, view: 'sheets', sheets: focus });
      }}
    >
      {tp('pack.entry.printCompare')}
    </button>
  );
}
