
/** Building blocks of generated list pages: states, pager, cursor stack, confirm-delete button. */
import { useState, type ReactNode } from "react";

import { ApiError } from "../../api/errors";
import "../../styles/crud.css";

/** The cursor of each page visited so far; going back pops, going forward pushes `next_cursor`. */
export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; stack: (string | null)[] }>({ key: resetKey, stack: [null] });
  const stack = state.key === resetKey ? state.stack : [null];
  return {
    cursor: stack[stack.length - 1] ?? null,
    page: stack.length,
    next: (cursor: string) => {
      setState({ key: resetKey, stack: [...stack, cursor] });
    },
    previous: () => {
      setState({ key: resetKey, stack: stack.length > 1 ? stack.slice(0, -1) : stack });
    },
  };
}

interface PagerProps {
  page: number;
  hasNext: boolean;
  busy: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

export function Pager({ page, hasNext, busy, onPrevious, onNext }: PagerProps) {
  return (
    <nav className="pager" aria-label="Pages">
      <button type="button" className="button button--ghost button--small" disabled={page <= 1 || busy} onClick={onPrevious}>
        ← Previous
      </button>
      <span className="pager__page">Page {page}</span>
      <button type="button" className="button button--ghost button--small" disabled={!hasNext || busy} onClick={onNext}>
        Next →
      </button>
    </nav>
  );
}

export function ListError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const message = error instanceof ApiError ? error.message : "Something went wrong while loading.";
  return (
    <div className="alert alert--error list-state" role="alert">
      <span>{message}</span>
      <button type="button" className="button button--ghost button--small" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty__title">{title}</p>
      {children}
    </div>
  );
}

/** A delete button that asks once more before calling `onConfirm`. */
export function ConfirmButton({ label, confirmLabel, busy, onConfirm }: { label: string; confirmLabel: string; busy: boolean; onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button button--ghost button--small" onClick={() => { setAsking(true); }}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm">
      <button type="button" className="button button--danger button--small" disabled={busy} onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button type="button" className="button button--ghost button--small" onClick={() => { setAsking(false); }}>
        Cancel
      </button>
    </span>
  );
}
