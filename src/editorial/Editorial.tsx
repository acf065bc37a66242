import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import type { Language } from '../domain/language';
import { api, ApiError, errorText, type SessionInfo } from './api';
import { editorialTranslator, type EditorialTranslate } from './messages';
import { ReviewView } from './Review';

/** The editors' page at /redaktion: sign in, then review the suggestions. */

type Phase =
  | { kind: 'loading' }
  | { kind: 'signed-out'; notice?: 'expired' }
  | { kind: 'signed-in'; session: SessionInfo }
  | { kind: 'unavailable'; message: string };

function initialLanguage(): Language {
  const asked = new URLSearchParams(window.location.search).get('lang');
  return asked === 'en' ? 'en' : 'sv';
}

export function Editorial() {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const t = editorialTranslator(language);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('page.title');
    const url = new URL(window.location.href);
    if (language === 'en') url.searchParams.set('lang', 'en');
    else url.searchParams.delete('lang');
    window.history.replaceState(null, '', url);
  }, [language, t]);

  /** Asks the server who is signed in; the answer decides the phase. */
  const askSession = useCallback(() => {
    api
      .session()
      .then((session) =>
        setPhase(
          session.editor === null
            ? { kind: 'signed-out', ...(session.expired ? { notice: 'expired' as const } : {}) }
            : { kind: 'signed-in', session },
        ),
      )
      .catch((error: unknown) => setPhase({ kind: 'unavailable', message: errorText(t, error) }));
    // Only on the first load and on retry: a language switch keeps the phase.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(askSession, [askSession]);

  const retry = () => {
    setPhase({ kind: 'loading' });
    askSession();
  };

  const signOut = async (session: SessionInfo) => {
    await api.signOut(session.csrfToken).catch(() => undefined);
    setPhase({ kind: 'signed-out' });
  };

  return (
    <div className="editorial">
      <header className="editorial__header">
        <div>
          <h1 className="editorial__title">{t('page.heading')}</h1>
          <p className="editorial__intro">{t('page.intro')}</p>
        </div>
        <div className="editorial__tools">
          {phase.kind === 'signed-in' ? (
            <>
              <span>{t('signedInAs', { name: phase.session.editor })}</span>
              <button type="button" onClick={() => void signOut(phase.session)}>
                {t('signOut')}
              </button>
            </>
          ) : null}
          <button
            type="button"
            lang={language === 'sv' ? 'en' : 'sv'}
            onClick={() => setLanguage(language === 'sv' ? 'en' : 'sv')}
          >
            {t('language.switch')}
          </button>
        </div>
      </header>
      <main className="editorial__main">
        {phase.kind === 'loading' ? <p role="status">{t('loading')}</p> : null}
        {phase.kind === 'unavailable' ? (
          <div className="editorial__error" role="alert">
            <p>{phase.message}</p>
            <button type="button" onClick={retry}>
              {t('retry')}
            </button>
          </div>
        ) : null}
        {phase.kind === 'signed-out' ? (
          <SignIn
            t={t}
            notice={phase.notice}
            onSignedIn={(session) => setPhase({ kind: 'signed-in', session })}
          />
        ) : null}
        {phase.kind === 'signed-in' ? (
          <ReviewView
            t={t}
            language={language}
            session={phase.session}
            onSessionEnded={() => setPhase({ kind: 'signed-out', notice: 'expired' })}
          />
        ) : null}
      </main>
    </div>
  );
}

function SignIn({
  t,
  notice,
  onSignedIn,
}: {
  t: EditorialTranslate;
  notice?: 'expired';
  onSignedIn: (session: SessionInfo) => void;
}) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(
    notice === 'expired' ? t('signIn.expired') : null,
  );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await api.signIn(String(form.get('username')), String(form.get('password'))));
    } catch (failure) {
      const status = failure instanceof ApiError ? failure.status : 0;
      setError(
        status === 401
          ? t('signIn.failed')
          : status === 429
            ? t('signIn.limited')
            : errorText(t, failure),
      );
      setBusy(false);
    }
  };

  return (
    <form className="editorial__card editorial__sign-in" onSubmit={(e) => void submit(e)}>
      <h2>{t('signIn.heading')}</h2>
      <label htmlFor={`${id}-username`}>{t('signIn.username')}</label>
      <input
        id={`${id}-username`}
        name="username"
        autoComplete="username"
        required
        maxLength={100}
      />
      <label htmlFor={`${id}-password`}>{t('signIn.password')}</label>
      <input
        id={`${id}-password`}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        maxLength={1000}
      />
      {error ? (
        <p className="editorial__error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="editorial__primary" disabled={busy}>
        {busy ? t('signIn.busy') : t('signIn.submit')}
      </button>
    </form>
  );
}
