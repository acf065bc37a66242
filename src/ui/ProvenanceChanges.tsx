import type { HistoryEntry, RecordField } from '../data/schemas';
import { useSuggestI18n } from '../i18n/suggest';

/** "Ändrat: namn, beskrivning.": the fields reviewed changes touched, in the reader's language. */
export default function ProvenanceChanges({ fields }: { fields: readonly RecordField[] }) {
  const { t, list } = useSuggestI18n();
  const names = fields.map((field) => t(`field.${field}`).toLocaleLowerCase());
  return <> · {t('provenance.changed', { fields: list(names) })}</>;
}

/** The reviewed changes of a record, newest first, each with its date, fields and reference. */
export function HistoryList({ history }: { history: readonly HistoryEntry[] }) {
  const { t, list } = useSuggestI18n();
  if (history.length === 0) return null;
  return (
    <div className="record-history">
      <h3 className="panel__section-title">{t('provenance.history')}</h3>
      <ul className="plain-list">
        {[...history].reverse().map((entry) => (
          <li key={`${entry.reference}-${entry.date}`}>
            {t('provenance.entry', {
              date: entry.date,
              reference: entry.reference,
              fields:
                entry.kind === 'new'
                  ? t('provenance.kind.new')
                  : list(entry.changes.map((f) => t(`field.${f}`).toLocaleLowerCase())),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
