import { useI18n } from '../i18n';

/** A load failure said plainly, with a retry; the rest of the page keeps working. */
export function ErrorNotice({
  what,
  detail,
  onRetry,
}: {
  what: string;
  detail?: string;
  onRetry: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="notice notice--error" role="alert">
      <p>
        {t('data.error', { what })}
        {detail ? <span className="notice__detail"> ({detail})</span> : null}
      </p>
      <button type="button" className="button" onClick={onRetry}>
        {t('data.retry')}
      </button>
    </div>
  );
}
