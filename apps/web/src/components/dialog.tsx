import { type ReactNode, useEffect, useRef } from 'react';

interface DialogProps {
  title: string;
  open: boolean;
  onClose(): void;
  children: ReactNode;
}

/** A modal on the native <dialog> element: focus trapping and Escape come with it. */
export function Dialog({ title, open, onClose, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-label={title} onClose={onClose}>
      <header className="dialog__header">
        <h2>{title}</h2>
        <button type="button" className="button button--ghost" aria-label="Close" onClick={onClose}>
          ✕
        </button>
      </header>
      {open ? children : null}
    </dialog>
  );
}
