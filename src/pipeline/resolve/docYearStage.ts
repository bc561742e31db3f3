// The year an undated article is about, inferred from numbered recurring meetings whose dates
// the knowledge base can count ("the 58th ASEAN Foreign Ministers' Meeting" → 2025) and from
// anniversary spans ("60th anniversary ... (1961-2021)"). Marked inferred.
import type { Doc } from '../doc.ts';
import type { Context, Stage } from '../stage.ts';

export const docYearStage: Stage = {
  name: 'resolve-year',
  run(doc: Doc, ctx: Context): Doc {
    if (doc.published) {
      const year = Number(doc.published.value.slice(0, 4));
      return { ...doc, year: { value: year, evidence: { ...doc.published.evidence, rule: 'published-date' } } };
    }
    const votes = new Map<number, { n: number; start: number; end: number; rule: string }>();
    const add = (year: number, start: number, end: number, rule: string) => {
      if (year < 1945 || year > 2100) return;
      const v = votes.get(year);
      if (v) v.n++;
      else votes.set(year, { n: 1, start, end, rule });
    };
    for (const m of doc.mentions) {
      if (m.kind !== 'occasion' || !m.attrs.meeting || !m.attrs.ordinal) continue;
      const meeting = ctx.knowledge.meetings.get(m.attrs.meeting);
      if (!meeting?.anchor || meeting.perYear <= 0) continue;
      const offset = (Number(m.attrs.ordinal) - meeting.anchor.ordinal) / meeting.perYear;
      add(meeting.anchor.year + Math.floor(offset), m.start, m.end, `numbered-meeting:${meeting.key}`);
    }
    // "(1961-2021)" right after "Nth anniversary": the span's end is the anniversary year
    const re = /(\d{1,3})(?:st|nd|rd|th) anniversary[^()]{0,80}\((\d{4})\s*[-–]\s*(\d{4})\)/g;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const [, ord, from, to] = m;
      if (Number(to) - Number(from) === Number(ord))
        add(Number(to), m.index, m.index + m[0].length, 'anniversary-span');
    }
    const since =
      /\bthis year marks (?:the )?(\d{1,3})(?:\s+years|(?:st|nd|rd|th) anniversary)\b[^.]{0,160}?\bin (\d{4})\b/gi;
    for (let m = since.exec(doc.text); m; m = since.exec(doc.text))
      add(Number(m[2]) + Number(m[1]), m.index, m.index + m[0].length, 'this-year-marks');
    let best: [number, { n: number; start: number; end: number; rule: string }] | null = null;
    for (const e of votes) if (!best || e[1].n > best[1].n) best = e;
    if (!best) return doc;
    return {
      ...doc,
      year: {
        value: best[0],
        evidence: { start: best[1].start, end: best[1].end, rule: best[1].rule, provenance: 'inferred' },
      },
    };
  },
};
