import { useId } from 'react';
import { MAX_COMPARE } from '../../domain/compare';
import { countyNameIn } from '../../domain/counties';
import type { Municipality } from '../../domain/municipality';
import { useI18n } from '../../i18n';

/**
 * A native select of the municipalities not yet compared: the base's remaining neighbours first,
 * then by county, then the context municipalities outside the counties.
 */
export function AddMunicipality({
  base,
  candidates,
  full,
  onAdd,
}: {
  base: Municipality;
  candidates: Municipality[];
  full: boolean;
  onAdd: (code: string) => void;
}) {
  const { t, language } = useI18n();
  const id = useId();
  const byName = (a: Municipality, b: Municipality) => a.name.localeCompare(b.name, 'sv');
  const neighbours = candidates.filter((m) => base.neighbours.includes(m.code)).sort(byName);
  const rest = candidates.filter((m) => !base.neighbours.includes(m.code));
  const counties = [...new Set(rest.filter((m) => m.focus).map((m) => m.countyName))].sort((a, b) =>
    a.localeCompare(b, 'sv'),
  );
  const groups: [string, Municipality[]][] = [
    [t('compare.addNeighbours', { name: base.name }), neighbours],
    ...counties.map((county): [string, Municipality[]] => [
      countyNameIn(language, rest.find((m) => m.countyName === county)!.countyCode, county),
      rest.filter((m) => m.focus && m.countyName === county).sort(byName),
    ]),
    [t('compare.addOutside'), rest.filter((m) => !m.focus).sort(byName)],
  ];
  const noteId = `${id}-note`;
  return (
    <div className="compare-add">
      <label htmlFor={`${id}-select`} className="compare-add__label">
        {t('compare.addLabel')}
      </label>
      <select
        id={`${id}-select`}
        className="compare-add__select"
        data-compare-add
        value=""
        disabled={full || candidates.length === 0}
        aria-describedby={full ? noteId : undefined}
        onChange={(e) => {
          if (e.target.value) onAdd(e.target.value);
        }}
      >
        <option value="">{t('compare.addPlaceholder')}</option>
        {groups.map(([label, list]) =>
          list.length === 0 ? null : (
            <optgroup key={label} label={label}>
              {list.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name}
                </option>
              ))}
            </optgroup>
          ),
        )}
      </select>
      {full ? (
        <p id={noteId} className="compare-add__note">
          {t('compare.full', { max: MAX_COMPARE })}
        </p>
      ) : null}
    </div>
  );
}
