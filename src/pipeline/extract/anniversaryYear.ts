// The year an anniversary of relations falls in: stated next to it ("2022 marks the 140th
// anniversary", "in 2027 ... will mark", "(1961-2021)"), or counted from the founding year the
// article gives, or the article's own year.
import type { Doc } from '../doc.ts';

export function anniversaryYear(doc: Doc, start: number, end: number, ordinal: number): number | null {
  const base = doc.year?.value ?? null;
  // "2022 marks the 140th anniversary"
  const lead = /\b(\d{4}),?\s+(?:which\s+|that\s+)?(?:marks|will mark|marked|is|was)\s+(?:the\s+)?$/.exec(
    doc.text.slice(Math.max(0, start - 30), start),
  );
  if (lead) return Number(lead[1]);
  // "commemorating in 2026 the 80th anniversary"
  const inYear = /\bin\s+(\d{4}),?\s+(?:the\s+)?$/.exec(doc.text.slice(Math.max(0, start - 20), start));
  if (inYear) return Number(inYear[1]);
  // "in 2027 the two countries will mark the 35th anniversary"
  const markIn =
    /\bin\s+(\d{4}),?\s+[^.;]{0,60}?\b(?:will mark|marks|mark|will celebrate|celebrates?|will commemorate|commemorates?)\s+(?:the\s+)?$/.exec(
      doc.text.slice(Math.max(0, start - 100), start),
    );
  if (markIn) return Number(markIn[1]);
  // the rest of the sentence: "(1961-2021)", "in 2025", "which falls in 2028", "next year"
  const rest = /^[^.;]{0,120}/.exec(doc.text.slice(end))?.[0] ?? '';
  const explicit = /^\s*\(\d{4}\s*[-–]\s*(\d{4})\)|\b(?:in|falls in|marked in|celebrated in|of)\s+(\d{4})\b/.exec(rest);
  if (explicit) {
    const year = Number(explicit[1] ?? explicit[2]);
    // "the 10th anniversary of the partnership established in 2014": the year it began
    if (base !== null && Math.abs(year + ordinal - base) <= 1 && Math.abs(year - base) > 1) return year + ordinal;
    return year;
  }
  // "which was elevated in December 2023 on the occasion of the 65th anniversary"
  const before =
    /\bin\s+(?:[A-Z][a-z]+\s+)?(\d{4})\s+(?:on the occasion of|to mark|marking|for|during|at)\s+(?:the\s+)?$/.exec(
      doc.text.slice(Math.max(0, start - 60), start),
    );
  if (before) return Number(before[1]);
  if (base === null) return null;
  // "Indonesia and Japan established diplomatic relations on 20 January 1958": the founding
  // year the article states, when it is the ordinal's years before a year near the article's
  const founded =
    /\bestablished (?:diplomatic )?(?:relations|ties)\b[^.;]{0,40}?\b(1[89]\d{2}|20\d{2})\b|\b(?:relations|ties) (?:were|was) established\b[^.;]{0,30}?\b(1[89]\d{2}|20\d{2})\b/.exec(
      doc.text,
    );
  if (founded) {
    const year = Number(founded[1] ?? founded[2]) + ordinal;
    if (Math.abs(year - base) <= 3) return year;
  }
  // "next year the two nations will celebrate the 70th anniversary": before it, in its clause
  const clause = /[^.;,]{0,60}$/.exec(doc.text.slice(Math.max(0, start - 60), start))?.[0] ?? '';
  // or opening the sentence: "Next year, Austria and Montenegro will mark ..."
  const opening = /(?:^|[.!?"]\s+)"?((?:next|last) year),[^.;]{0,80}$/i.exec(
    doc.text.slice(Math.max(0, start - 100), start),
  )?.[1];
  if (opening) return base + (/^next/i.test(opening) ? 1 : -1);
  if (/\bnext year\b/i.test(rest) || /\bnext year\b/i.test(clause)) return base + 1;
  if (/\blast year\b/i.test(rest) || /\blast year\b/i.test(clause)) return base - 1;
  return base;
}
