import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Focus moves to the element (a panel's heading) when a panel opens or shows another item
 * (`key` changes), so that a screen reader starts reading there.
 */
export function useFocusOnOpen<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, [key]);
  return ref;
}

/** A side panel's header: its heading (focused on open), a subtitle and a close button. */
export function PanelHeader({
  titleId,
  title,
  subtitle,
  closeLabel,
  onClose,
  focusKey,
}: {
  titleId: string;
  title: string;
  subtitle?: ReactNode;
  closeLabel: string;
  onClose: () => void;
  /** What the panel shows: the heading takes focus again when it changes. */
  focusKey: unknown;
}) {
  const headingRef = useFocusOnOpen<HTMLHeadingElement>(focusKey);
  return (
    <div className="panel__header">
      <div>
        <h2 id={titleId} ref={headingRef} tabIndex={-1} className="panel__title">
          {title}
        </h2>
        {subtitle ? <p className="panel__subtitle">{subtitle}</p> : null}
      </div>
      <button
        type="button"
        className="icon-button"
        aria-label={closeLabel}
        title={closeLabel}
        onClick={onClose}
      >
        ×
      </button>
    </div>
  );
}

/** A titled section of a panel: a landmark-free region named by its own heading. */
export function PanelSection({
  id,
  title,
  className,
  children,
}: {
  id: string;
  title: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h3 id={id} className="panel__section-title">
        {title}
      </h3>
      {children}
    </section>
  );
}
