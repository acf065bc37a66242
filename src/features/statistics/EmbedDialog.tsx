import { useEffect, useId, useRef, useState } from 'react';
import { EMBED_SIZES, embedCode, type EmbedSizeId } from '../../domain/embed-code';
import { useEmbedI18n } from '../../i18n/embed';
import { useViewStore } from '../../state/store';
import { appUrl } from '../../state/url/app-url';
import { pickViewState, serialiseViewState } from '../../state/url/serialise';

/** The width a full-width embed is previewed at (its height is the preset's). */
const FULL_PREVIEW_WIDTH = 1000;

/**
 * The embed builder: the current view as an embed (`embed=1`), in a size to choose, previewed
 * live in a frame of the very code offered, and the iframe code to copy. Loaded on first use.
 */
export default function EmbedDialog({
  title,
  ownData,
  onClose,
}: {
  /** The map's title (useMapTitle): the frame's title for screen readers. */
  title: string;
  /** The map shows the user's own data, which another site cannot see. */
  ownData: boolean;
  onClose: () => void;
}) {
  const t = useEmbedI18n();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  const [sizeId, setSizeId] = useState<EmbedSizeId>('600x450');
  const [scale, setScale] = useState(1);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const query = useViewStore((s) => serialiseViewState({ ...pickViewState(s), embed: true }));
  const url = appUrl(query, '', window.location.origin);
  const size = EMBED_SIZES.find((s) => s.id === sizeId)!;
  const frameTitle = t('embed.frameTitle', { title });
  const code = embedCode(url, frameTitle, size);
  const width = size.width ?? FULL_PREVIEW_WIDTH;

  useEffect(() => {
    const dialog = dialogRef.current!;
    dialog.showModal();
    return () => dialog.close();
  }, []);

  // The preview is the embed at its real size, scaled down to the dialog's width.
  useEffect(() => {
    const box = previewRef.current!;
    // As wide as the dialog, and at most half the window's height.
    const fit = () =>
      setScale(Math.min(1, box.clientWidth / width, (window.innerHeight * 0.4) / size.height));
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    return () => observer.disconnect();
  }, [width, size.height]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog dialog--embed"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id={`${id}-title`} className="panel__title panel__title--small">
        {t('embed.title')}
      </h2>
      <p>{t('embed.intro')}</p>
      {ownData ? <p className="notice">{t('embed.ownData')}</p> : null}
      <fieldset className="facet">
        <legend className="facet__legend">{t('embed.size')}</legend>
        <div className="segmented">
          {EMBED_SIZES.map((s) => (
            <label key={s.id} className="segmented__option">
              <input
                type="radio"
                name={`${id}-size`}
                value={s.id}
                checked={s.id === sizeId}
                onChange={() => {
                  setSizeId(s.id);
                  setCopied('idle');
                }}
              />
              <span>{t(`embed.size.${s.id}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div ref={previewRef} className="embed-preview" role="group" aria-label={t('embed.preview')}>
        <div
          className="embed-preview__box"
          style={{ width: width * scale, height: size.height * scale }}
        >
          <iframe
            src={url}
            title={frameTitle}
            width={width}
            height={size.height}
            style={{ transform: `scale(${scale})` }}
            data-testid="embed-preview"
            referrerPolicy="strict-origin-when-cross-origin"
            sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"
          />
        </div>
      </div>
      <label className="form-field">
        {t('embed.code')}
        <textarea
          className="dialog__textarea"
          readOnly
          rows={4}
          value={code}
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <div className="dialog__actions">
        <span className="dialog__status" role="status">
          {copied === 'copied'
            ? t('embed.copied')
            : copied === 'failed'
              ? t('embed.copyFailed')
              : ''}
        </span>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('embed.close')}
        </button>
        <button type="button" className="button" onClick={() => void copy()}>
          {t('embed.copy')}
        </button>
      </div>
    </dialog>
  );
}
