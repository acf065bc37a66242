import { useEffect, useMemo, useRef, useState } from 'react';
import type { CatalogueIndex } from '../../domain/catalogue/catalogue';
import type { Results } from '../../domain/catalogue/results';
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
import type { Municipality } from '../../domain/municipality';
import { useCompareText } from '../../i18n/compare';
import { useViewStore } from '../../state/store';
import { AddMunicipality } from './AddMunicipality';
import { FigureTable } from './FigureTable';
import { IdeasList, SharedProjectList } from './IdeasList';
import { ThemeTable } from './ThemeTable';
import './compare.css';

export interface ComparisonViewProps {
  municipalities: Municipality[];
  byCode: Map<string, Municipality>;
  catalogue: CatalogueIndex;
  results: Results | null;
  /** A column header is pointed at or focused (null when left), for highlighting on the map. */
  onHoverMunicipality?: (code: string | null) => void;
}

/**
 * A municipality beside its neighbours (the set in the view state, cmp= in the URL, base first):
 * figures, themes, ideas from next door with the people to call, and shared projects.
 * Default export so that App can load it lazily on first use.
 */
export default function ComparisonView({
  municipalities,
  byCode,
  catalogue,
  results,
  onHoverMunicipality,
}: ComparisonViewProps) {
  const { t } = useCompareText();
  const codes = useViewStore((s) => s.compare);
  const setCompare = useViewStore((s) => s.setCompare);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
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
  const candidates = useMemo(
    () => candidatesFor(memberCodes, municipalities),
    [memberCodes, municipalities],
  );

  // Focus the heading when a comparison opens (or its base changes), as the panels do.
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [base?.code]);

  // The map highlight must not outlive the view.
  const hoverRef = useRef(onHoverMunicipality);
  useEffect(() => {
    hoverRef.current = onHoverMunicipality;
  }, [onHoverMunicipality]);
  useEffect(() => () => hoverRef.current?.(null), []);

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
    onHoverMunicipality?.(null);
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
    onHoverMunicipality?.(null);
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
      <div className="panel__header">
        <div>
          <h2 id="compare-title" ref={headingRef} tabIndex={-1} className="panel__title">
            {t('compare.title', { name: base.name })}
          </h2>
          <p className="panel__subtitle">{t('compare.intro', { name: base.name })}</p>
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label={t('compare.close')}
          title={t('compare.close')}
          onClick={close}
        >
          ×
        </button>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      <AddMunicipality
        base={base}
        candidates={candidates}
        full={memberCodes.length >= MAX_COMPARE}
        onAdd={add}
      />

      <section aria-labelledby="compare-figures" className="compare__section">
        <h3 id="compare-figures" className="panel__section-title">
          {t('compare.figures')}
        </h3>
        <FigureTable
          members={members}
          rows={figures}
          onHover={onHoverMunicipality}
          onRemove={remove}
        />
      </section>

      <section aria-labelledby="compare-ideas" className="compare__section">
        <h3 id="compare-ideas" className="panel__section-title">
          {t('compare.ideas')}
        </h3>
        <IdeasList base={base} ideas={ideas} catalogue={catalogue} byCode={byCode} />
      </section>

      <section aria-labelledby="compare-themes" className="compare__section">
        <h3 id="compare-themes" className="panel__section-title">
          {t('compare.themes')}
        </h3>
        <ThemeTable
          members={members}
          rows={matrix}
          catalogue={catalogue}
          onHover={onHoverMunicipality}
        />
      </section>

      <section aria-labelledby="compare-shared" className="compare__section">
        <h3 id="compare-shared" className="panel__section-title">
          {t('compare.shared')}
        </h3>
        <SharedProjectList shared={shared} byCode={byCode} />
      </section>
    </section>
  );
}
