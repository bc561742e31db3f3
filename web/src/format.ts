// Display helpers: party names, topic and kind labels, dates. Everything returns plain strings
// (rendered as text by Preact).
import { PARTY_NAMES, TOPICS } from 'sidelines:reference';
import type { EngagementItem } from './api.ts';

export const ENGAGEMENT_TYPES = ['meeting', 'call', 'visit', 'talks', 'conference', 'speech', 'interview'];
export const STATUSES = ['held', 'planned'];
export { TOPICS };

export function partyName(code: string): string {
  return PARTY_NAMES[code.toUpperCase()] ?? code;
}

/** "Viet Nam (VNM)" style label; the code alone when no name is known. */
export function partyLabel(code: string): string {
  const name = PARTY_NAMES[code.toUpperCase()];
  return name && name !== code ? `${name} (${code})` : code;
}

/** Every known party code with its name, for autocompletion lists. */
export function knownParties(): { code: string; name: string }[] {
  return Object.entries(PARTY_NAMES)
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** 'defence_security' → 'defence & security', 'market_access' → 'market access'. */
export function label(key: string): string {
  return key.replace(/_/g, ' ').replace(/\bdefence security\b/, 'defence & security');
}

export function engagementDate(e: Pick<EngagementItem, 'date' | 'dateEnd'>): string {
  if (!e.date) return 'undated';
  return e.dateEnd && e.dateEnd !== e.date ? `${e.date} – ${e.dateEnd}` : e.date;
}

/** The date used to order an engagement: its own, else its first source's publication date. */
export function refDate(e: EngagementItem): string {
  return e.date ?? e.sources.find((s) => s.published)?.published ?? '';
}

export function placeOf(e: Pick<EngagementItem, 'city' | 'country'>): string {
  const parts = [e.city, e.country ? partyName(e.country) : null].filter((x): x is string => !!x);
  return parts.join(', ');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** 1 → '1st', 22 → '22nd', 13 → '13th'. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}
