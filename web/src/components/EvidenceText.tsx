// An article's text with evidence spans wrapped in <mark>. Every piece of the article is a text
// node (Preact escapes strings), so markup in an article shows as characters and never runs.
import { useEffect, useRef } from 'preact/hooks';
import { evidenceSegments, type Highlight } from '../evidenceSegments.ts';

export const KIND_LABELS: Record<string, string> = {
  event: 'the engagement',
  date: 'date',
  place: 'place',
  occasion: 'occasion',
  topic: 'topic',
  request: 'request',
  participant: 'participant',
};

export function EvidenceText({ text, highlights }: { text: string; highlights: Highlight[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const segments = evidenceSegments(text, highlights);
  const focusKey = highlights
    .filter((h) => h.focus)
    .map((h) => `${h.start}-${h.end}`)
    .join(',');
  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('mark.focus');
    if (!first) return;
    first.scrollIntoView({ block: 'center' });
    first.focus({ preventScroll: true });
  }, [text, focusKey]);
  return (
    <div class="article-text" ref={ref} data-testid="article-text">
      {segments.map((s) =>
        s.kinds.length === 0 ? (
          s.text
        ) : (
          <mark
            key={s.start}
            class={`${s.kinds.map((k) => `ev-${k}`).join(' ')}${s.focus ? ' focus' : ''}`}
            title={`evidence: ${s.kinds.map((k) => KIND_LABELS[k] ?? k).join(', ')}`}
            tabIndex={s.focus ? -1 : undefined}
          >
            {s.text}
          </mark>
        ),
      )}
    </div>
  );
}

export function EvidenceLegend() {
  return (
    <p class="legend" aria-label="Highlight colours">
      {Object.entries(KIND_LABELS).map(([kind, name]) => (
        <mark key={kind} class={`ev-${kind}`}>
          {name}
        </mark>
      ))}
      <mark class="ev-event focus">asked for</mark>
    </p>
  );
}
