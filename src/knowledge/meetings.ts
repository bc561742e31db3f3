// Recurring meetings and fora (UNGA, AMM, G20 summit, Davos, ...) with the printed forms of their
// names, how a numbered instance is named, and one real instance to count from.
// Hand-compiled in data/meetings.json (see SOURCES.md); read lazily.
import { readFileSync } from 'node:fs';

export interface MeetingInfo {
  key: string;
  /** Printed forms incl. acronyms and variants; always includes `canonical`. */
  names: string[];
  canonical: string;
  /**
   * How a numbered instance is named. Placeholders: {ordinal} ("58th"), {n} ("58"),
   * {canonical}. E.g. "{ordinal} session of the {canonical}", "COP{n}".
   */
  template: string;
  /**
   * A real known instance. When perYear > 1 it is the first instance of its year
   * (UNHRC 55th session = first of 2024). Null when not numbered or not known with confidence.
   */
  anchor: { ordinal: number; year: number } | null;
  /** Instances per year (3, 2, 1, 0.5 biennial, 0.25 ...); 0 = irregular or not periodic. */
  perYear: number;
  /** Only when the venue is fixed. */
  venue: { city: string | null; country: string } | null;
  org: string | null;
}

export function loadMeetings(): MeetingInfo[] {
  const url = new URL('./data/meetings.json', import.meta.url);
  const raw = JSON.parse(readFileSync(url, 'utf8')) as MeetingInfo[];
  return raw.map((m) => {
    const seen = new Set<string>();
    const names: string[] = [];
    for (const n of [m.canonical, ...m.names]) {
      // Also accept the typographic apostrophe ("Ministers’ Meeting").
      for (const v of n.includes("'") ? [n, n.replace(/'/g, '\u2019')] : [n]) {
        if (seen.has(v.toLowerCase())) continue;
        seen.add(v.toLowerCase());
        names.push(v);
      }
    }
    return {
      key: m.key,
      names,
      canonical: m.canonical,
      template: m.template,
      anchor: m.anchor ? { ...m.anchor } : null,
      perYear: m.perYear,
      venue: m.venue ? { ...m.venue } : null,
      org: m.org,
    };
  });
}

/** English ordinal: 1 -> "1st", 12 -> "12th", 23 -> "23rd". */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** Name of the numbered instance, e.g. instanceName(unga, 76) -> "76th session of the United Nations General Assembly". */
export function instanceName(m: MeetingInfo, n: number): string {
  return m.template.replace('{ordinal}', ordinal(n)).replace('{n}', String(n)).replace('{canonical}', m.canonical);
}

/**
 * Expected year of the n-th instance, counted from the anchor at the regular rhythm.
 * An estimate (meetings get cancelled or moved); null without anchor or rhythm.
 */
export function instanceYear(m: MeetingInfo, n: number): number | null {
  if (!m.anchor || m.perYear <= 0) return null;
  return m.anchor.year + Math.floor((n - m.anchor.ordinal) / m.perYear);
}
