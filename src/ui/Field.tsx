import { cloneElement, useId, type ReactElement } from 'react';

/**
 * A labelled control of the sidebar: the label above the control (an input or a select), which
 * gets the id the label points to.
 */
export function Field({
  label,
  className,
  children,
}: {
  label: string;
  className: string;
  children: ReactElement<{ id?: string; className?: string }>;
}) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="picker__label">
        {label}
      </label>
      {cloneElement(children, { id, className: 'picker__input' })}
    </div>
  );
}
