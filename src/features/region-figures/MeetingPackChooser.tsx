import { useId, useState } from 'react';
import { useMunicipalities } from '../../data-hooks/municipalities';
import { FOCUS_COUNTIES } from '../../domain/counties';
import { usePackI18n } from '../../i18n/pack';
import { useViewStore } from '../../state/store';
import { DEFAULT_VIEW } from '../../state/view-state';
import { requestPrint } from '../fact-sheet';

/**
 * "Skriv ut mötespaket": the fact sheets of all the report's municipalities, of a county, or of
 * the comparison (when there is one), printed in one go.
 */
export function MeetingPackChooser() {
  const { tp, language } = usePackI18n();
  const { list } = useMunicipalities();
  const compare = useViewStore((s) => s.compare);
  const restore = useViewStore((s) => s.restore);
  const id = useId();
  const [choice, setChoice] = useState('all');
  const focus = list.filter((m) => m.focus);
  const comparison = compare.filter((code) => focus.some((m) => m.code === code));
  const options = [
    { value: 'all', label: tp('pack.entry.all', { count: focus.length }) },
    ...FOCUS_COUNTIES.map((c) => ({
      value: c.code,
      label: tp('pack.entry.county', {
        county: c.name,
        count: focus.filter((m) => m.countyCode === c.code).length,
      }),
    })),
    ...(comparison.length > 0
      ? [{ value: 'compare', label: tp('pack.entry.compare', { count: comparison.length }) }]
      : []),
  ];
  const chosen = options.some((o) => o.value === choice) ? choice : 'all';

  const open = () => {
    const county = FOCUS_COUNTIES.find((c) => c.code === chosen)?.code;
    // Nothing else of the view travels with the pack; Back returns to it.
    requestPrint();
    restore({
      ...DEFAULT_VIEW,
      language,
      view: 'sheets',
      sheets: chosen === 'compare' ? comparison : [],
      county: county ?? 'all',
    });
  };

  return (
    <section className="pack-entry" aria-labelledby={`${id}title`} data-testid="pack-entry">
      <h3 id={`${id}title`} className="panel__section-title">
        {tp('pack.entry.title')}
      </h3>
      <p>{tp('pack.entry.intro')}</p>
      <div className="pack-entry__row">
        <label htmlFor={`${id}choice`} className="picker__label">
          {tp('pack.entry.choose')}
        </label>
        <select
          id={`${id}choice`}
          className="picker__input pack-entry__select"
          value={chosen}
          onChange={(e) => setChoice(e.target.value)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <button type="button" className="button pack-entry__print" onClick={open}>
          {tp('pack.print')}
        </button>
      </div>
    </section>
  );
}
