// Loading and error states, announced to screen readers (role=status / role=alert).
import type { ComponentChildren, VNode } from 'preact';
import { useState } from 'preact/hooks';

export function Loading({ what }: { what: string }) {
  return (
    <p class="status" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function ErrorBox({ error, children }: { error: Error | string; children?: ComponentChildren }) {
  return (
    <div class="error" role="alert">
      <p>{typeof error === 'string' ? error : error.message}</p>
      {children}
    </div>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="empty">{children}</p>;
}

/** A section with a heading that is its accessible name. */
export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}

/** The first `limit` children, and a button that shows the rest (long dossier lists). */
export function Capped<T>({
  items,
  limit,
  render,
}: {
  items: T[];
  limit: number;
  render: (item: T, i: number) => VNode;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, limit);
  return (
    <>
      <ul class="plain">{shown.map(render)}</ul>
      {items.length > limit ? (
        <button type="button" class="link" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${items.length}`}
        </button>
      ) : null}
    </>
  );
}
