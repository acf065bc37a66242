import { useEffect, useId, useState } from 'react';
import { useMapMetric } from '../../data-hooks/metric';
import { useSeriesI18n } from '../../i18n/series';
import { useSeriesLens } from '../../state/series-lens';
import { useViewStore } from '../../state/store';
import { seriesLens } from './lens';
import './series.css';

// Loaded with this view: from now on a measure over time is drawn for the year or change asked.
useSeriesLens.setState({ lens: seriesLens });

type Change = { from: number; percent: boolean } | null;

/** The year and the change in the view state (and so in the address: year=, change=). */
const setYear = (year: number) => useViewStore.setState({ year: String(year) });
const changeParam = (change: Change) =>
  change ? `${change.from}-${change.percent ? 'pct' : 'abs'}` : null;
const setChange = (change: Change) => useViewStore.setState({ change: changeParam(change) });

/** How long each year stays on the map while the years play. */
export const PLAY_STEP_MS = 1500;

/**
 * The year on the map of a measure over several years: a slider of the years that have data
 * (arrow keys, Home, End), a step back and forward, play and pause, and the change since a chosen
 * year, absolute or in per cent. What the map shows is said in a polite live region. The year and
 * the change are in the address (year=, change=), so Back and Forward walk them.
 */
export default function YearControl({
  cover,
  correct,
}: {
  /** Registers the control as a cover of the map (src/map/session.ts), passed in by the map. */
  cover: (element: HTMLElement | null) => (() => void) | undefined;
  /** Corrects the view without a new history entry (correctView of src/state/history.ts). */
  correct: (patch: { year?: string; change?: string | null }) => void;
}) {
  const { t } = useSeriesI18n();
  const id = useId();
  const metric = useMapMetric();
  const askedYear = useViewStore((s) => s.year);
  const askedChange = useViewStore((s) => s.change);
  const [playing, setPlaying] = useState(false);
  const shown = metric?.shown;
  const years = shown?.years ?? [];
  const index = shown ? Math.max(0, years.indexOf(shown.year)) : 0;
  const last = years.length - 1;

  // Playing stops at the last year.
  const running = playing && index < last;
  const next = running ? years[index + 1] : undefined;
  // A year or a change the measure lacks (a link's, a hand-typed one) is shown as its nearest:
  // the address says so too, without a new history entry, as for a malformed parameter.
  const shownYear = shown ? String(shown.year) : null;
  const shownChange = shown ? changeParam(shown.change) : null;
  useEffect(() => {
    if (shownYear === null) return;
    const patch: { year?: string; change?: string | null } = {};
    if (askedYear !== null && askedYear !== shownYear) patch.year = shownYear;
    if (askedChange !== null && askedChange !== shownChange) patch.change = shownChange;
    for (const [field, value] of Object.entries({ year: askedYear, change: askedChange })) {
      if (field in patch) console.warn(`[url] dropped unknown ${field} "${value}"`);
    }
    if (Object.keys(patch).length > 0) correct(patch);
  }, [askedYear, askedChange, shownYear, shownChange, correct]);

  useEffect(() => {
    if (next === undefined) return;
    const timer = window.setTimeout(() => setYear(next), PLAY_STEP_MS);
    return () => window.clearTimeout(timer);
  }, [next]);

  if (!metric || !shown) return null;
  const name = shown.name;
  const change = shown.change;
  const go = (i: number) => setYear(years[Math.min(last, Math.max(0, i))]!);
  const kind = change?.percent ? 'percent' : 'absolute';
  const announcement = change
    ? t('series.showingChange', {
        name,
        from: change.from,
        year: shown.year,
        kind: t(`series.kind.${kind}`),
      })
    : t('series.showing', { name, year: shown.year });

  return (
    <div
      className="map-overlay map-overlay--years year-control"
      role="group"
      aria-labelledby={`${id}-title`}
      ref={cover}
      data-testid="year-control"
    >
      <div className="year-control__head">
        <span id={`${id}-title`} className="year-control__title">
          {t('series.control')}
        </span>
        <output className="year-control__year" htmlFor={`${id}-slider`} aria-hidden="true">
          {change ? `${change.from}–${shown.year}` : shown.year}
        </output>
      </div>
      <div className="year-control__row">
        <button
          type="button"
          className="year-control__button"
          aria-label={t('series.previous')}
          disabled={index <= 0}
          onClick={() => go(index - 1)}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <input
          id={`${id}-slider`}
          className="year-control__slider"
          type="range"
          min={0}
          max={last}
          step={1}
          value={index}
          aria-label={t('series.year')}
          aria-valuetext={String(shown.year)}
          onChange={(e) => go(Number(e.target.value))}
        />
        <button
          type="button"
          className="year-control__button"
          aria-label={t('series.next')}
          disabled={index >= last}
          onClick={() => go(index + 1)}
        >
          <span aria-hidden="true">›</span>
        </button>
        <button
          type="button"
          className="year-control__button"
          aria-label={running ? t('series.pause') : t('series.play')}
          onClick={() => {
            if (!running && index >= last) go(0);
            setPlaying(!running);
          }}
        >
          <span aria-hidden="true">{running ? '❚❚' : '▶'}</span>
        </button>
      </div>
      <div className="year-control__ticks" aria-hidden="true">
        <span>{years[0]}</span>
        <span>{years[last]}</span>
      </div>
      <div className="year-control__row year-control__row--change">
        <label className="year-control__check">
          <input
            type="checkbox"
            checked={change !== null}
            onChange={(e) =>
              setChange(
                e.target.checked
                  ? { from: years[0] === shown.year ? years[last]! : years[0]!, percent: false }
                  : null,
              )
            }
          />
          {t('series.change')}
        </label>
        <select
          className="year-control__select"
          aria-label={t('series.change')}
          value={change?.from ?? years[0]}
          disabled={!change}
          onChange={(e) => setChange({ from: Number(e.target.value), percent: !!change?.percent })}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <select
          className="year-control__select"
          aria-label={t('series.kind')}
          value={kind}
          disabled={!change}
          onChange={(e) =>
            change && setChange({ from: change.from, percent: e.target.value === 'percent' })
          }
        >
          <option value="absolute">{t('series.kind.absolute')}</option>
          <option value="percent">{t('series.kind.percent')}</option>
        </select>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
