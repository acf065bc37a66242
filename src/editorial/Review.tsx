import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { RECORD_FIELDS, type RecordField } from '../data/schemas';
import type { FieldDiff } from '../domain/catalogue/diff';
import type { Language } from '../domain/language';
import {
  api,
  ApiError,
  errorText,
  type Review,
  type SessionInfo,
  type SuggestionList,
  type SuggestionState,
  type SuggestionSummary,
} from './api';
import { FIELD_LABELS, type EditorialTranslate } from './messages';

/**
 * The review: suggestions by state, and one at a time as a field-by-field diff against the record
 * in the catalogue, with the sender, the corrections and the decision. Everything a sender wrote
 * is shown as text (React escapes it); nothing is rendered as HTML.
 */

const STATES: readonly SuggestionState[] = ['new', 'accepted', 'rejected'];

interface Props {
  t: EditorialTranslate;
  language: Language;
  session: SessionInfo;
  onSessionEnded: () => void;
}

export function ReviewView({ t, language, session, onSessionEnded }: Props) {
  const [state, setState] = useState<SuggestionState>('new');
  const [list, setList] = useState<SuggestionList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const failed = useCallback(
    (failure: unknown) => {
      if (failure instanceof ApiError && failure.status === 401) onSessionEnded();
      else setError(errorText(t, failure));
    },
    [onSessionEnded, t],
  );

  const reload = useCallback(() => {
    api
      .list(state)
      .then((loaded) => {
        setList(loaded);
        setError(null);
      })
      .catch(failed);
  }, [state, failed]);

  useEffect(reload, [reload]);

  const date = (iso: string) =>
    new Date(iso).toLocaleString(language === 'sv' ? 'sv-SE' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });

  return (
    <div className={`review${open ? ' review--open' : ''}`}>
      <section className="review__list" aria-label={t('list.label')}>
        <nav aria-label={t('states.label')}>
          <ul className="review__states">
            {STATES.map((s) => (
              <li key={s}>
                <button
                  type="button"
                  aria-current={s === state ? 'true' : undefined}
                  onClick={() => {
                    setState(s);
                    setOpen(null);
                  }}
                >
                  {t(`state.${s}`, { count: list?.counts[s] ?? '…' })}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        {notice ? (
          <p className="editorial__notice" role="status">
            {notice}
          </p>
        ) : null}
        {error ? (
          <div className="editorial__error" role="alert">
            <p>{error}</p>
            <button type="button" onClick={reload}>
              {t('retry')}
            </button>
          </div>
        ) : null}
        {list && list.state === state ? (
          list.suggestions.length === 0 ? (
            <p>{t('list.empty')}</p>
          ) : (
            <ul className="review__items">
              {list.suggestions.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    className="review__item"
                    aria-current={open === s.id ? 'true' : undefined}
                    onClick={() => {
                      setNotice(null);
                      setOpen(s.id);
                    }}
                  >
                    <span className="review__item-title">{titleOf(s, language)}</span>
                    <span className="review__item-meta">
                      {s.reference} · {t(`kind.${s.kind}`)} ·{' '}
                      {t('received', { date: date(s.receivedAt) })}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )
        ) : error ? null : (
          <p role="status">{t('loading')}</p>
        )}
      </section>
      {open ? (
        <SuggestionDetail
          key={open}
          id={open}
          t={t}
          language={language}
          session={session}
          date={date}
          onFailure={failed}
          onClose={() => setOpen(null)}
          onDecided={(message) => {
            setNotice(message);
            setOpen(null);
            reload();
          }}
        />
      ) : null}
    </div>
  );
}

function titleOf(s: SuggestionSummary, language: Language): string {
  return s.title?.[language] ?? s.title?.sv ?? s.title?.en ?? s.projectId ?? s.reference;
}

function SuggestionDetail({
  id,
  t,
  language,
  session,
  date,
  onFailure,
  onClose,
  onDecided,
}: {
  id: string;
  t: EditorialTranslate;
  language: Language;
  session: SessionInfo;
  date: (iso: string) => string;
  onFailure: (failure: unknown) => void;
  onClose: () => void;
  onDecided: (message: string) => void;
}) {
  const [review, setReview] = useState<Review | null>(null);
  const [editing, setEditing] = useState<RecordField | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const noteId = useId();
  const labels = FIELD_LABELS[language];

  useEffect(() => {
    api.review(id).then(setReview).catch(onFailure);
  }, [id, onFailure]);

  useEffect(() => {
    if (review) heading.current?.focus();
    // Focus the heading once, when the suggestion has loaded.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [review === null]);

  if (!review) return <p role="status">{t('loading')}</p>;
  const { suggestion } = review;
  const decided = suggestion.state !== 'new';

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await work();
    } catch (failure) {
      if (failure instanceof ApiError && (failure.status === 422 || failure.status === 400)) {
        const fields = Object.entries(failure.fields).map(([f, r]) => `${f}: ${r}`);
        setMessage([failure.message, ...fields].join(' '));
      } else if (failure instanceof ApiError && failure.status === 401) {
        onFailure(failure);
      } else {
        setMessage(errorText(t, failure));
      }
    } finally {
      setBusy(false);
    }
  };

  const decide = (decision: 'accept' | 'reject') =>
    act(async () => {
      await api.decide(id, decision, note, session.csrfToken);
      onDecided(t(decision === 'accept' ? 'decision.accepted' : 'decision.rejected'));
    });

  const title = titleOf(
    { ...suggestion, title: suggestion.record?.title ?? review.current?.title ?? null },
    language,
  );

  return (
    <article className="review__detail editorial__card" aria-labelledby={`${id}-heading`}>
      <button type="button" className="link-button" onClick={onClose}>
        {t('detail.back')}
      </button>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <p className="review__meta">
        {suggestion.reference} · {t(`kind.${suggestion.kind}`)} ·{' '}
        {t('received', { date: date(suggestion.receivedAt) })}
        {suggestion.decidedAt
          ? ` · ${t('decided', {
              state: t(`state.word.${suggestion.state}`),
              date: date(suggestion.decidedAt),
              editor: suggestion.decidedBy ?? '',
            })}`
          : null}
      </p>
      <p className="review__meta">
        {suggestion.kind === 'new'
          ? t('detail.newProject', { id: review.publishedId ?? '' })
          : t('detail.project', { id: suggestion.projectId ?? '' })}
      </p>

      <section>
        <h3>{t('detail.sender')}</h3>
        {suggestion.sender ? (
          <p className="review__sender">
            {suggestion.sender.name}, {suggestion.sender.organisation},{' '}
            <a href={`mailto:${suggestion.sender.email}`}>{suggestion.sender.email}</a>
          </p>
        ) : (
          <p>{t('detail.senderErased')}</p>
        )}
        {suggestion.message ? (
          <>
            <h4>{t('detail.message')}</h4>
            <p className="review__message">{suggestion.message}</p>
          </>
        ) : null}
      </section>

      <section>
        <h3>{decided ? t('diff.published') : t('diff.heading')}</h3>
        {review.diff.length === 0 ? <p>{t('diff.none')}</p> : null}
        <ul className="review__diff">
          {review.diff.map((line) => (
            <DiffLine
              key={`${line.field}-${line.language ?? ''}`}
              line={line}
              t={t}
              label={labels[line.field]}
              onCorrect={decided ? undefined : () => setEditing(line.field)}
            />
          ))}
        </ul>
      </section>

      {review.withheldContacts.length > 0 ? (
        <section>
          <h3>{t('withheld.heading')}</h3>
          <p>
            {t('withheld.text', { names: review.withheldContacts.map((c) => c.name).join(', ') })}
          </p>
        </section>
      ) : null}

      {!decided && review.problems.length > 0 ? (
        <section className="review__problems">
          <h3>{t('problems.heading')}</h3>
          <ul>
            {review.problems.map((p) => (
              <li key={`${p.field}-${p.reason}`}>
                <code>{p.field}</code>: {p.reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {!decided ? (
        editing ? (
          <CorrectionForm
            field={editing}
            review={review}
            t={t}
            label={labels[editing]}
            busy={busy}
            onCancel={() => setEditing(null)}
            onSave={(value) =>
              act(async () => {
                setReview(await api.correct(id, editing, value, session.csrfToken));
                setEditing(null);
                setMessage(t('correct.saved'));
              })
            }
          />
        ) : (
          <FieldPicker t={t} labels={labels} onPick={setEditing} />
        )
      ) : null}

      {message ? (
        <p className="editorial__notice" role="status">
          {message}
        </p>
      ) : null}

      {!decided ? (
        <section className="review__decision">
          <h3>{t('decision.heading')}</h3>
          <label htmlFor={noteId}>{t('decision.note')}</label>
          <textarea
            id={noteId}
            value={note}
            maxLength={2000}
            rows={2}
            onChange={(e) => setNote(e.target.value)}
          />
          <div className="review__buttons">
            <button
              type="button"
              className="editorial__primary"
              disabled={busy}
              onClick={() => void decide('accept')}
            >
              {t('decision.accept')}
            </button>
            <button type="button" disabled={busy} onClick={() => void decide('reject')}>
              {t('decision.reject')}
            </button>
          </div>
        </section>
      ) : suggestion.decisionNote ? (
        <p className="review__message">{suggestion.decisionNote}</p>
      ) : null}

      {review.events.length > 0 ? (
        <section>
          <h3>{t('events.heading')}</h3>
          <ul className="review__events">
            {review.events.map((e, at) => (
              <li key={at}>
                {date(e.at)}:{' '}
                {t(`event.${e.action}`, {
                  editor: e.editor,
                  field: e.field ? labels[e.field] : '',
                })}
                {e.note ? ` – ${e.note}` : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

function DiffLine({
  line,
  t,
  label,
  onCorrect,
}: {
  line: FieldDiff;
  t: EditorialTranslate;
  label: string;
  onCorrect?: () => void;
}) {
  const name = line.language ? `${label} (${t(`language.${line.language}`)})` : label;
  return (
    <li className="review__line">
      <div className="review__line-head">
        <h4 lang={line.language}>{name}</h4>
        {onCorrect ? (
          <button type="button" onClick={onCorrect}>
            {t('correct.button', { field: name })}
          </button>
        ) : null}
      </div>
      {line.added || line.removed ? (
        <dl>
          {line.removed && line.removed.length > 0 ? (
            <>
              <dt>{t('diff.removed')}</dt>
              <dd className="review__removed">
                <Value value={line.removed} t={t} />
              </dd>
            </>
          ) : null}
          {line.added && line.added.length > 0 ? (
            <>
              <dt>{t('diff.added')}</dt>
              <dd className="review__added">
                <Value value={line.added} t={t} />
              </dd>
            </>
          ) : null}
          {line.added?.length === 0 && line.removed?.length === 0 ? (
            <>
              <dt>{t('diff.proposed')}</dt>
              <dd>
                <Value value={line.after} t={t} />
              </dd>
            </>
          ) : null}
        </dl>
      ) : (
        <dl lang={line.language}>
          <dt>{t('diff.now')}</dt>
          <dd className="review__removed">
            <Value value={line.before} t={t} />
          </dd>
          <dt>{t('diff.proposed')}</dt>
          <dd className="review__added">
            <Value value={line.after} t={t} />
          </dd>
        </dl>
      )}
    </li>
  );
}

/** A value of a record as text: a list as a list, an object as JSON; never as HTML. */
function Value({ value, t }: { value: unknown; t: EditorialTranslate }) {
  if (value === null || value === undefined || value === '') return <span>{t('diff.empty')}</span>;
  if (typeof value === 'string' || typeof value === 'number') return <span>{String(value)}</span>;
  if (Array.isArray(value)) {
    return (
      <ul className="review__values">
        {value.map((item, at) => (
          <li key={at}>
            <Value value={item} t={t} />
          </li>
        ))}
      </ul>
    );
  }
  return <code className="review__json">{JSON.stringify(value)}</code>;
}

function FieldPicker({
  t,
  labels,
  onPick,
}: {
  t: EditorialTranslate;
  labels: Record<RecordField, string>;
  onPick: (field: RecordField) => void;
}) {
  const id = useId();
  const [field, setField] = useState<RecordField>('summary');
  return (
    <div className="review__picker">
      <label htmlFor={id}>{t('correct.pick')}</label>
      <select id={id} value={field} onChange={(e) => setField(e.target.value as RecordField)}>
        {RECORD_FIELDS.map((f) => (
          <option key={f} value={f}>
            {labels[f]}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => onPick(field)}>
        {t('correct.open')}
      </button>
    </div>
  );
}

const LOCALIZED: ReadonlySet<RecordField> = new Set(['title', 'summary']);
const STRING_LISTS: ReadonlySet<RecordField> = new Set([
  'municipalities',
  'owners',
  'steeringGroup',
  'themes',
  'targetGroups',
  'partners',
  'funding',
]);
const SCALARS: ReadonlySet<RecordField> = new Set(['kind', 'lead', 'period', 'status']);

/** The value a correction starts from: what is proposed, else what the record holds. */
function startingValue(review: Review, field: RecordField): unknown {
  const proposed = review.proposed[field];
  const current = review.current?.[field];
  if (LOCALIZED.has(field)) return { ...(current as object), ...(proposed as object) };
  return proposed !== undefined ? proposed : current;
}

function CorrectionForm({
  field,
  review,
  t,
  label,
  busy,
  onCancel,
  onSave,
}: {
  field: RecordField;
  review: Review;
  t: EditorialTranslate;
  label: string;
  busy: boolean;
  onCancel: () => void;
  onSave: (value: unknown) => void;
}) {
  const id = useId();
  const start = startingValue(review, field);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    if (LOCALIZED.has(field)) {
      onSave({ sv: text('sv').trim(), en: text('en').trim() });
    } else if (STRING_LISTS.has(field)) {
      onSave(
        text('lines')
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      );
    } else if (SCALARS.has(field)) {
      const value = text('value').trim();
      onSave(value === '' ? null : value);
    } else {
      try {
        onSave(JSON.parse(text('json')) as unknown);
      } catch {
        setError(t('correct.notJson'));
      }
    }
  };

  const localized = (start ?? {}) as { sv?: string; en?: string };
  return (
    <form className="review__correction" onSubmit={submit}>
      <h3>{t('correct.heading', { field: label })}</h3>
      {LOCALIZED.has(field) ? (
        <>
          <label htmlFor={`${id}-sv`}>{t('correct.sv')}</label>
          <textarea
            id={`${id}-sv`}
            ref={first}
            name="sv"
            lang="sv"
            rows={field === 'summary' ? 8 : 2}
            defaultValue={localized.sv ?? ''}
          />
          <label htmlFor={`${id}-en`}>{t('correct.en')}</label>
          <textarea
            id={`${id}-en`}
            name="en"
            lang="en"
            rows={field === 'summary' ? 8 : 2}
            defaultValue={localized.en ?? ''}
          />
        </>
      ) : STRING_LISTS.has(field) ? (
        <>
          <label htmlFor={`${id}-lines`}>{t('correct.lines')}</label>
          <textarea
            id={`${id}-lines`}
            ref={first}
            name="lines"
            rows={6}
            defaultValue={Array.isArray(start) ? start.join('\n') : ''}
          />
        </>
      ) : SCALARS.has(field) ? (
        <>
          <label htmlFor={`${id}-value`}>{t('correct.text')}</label>
          <input
            id={`${id}-value`}
            ref={first}
            name="value"
            defaultValue={typeof start === 'string' ? start : ''}
            aria-describedby={`${id}-hint`}
          />
          <p id={`${id}-hint`} className="review__hint">
            {t('correct.empty')}
          </p>
        </>
      ) : (
        <>
          <label htmlFor={`${id}-json`}>{t('correct.json')}</label>
          <textarea
            id={`${id}-json`}
            ref={first}
            name="json"
            rows={8}
            className="review__json"
            defaultValue={JSON.stringify(start ?? null, null, 2)}
          />
        </>
      )}
      {error ? (
        <p className="editorial__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="review__buttons">
        <button type="submit" className="editorial__primary" disabled={busy}>
          {t('correct.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('correct.cancel')}
        </button>
      </div>
    </form>
  );
}
