import { memo, type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import { useMunicipalities } from '../../data-hooks/municipalities';
import { matchMunicipalities, type Municipality } from '../../domain/municipality';
import { useI18n } from '../../i18n';
import { useViewStore } from '../../state/store';

/**
 * An accessible combobox (ARIA 1.2 list autocomplete) for choosing a municipality without the map.
 * Accents are optional in what is typed: "pitea" finds Piteå.
 */
export const MunicipalityPicker = memo(function MunicipalityPicker() {
  const { t } = useI18n();
  const municipalities = useMunicipalities().list;
  const selectMunicipality = useViewStore((s) => s.selectMunicipality);
  const [text, setText] = useState('');
  // The box empties when the selection closes (Escape, the panel's close button, Back).
  const selected = useViewStore((s) => s.municipality);
  const [shownFor, setShownFor] = useState(selected);
  if (shownFor !== selected) {
    setShownFor(selected);
    if (!selected) setText('');
  }
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const listId = `${id}-list`;
  const matches = useMemo(() => matchMunicipalities(text, municipalities), [text, municipalities]);
  const activeMatch = open ? matches[Math.min(active, matches.length - 1)] : undefined;

  const choose = (m: Municipality) => {
    selectMunicipality(m.code);
    setText(m.name);
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) setOpen(true);
      else setActive((i) => Math.min(i + 1, matches.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter') {
      if (open && activeMatch) {
        e.preventDefault();
        choose(activeMatch);
      }
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
      } else if (text) {
        setText('');
      }
    }
  };

  return (
    <div className="picker">
      <label htmlFor={`${id}-input`} className="picker__label">
        {t('picker.label')}
      </label>
      <div className="picker__field">
        <input
          ref={inputRef}
          id={`${id}-input`}
          className="picker__input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeMatch ? `${id}-opt-${activeMatch.code}` : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('picker.placeholder')}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(false)}
          onClick={() => setOpen((o) => !o)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={t('picker.label')}
          className="picker__list"
          hidden={!open}
        >
          {matches.length === 0 ? (
            <li className="picker__empty" role="presentation">
              {t('picker.noMatch')}
            </li>
          ) : (
            matches.map((m) => (
              <li
                key={m.code}
                id={`${id}-opt-${m.code}`}
                role="option"
                aria-selected={m === activeMatch}
                className="picker__option"
                // mousedown, not click: the input's blur would close the list first.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(m);
                }}
              >
                {m.name}
                {!m.focus ? <span className="picker__hint"> · {t('picker.outside')}</span> : null}
              </li>
            ))
          )}
        </ul>
      </div>
    </div>
  );
});
