import { lazy, Suspense, useRef, useState } from 'react';
import type { Project, SuggestionKind } from '../../data/schemas';

const SuggestDialog = lazy(() => import('./SuggestDialog'));

/**
 * A button that opens the suggestion form (loaded on first use); focus returns to it when the
 * form closes.
 */
export function SuggestButton({
  kind,
  label,
  project,
  municipality,
  className = 'button button--quiet button--small',
}: {
  kind: SuggestionKind;
  label: string;
  project?: Project;
  municipality?: string;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className={className}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <SuggestDialog
            kind={kind}
            project={project}
            municipality={municipality}
            onClose={() => {
              setOpen(false);
              // After the modal dialog has closed: while it is open the page behind it is inert.
              requestAnimationFrame(() => button.current?.focus());
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
