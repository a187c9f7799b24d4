import { useState } from 'react';

export interface Toast {
  id: string;
  at: string;
  tone: 'info' | 'warning';
  text: string;
}

const SHOW_FOR_MS = 8000;

/** Recent notices in a corner, each for a few seconds, dismissable; read out by screen readers. */
export function Toasts({ notices, now }: { notices: Toast[]; now: number }) {
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  const visible = notices
    .filter((n) => !dismissed.has(n.id) && now - Date.parse(n.at) < SHOW_FOR_MS)
    .slice(-4);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {visible.map((toast) => (
        <div key={toast.id} className={`toast toast--${toast.tone}`}>
          <span>{toast.text}</span>
          <button
            type="button"
            className="button button--ghost button--small"
            aria-label="Dismiss"
            onClick={() => setDismissed(new Set(dismissed).add(toast.id))}
          >
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
