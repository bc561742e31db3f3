// A visit dated by one day and told with its length: "Today, the Minister concluded a three-day
// visit to Japan" ended that day and began two days before; "began a two-day visit" the reverse.
import type { Doc, Located } from '../doc.ts';
import type { EventDraft } from './draft.ts';
import { addDays } from './resolveDate.ts';
import type { SentenceView } from './sentenceView.ts';

const LENGTHS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const TOLD =
  /\b(concluded|concludes|wrapped up|wraps up|ended|ends|completed|completes|began|begins|started|starts|kicked off|kicks off|opened|opens) (?:a|an|her|his|their|the) (two|three|four|five|six|seven|[2-7])-day (?:\w+ )?visit\b/i;

export function visitDays(
  doc: Doc,
  d: EventDraft,
  views: readonly SentenceView[],
  date: Located<string> | null,
): Located<string> | null {
  if (d.type !== 'visit' || !date || date.value.includes('/')) return date;
  for (const t of d.triggers) {
    const v = views[t.sentence];
    if (!v || v.first < 0) continue;
    const m = TOLD.exec(doc.text.slice(doc.tokens[v.first]!.start, doc.tokens[v.end - 1]!.end));
    if (!m) continue;
    const days = LENGTHS[m[2]!.toLowerCase()] ?? Number(m[2]);
    const ended = /^(conclu|wrap|end|complet)/i.test(m[1]!);
    const value = ended
      ? `${addDays(date.value, -(days - 1))}/${date.value}`
      : `${date.value}/${addDays(date.value, days - 1)}`;
    return { value, evidence: { ...date.evidence, rule: 'visit-length', provenance: 'inferred' } };
  }
  return date;
}
