import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useCatalogue } from '../../data-hooks/catalogue';
import { useMunicipalities } from '../../data-hooks/municipalities';
import {
  ProjectKindSchema,
  ProjectStatusSchema,
  type Project,
  type SuggestionKind,
} from '../../data/schemas';
import { useSuggestI18n, type SuggestMessageKey } from '../../i18n/suggest';
import type { MessageKey } from '../../i18n';
import { download } from '../../ui/download';
import { browserStorage, clearDraft, draftKey, loadDraft, saveDraft } from './drafts';
import { enqueue, flushQueue, onQueueSent, readQueue, readReceipts } from './queue';
import { hasSuggestionsApi, sendSuggestion, suggestionsEndpoint } from './send';
import {
  emptyContact,
  problemKind,
  problemsFor,
  problemsOf,
  serverProblems,
  suggestionOf,
  valuesOf,
  type ContactValues,
  type FormValues,
} from './suggest-form';
import './suggest.css';

type Phase =
  | { kind: 'editing' }
  | { kind: 'sending' }
  | { kind: 'sent'; reference: string }
  | { kind: 'queued'; key: string }
  | { kind: 'static' };

export interface SuggestDialogProps {
  kind: SuggestionKind;
  /** The record a change or an end is about. */
  project?: Project;
  /** A new project suggested from a municipality's panel starts there. */
  municipality?: string;
  onClose: () => void;
}

/**
 * The suggestion form: a new project, a change to a record (every field, prefilled), or that a
 * project has ended. Checked in the browser by the schema the server checks with; kept as a draft
 * in the browser until sent; queued when offline and sent when the network returns; on a static
 * host without the API, offered as a file. A modal dialog (a full-screen sheet on a phone):
 * focus stays in it, Escape closes it, focus returns to the button that opened it.
 */
export default function SuggestDialog({
  kind,
  project,
  municipality,
  onClose,
}: SuggestDialogProps) {
  const { t, language } = useSuggestI18n();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const catalogue = useCatalogue();
  const municipalities = useMunicipalities();
  const storage = useMemo(() => browserStorage(), []);
  const key = draftKey(kind, project?.id ?? municipality);
  const endpoint = useMemo(() => suggestionsEndpoint(), []);
  const [initial] = useState(() => {
    const base = valuesOf(project, municipality);
    const draft = loadDraft(storage, key, base);
    return { values: draft ?? base, restored: draft !== null };
  });
  const [values, setValues] = useState<FormValues>(initial.values);
  const [restored, setRestored] = useState(initial.restored);
  const [draftOk, setDraftOk] = useState(true);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [showSummary, setShowSummary] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'editing' });
  const [api, setApi] = useState<boolean | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [queueFailed, setQueueFailed] = useState(false);
  const [waiting, setWaiting] = useState(() => readQueue(storage).length);
  const receipts = useMemo(() => readReceipts(storage), [storage]);

  useEffect(() => {
    const dialog = dialogRef.current!;
    if (!dialog.open) dialog.showModal();
    return () => dialog.close();
  }, []);

  useEffect(() => {
    let live = true;
    void hasSuggestionsApi(endpoint.url).then((found) => {
      if (live) setApi(found);
    });
    return () => {
      live = false;
    };
  }, [endpoint.url]);

  // A queued suggestion is sent when the network returns; its receipt shows here.
  useEffect(() => {
    const flush = () => void flushQueue(storage).then(setWaiting);
    const stop = onQueueSent((receipt) => {
      setWaiting(readQueue(storage).length);
      setPhase((p) =>
        p.kind === 'queued' && p.key === receipt.key
          ? { kind: 'sent', reference: receipt.reference }
          : p,
      );
    });
    window.addEventListener('online', flush);
    return () => {
      stop();
      window.removeEventListener('online', flush);
    };
  }, [storage]);

  const update = (change: Partial<FormValues>) => {
    const next = { ...values, ...change };
    setValues(next);
    setDraftOk(saveDraft(storage, key, next));
    if (showSummary) setProblems(problemsOf(suggestionOf(kind, next, project)));
  };

  const suggestion = () => suggestionOf(kind, values, project);
  const titleOf = () =>
    project?.title[language] ?? (values.title[language] || values.title.sv || values.title.en);

  const focusFirstProblem = (found: Record<string, string>) => {
    window.requestAnimationFrame(() => {
      const first = dialogRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      first?.focus();
      if (!first) dialogRef.current?.querySelector<HTMLElement>('.suggest__summary')?.focus();
    });
    return found;
  };

  const offerFile = () =>
    download(
      `integrationskartan-forslag-${project?.id ?? 'nytt'}.json`,
      new Blob([`${JSON.stringify(suggestion(), null, 2)}\n`], { type: 'application/json' }),
    );

  const send = async () => {
    const body = suggestion();
    const found = problemsOf(body);
    setProblems(found);
    setShowSummary(true);
    setRefused(null);
    if (Object.keys(found).length > 0) {
      focusFirstProblem(found);
      return;
    }
    if (api === false && !endpoint.configured) {
      setPhase({ kind: 'static' });
      return;
    }
    setPhase({ kind: 'sending' });
    const outcome = await sendSuggestion(body, endpoint.url);
    if (outcome.kind === 'sent') {
      clearDraft(storage, key);
      setPhase({ kind: 'sent', reference: outcome.reference });
    } else if (outcome.kind === 'offline') {
      const queued = enqueue(storage, {
        endpoint: endpoint.url,
        suggestion: body,
        title: titleOf(),
      });
      if (queued) {
        clearDraft(storage, key);
        setWaiting(readQueue(storage).length);
        setPhase({ kind: 'queued', key: queued.key });
      } else {
        setQueueFailed(true);
        setPhase({ kind: 'editing' });
      }
    } else if (outcome.kind === 'no-server') {
      setPhase({ kind: endpoint.configured ? 'editing' : 'static' });
      if (endpoint.configured) setRefused(t('suggest.refused', { message: '404' }));
    } else if (outcome.kind === 'invalid') {
      setPhase({ kind: 'editing' });
      const fields = serverProblems(outcome.fields);
      setProblems(focusFirstProblem(fields));
      if (Object.keys(fields).length === 0)
        setRefused(t('suggest.refused', { message: outcome.error }));
    } else {
      setPhase({ kind: 'editing' });
      setRefused(
        outcome.status === 429
          ? t('suggest.refused.429')
          : outcome.status === 413
            ? t('suggest.refused.413')
            : t('suggest.refused', { message: outcome.error || String(outcome.status) }),
      );
    }
  };

  const problemText = (message: string) => {
    const kind = problemKind(message);
    return t(`suggest.problem.${kind}`, { message });
  };
  const fieldId = (field: string) => `${id}-${field.replace(/\./g, '-')}`;
  /** The messages of a field (and its items), under it, named by the control. */
  const problemsOfField = (field: string, exact = false) => {
    const found = exact
      ? problems[field]
        ? [problems[field]!]
        : []
      : problemsFor(problems, field);
    const texts = [...new Set(found.map(problemText))];
    return texts.length > 0 ? (
      <span id={`${fieldId(field)}-problem`} className="suggest__problem">
        {texts.join(' ')}
      </span>
    ) : null;
  };
  const invalid = (field: string, exact = false) =>
    (exact ? Boolean(problems[field]) : problemsFor(problems, field).length > 0) || undefined;
  const describedBy = (field: string, hint?: string, exact = false) =>
    [hint, invalid(field, exact) ? `${fieldId(field)}-problem` : null].filter(Boolean).join(' ') ||
    undefined;

  const text = (
    field: string,
    label: string,
    value: string,
    onChange: (value: string) => void,
    options: {
      multiline?: boolean;
      hint?: string;
      required?: boolean;
      type?: string;
      autoComplete?: string;
      exact?: boolean;
      lang?: string;
    } = {},
  ) => {
    const hintId = options.hint ? `${fieldId(field)}-hint` : undefined;
    const Control = options.multiline ? 'textarea' : 'input';
    return (
      <div className="form-field">
        <label htmlFor={fieldId(field)}>
          {label}
          {options.required ? (
            <span className="suggest__required"> {t('suggest.required')}</span>
          ) : null}
        </label>
        {options.hint ? (
          <span id={hintId} className="form-field__hint">
            {options.hint}
          </span>
        ) : null}
        <Control
          id={fieldId(field)}
          className="picker__input"
          value={value}
          type={options.multiline ? undefined : (options.type ?? 'text')}
          rows={options.multiline ? 3 : undefined}
          lang={options.lang}
          autoComplete={options.autoComplete ?? 'off'}
          aria-invalid={invalid(field, options.exact)}
          aria-describedby={describedBy(field, hintId, options.exact)}
          onChange={(e) => onChange(e.target.value)}
        />
        {problemsOfField(field, options.exact)}
      </div>
    );
  };

  const bilingual = (field: 'title' | 'summary', multiline: boolean) => (
    <fieldset
      className="suggest__group"
      aria-describedby={invalid(field, true) ? `${fieldId(field)}-problem` : undefined}
    >
      <legend>
        {t(`field.${field}`)}
        {kind === 'new' ? (
          <span className="suggest__required"> {t('suggest.required')}</span>
        ) : null}
      </legend>
      {(['sv', 'en'] as const).map((lang) =>
        text(
          `${field}.${lang}`,
          `${t(`field.${field}`)} (${t(`suggest.${lang}`)})`,
          values[field][lang],
          (value) => update({ [field]: { ...values[field], [lang]: value } }),
          { multiline, lang, exact: true },
        ),
      )}
      {problemsOfField(field, true)}
    </fieldset>
  );

  const choices = (
    field: 'themes' | 'targetGroups' | 'municipalities',
    items: { id: string; label: string }[],
    required: boolean,
  ) => (
    <fieldset
      className="suggest__group"
      aria-describedby={invalid(field) ? `${fieldId(field)}-problem` : undefined}
    >
      <legend>
        {t(`field.${field}`)}
        {required ? <span className="suggest__required"> {t('suggest.required')}</span> : null}
      </legend>
      <ul className="suggest__choices">
        {items.map((item) => (
          <li key={item.id}>
            <label className="suggest__choice">
              <input
                type="checkbox"
                checked={values[field].includes(item.id)}
                aria-invalid={invalid(field)}
                onChange={(e) =>
                  update({
                    [field]: e.target.checked
                      ? [...values[field], item.id]
                      : values[field].filter((v) => v !== item.id),
                  })
                }
              />
              {item.label}
            </label>
          </li>
        ))}
      </ul>
      {problemsOfField(field)}
    </fieldset>
  );

  const lines = (
    field: 'owners' | 'steeringGroup' | 'partners' | 'funding' | 'links',
    hint: string,
  ) =>
    text(field, t(`field.${field}`), values[field], (value) => update({ [field]: value }), {
      multiline: true,
      hint,
    });

  const nameOf = (code: string) => municipalities.byCode.get(code)?.name ?? code;
  const municipalityItems = [
    ...new Set([...municipalities.list.map((m) => m.code), ...values.municipalities]),
  ].map((code) => ({ id: code, label: nameOf(code) }));
  const vocabulary = (items?: Map<string, { id: string; label: { sv: string; en: string } }>) =>
    [...(items?.values() ?? [])].map((v) => ({ id: v.id, label: v.label[language] }));

  const contact = (c: ContactValues, i: number) => {
    const set = (change: Partial<ContactValues>) =>
      update({ contacts: values.contacts.map((x, j) => (j === i ? { ...x, ...change } : x)) });
    const sub = (part: keyof Omit<ContactValues, 'agreed'>, type = 'text', autoComplete = 'off') =>
      text(
        `contacts.${i}.${part}`,
        t(`suggest.contact.${part}`),
        c[part],
        (value) => set({ [part]: value }),
        {
          type,
          autoComplete,
          required: part === 'name',
          exact: true,
        },
      );
    return (
      <fieldset key={i} className="suggest__group suggest__contact">
        <legend>{t('suggest.contact', { n: i + 1 })}</legend>
        {sub('name')}
        {sub('role')}
        {sub('organisation')}
        {sub('email', 'email')}
        {sub('phone', 'tel')}
        <label className="suggest__choice">
          <input
            type="checkbox"
            checked={c.agreed}
            onChange={(e) => set({ agreed: e.target.checked })}
          />
          {t('suggest.contact.agreed')}
        </label>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => update({ contacts: values.contacts.filter((_, j) => j !== i) })}
        >
          {t('suggest.contact.remove', { n: i + 1 })}
        </button>
      </fieldset>
    );
  };

  const recordFields = (): ReactNode => (
    <>
      <div className="form-field">
        <label htmlFor={fieldId('kind')}>
          {t('field.kind')}
          {kind === 'new' ? (
            <span className="suggest__required"> {t('suggest.required')}</span>
          ) : null}
        </label>
        <select
          id={fieldId('kind')}
          className="picker__input"
          value={values.kind}
          aria-invalid={invalid('kind')}
          aria-describedby={describedBy('kind')}
          onChange={(e) => update({ kind: e.target.value as FormValues['kind'] })}
        >
          <option value="">{t('suggest.none')}</option>
          {ProjectKindSchema.options.map((k) => (
            <option key={k} value={k}>
              {t(`project.kind.${k}` as MessageKey)}
            </option>
          ))}
        </select>
        {problemsOfField('kind')}
      </div>
      <p className="form-field__hint">{t('suggest.oneLanguage')}</p>
      {bilingual('title', false)}
      {bilingual('summary', true)}
      {choices('municipalities', municipalityItems, kind === 'new')}
      <div className="form-field">
        <label htmlFor={fieldId('lead')}>{t('field.lead')}</label>
        <select
          id={fieldId('lead')}
          className="picker__input"
          value={values.lead}
          aria-invalid={invalid('lead')}
          aria-describedby={describedBy('lead')}
          onChange={(e) => update({ lead: e.target.value })}
        >
          <option value="">{t('suggest.noLead')}</option>
          {values.municipalities.map((code) => (
            <option key={code} value={code}>
              {nameOf(code)}
            </option>
          ))}
        </select>
        {problemsOfField('lead')}
      </div>
      {values.municipalities
        .filter((code) => code !== values.lead)
        .map((code) => (
          <div key={code} className="form-field">
            <label htmlFor={fieldId(`municipalityRoles.${code}`)}>
              {t('suggest.role', { name: nameOf(code) })}
            </label>
            <select
              id={fieldId(`municipalityRoles.${code}`)}
              className="picker__input"
              value={values.roles[code] ?? ''}
              onChange={(e) =>
                update({
                  roles: { ...values.roles, [code]: e.target.value as FormValues['roles'][string] },
                })
              }
            >
              <option value="">{t('suggest.role.none')}</option>
              <option value="partner">{t('project.role.partner')}</option>
              <option value="host">{t('project.role.host')}</option>
            </select>
          </div>
        ))}
      {lines('owners', t('suggest.lines'))}
      {lines('steeringGroup', t('suggest.lines'))}
      {choices('themes', vocabulary(catalogue?.themes), kind === 'new')}
      {choices('targetGroups', vocabulary(catalogue?.targetGroups), kind === 'new')}
      {lines('partners', t('suggest.lines'))}
      {lines('funding', t('suggest.lines'))}
      {text('period', t('field.period'), values.period, (period) => update({ period }))}
      <div className="form-field">
        <label htmlFor={fieldId('status')}>{t('field.status')}</label>
        <select
          id={fieldId('status')}
          className="picker__input"
          value={values.status}
          onChange={(e) => update({ status: e.target.value as FormValues['status'] })}
        >
          <option value="">{t('suggest.none')}</option>
          {ProjectStatusSchema.options.map((s) => (
            <option key={s} value={s}>
              {t(`project.status.${s}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      {lines('links', t('suggest.linksHint'))}
      <fieldset className="suggest__group">
        <legend>{t('field.facts')}</legend>
        {(['sv', 'en'] as const).map((lang) =>
          text(
            `facts.${lang}`,
            `${t('field.facts')} (${t(`suggest.${lang}`)})`,
            values.facts[lang],
            (value) => update({ facts: { ...values.facts, [lang]: value } }),
            { multiline: true, lang, hint: t('suggest.lines'), exact: true },
          ),
        )}
        {problemsOfField('facts')}
      </fieldset>
      <fieldset className="suggest__group">
        <legend>{t('field.contacts')}</legend>
        {values.contacts.map(contact)}
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => update({ contacts: [...values.contacts, emptyContact()] })}
        >
          {t('suggest.contact.add')}
        </button>
      </fieldset>
    </>
  );

  const problemCount = Object.keys(problems).length;
  const titleKey: SuggestMessageKey = `suggest.title.${kind}`;
  const done = phase.kind === 'sent' || phase.kind === 'queued';

  return (
    <dialog
      ref={dialogRef}
      className="dialog suggest"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onCancel={onClose}
      data-testid="suggest-dialog"
    >
      <div className="suggest__head">
        <h2 id={`${id}-title`} className="panel__title panel__title--small">
          {t(titleKey)}
        </h2>
        <button type="button" className="button button--quiet button--small" onClick={onClose}>
          {t('suggest.close')}
        </button>
      </div>
      {project ? (
        <p className="suggest__of">{t('suggest.of', { title: project.title[language] })}</p>
      ) : null}
      {phase.kind === 'sent' ? (
        <div className="notice suggest__receipt" role="status" data-testid="suggest-receipt">
          <h3 className="panel__section-title">{t('suggest.receipt.title')}</h3>
          <p>{t('suggest.receipt', { reference: phase.reference })}</p>
        </div>
      ) : phase.kind === 'queued' ? (
        <div className="notice" role="status" data-testid="suggest-queued">
          <h3 className="panel__section-title">{t('suggest.queued.title')}</h3>
          <p>{t('suggest.queued')}</p>
        </div>
      ) : phase.kind === 'static' ? (
        <div className="notice" role="status" data-testid="suggest-static">
          <p>{t('suggest.static')}</p>
          <button type="button" className="button" onClick={offerFile}>
            {t('suggest.download')}
          </button>
        </div>
      ) : null}
      {done ? (
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('suggest.close')}
          </button>
        </div>
      ) : (
        <form
          className="suggest__form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void send();
          }}
        >
          <p>{t(`suggest.intro.${kind}`)}</p>
          <p className="form-field__hint">{t('suggest.plainText')}</p>
          {api === false && !endpoint.configured && phase.kind !== 'static' ? (
            <p className="notice" data-testid="suggest-static-notice">
              {t('suggest.static')}
            </p>
          ) : null}
          {endpoint.configured ? (
            <p className="form-field__hint">
              {t('suggest.remote', { host: new URL(endpoint.url).host })}
            </p>
          ) : null}
          {restored ? (
            <p className="notice suggest__draft">
              {t('suggest.draft.restored')}{' '}
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => {
                  const base = valuesOf(project, municipality);
                  setValues(base);
                  clearDraft(storage, key);
                  setRestored(false);
                  setProblems({});
                }}
              >
                {t('suggest.draft.discard')}
              </button>
            </p>
          ) : null}
          {waiting > 0 ? (
            <p className="form-field__hint">{t('suggest.queuedCount', { count: waiting })}</p>
          ) : null}
          {receipts.length > 0 ? (
            <p className="form-field__hint">
              {t('suggest.sentEarlier', { list: receipts.map((r) => r.reference).join(', ') })}
            </p>
          ) : null}
          {kind === 'ended' ? null : (
            <fieldset className="suggest__section">
              <legend className="panel__section-title">{t('suggest.record')}</legend>
              {recordFields()}
            </fieldset>
          )}
          {text(
            'message',
            kind === 'ended' ? t('suggest.message.ended') : t('suggest.message'),
            values.message,
            (message) => update({ message }),
            { multiline: true, hint: t('suggest.message.hint'), exact: true },
          )}
          {problemsOfField('record', true)}
          <fieldset className="suggest__section">
            <legend className="panel__section-title">{t('suggest.sender')}</legend>
            <p id={`${id}-consent-text`} className="suggest__consent-text">
              {t('suggest.consent.text')}
            </p>
            {text(
              'sender.name',
              t('suggest.sender.name'),
              values.sender.name,
              (name) => update({ sender: { ...values.sender, name } }),
              { required: true, autoComplete: 'name' },
            )}
            {text(
              'sender.organisation',
              t('suggest.sender.organisation'),
              values.sender.organisation,
              (organisation) => update({ sender: { ...values.sender, organisation } }),
              { required: true, autoComplete: 'organization' },
            )}
            {text(
              'sender.email',
              t('suggest.sender.email'),
              values.sender.email,
              (email) => update({ sender: { ...values.sender, email } }),
              { required: true, type: 'email', autoComplete: 'email' },
            )}
            <label className="suggest__choice">
              <input
                id={fieldId('consent')}
                type="checkbox"
                checked={values.consent}
                aria-invalid={invalid('consent')}
                aria-describedby={[
                  `${id}-consent-text`,
                  invalid('consent') ? `${fieldId('consent')}-problem` : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
                onChange={(e) => update({ consent: e.target.checked })}
              />
              {t('suggest.consent')}
            </label>
            {problemsOfField('consent')}
          </fieldset>
          <div className="suggest__website" aria-hidden="true">
            <label>
              {t('suggest.website')}
              <input
                name="website"
                tabIndex={-1}
                autoComplete="off"
                value={values.website}
                onChange={(e) => update({ website: e.target.value })}
              />
            </label>
          </div>
          <p className="form-field__hint">{draftOk ? t('suggest.draft.saved') : null}</p>
          {!draftOk ? (
            <p className="notice notice--error" role="alert">
              {t('suggest.draft.failed')}
            </p>
          ) : null}
          {queueFailed ? (
            <div className="notice notice--error" role="alert">
              <p>{t('suggest.queue.failed')}</p>
              <button type="button" className="button button--quiet" onClick={offerFile}>
                {t('suggest.download')}
              </button>
            </div>
          ) : null}
          {refused ? (
            <p className="notice notice--error" role="alert">
              {refused}
            </p>
          ) : null}
          {showSummary && problemCount > 0 ? (
            <p className="notice notice--error suggest__summary" role="alert" tabIndex={-1}>
              {t('suggest.problems', { count: problemCount })}
            </p>
          ) : null}
          <div className="dialog__actions">
            <button type="button" className="button button--quiet" onClick={onClose}>
              {t('suggest.cancel')}
            </button>
            <button type="submit" className="button" disabled={phase.kind === 'sending'}>
              {phase.kind === 'sending' ? t('suggest.sending') : t('suggest.send')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
