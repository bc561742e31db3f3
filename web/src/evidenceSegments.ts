// Splits an article into text segments by evidence spans, so the article view can wrap the
// highlighted ones in <mark> while every character stays a text node (never HTML). Spans may
// overlap, nest, fall outside the text or be malformed: they are clamped or dropped.

export interface Highlight {
  start: number;
  end: number;
  /** What the span is evidence for: 'event', 'date', 'topic', 'participant'... */
  kind: string;
  /** The span the user asked to see (scrolled to, drawn stronger). */
  focus?: boolean;
}

export interface Segment {
  text: string;
  start: number;
  /** Kinds of the highlights covering this segment, sorted; empty for plain text. */
  kinds: string[];
  focus: boolean;
}

function valid(h: Highlight, length: number): Highlight | null {
  if (!Number.isInteger(h.start) || !Number.isInteger(h.end)) return null;
  const start = Math.max(0, Math.min(length, h.start));
  const end = Math.max(0, Math.min(length, h.end));
  return end > start ? { ...h, start, end } : null;
}

export function evidenceSegments(text: string, highlights: readonly Highlight[]): Segment[] {
  const spans = highlights.map((h) => valid(h, text.length)).filter((h): h is Highlight => h !== null);
  const cuts = new Set<number>([0, text.length]);
  for (const h of spans) cuts.add(h.start).add(h.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    if (end <= start) continue;
    const covering = spans.filter((h) => h.start <= start && h.end >= end);
    const kinds = [...new Set(covering.map((h) => h.kind))].sort();
    const focus = covering.some((h) => h.focus === true);
    const prev = out[out.length - 1];
    if (prev && kinds.length === 0 && prev.kinds.length === 0) {
      prev.text += text.slice(start, end);
      continue;
    }
    out.push({ text: text.slice(start, end), start, kinds, focus });
  }
  return out;
}
