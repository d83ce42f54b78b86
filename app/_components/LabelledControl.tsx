/** A form control with the label that names it, side by side as siblings: one place for the label's markup. */
import type { ReactNode } from "react";

interface Props {
  /** The control's id (the control itself must carry it); the label points at it. */
  id: string;
  label: string;
  /** Read by screen readers only: for a control whose purpose its placeholder or place already shows. */
  hidden?: boolean;
  /** The visible label's classes (ignored when hidden). */
  className?: string;
  children: ReactNode;
}

export function LabelledControl({ id, label, hidden = false, className, children }: Props) {
  return (
    <>
      <label htmlFor={id} className={hidden ? "sr-only" : className}>
        {label}
      </label>
      {children}
    </>
  );
}
