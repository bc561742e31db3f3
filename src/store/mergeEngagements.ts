// One engagement, many articles. Pure functions deciding whether an event an article reports is
// an engagement already stored (from another article) and what the merged engagement looks
// like. No database here: the store looks candidates up by index (candidateWindow) and hands
// them in. The rules are deliberately conservative: a wrong merge loses an engagement, a missed
// one only shows it twice.
import { fold } from '../text/fold.ts';
import { addDays, dayDiff, isoDay } from './dates.ts';
import { nameKey, samePerson } from './nameKey.ts';

export interface ParticipantFacts {
  name: string;
  title: string | null;
  affiliation: string | null;
}

export interface RequestFacts {
  by: string;
  of: string;
  kind: string;
  text: string;
  documentId: number | null;
}

/** What is known about one engagement: from one article, or merged from several. */
export interface EngagementFacts {
  type: string;
  status: string;
  date: string | null;
  dateEnd: string | null;
  dateInferred: boolean;
  /** date, or else the publication date of the (earliest) reporting article. */
  refDate: string | null;
  city: string | null;
  country: string | null;
  occasion: string | null;
  /** Sorted, unique. */
  parties: string[];
  participants: ParticipantFacts[];
  topics: string[];
  requests: RequestFacts[];
}

/** Days either side of refDate within which candidates are fetched (wider than the ±1 day rule
 * for two stated dates, to let an undated report reach the engagement it describes). */
export const WINDOW_DAYS = 3;

const GROUPS: Record<string, string> = {
  meeting: 'bilateral',
  call: 'bilateral',
  talks: 'bilateral',
  visit: 'bilateral',
  conference: 'address',
  speech: 'address',
  interview: 'interview',
};

export function typeGroup(type: string): string {
  return GROUPS[type] ?? type;
}

export function partiesKey(parties: readonly string[]): string {
  return [...new Set(parties)].sort().join(',');
}

export function occasionKey(occasion: string | null): string | null {
  const words = occasion ? fold(occasion).match(/[\p{L}\p{N}]+/gu) : null;
  return words?.length ? words.join(' ') : null;
}

/** The indexed lookup for candidates: same parties key and type group, refDate in a window. */
export function candidateWindow(
  f: EngagementFacts,
): { partiesKey: string; typeGroup: string; from: string; to: string } | null {
  const ref = isoDay(f.refDate);
  if (!ref) return null;
  return {
    partiesKey: partiesKey(f.parties),
    typeGroup: typeGroup(f.type),
    from: addDays(ref, -WINDOW_DAYS),
    to: addDays(ref, WINDOW_DAYS),
  };
}

function datesAgree(a: EngagementFacts, b: EngagementFacts): boolean {
  const da = isoDay(a.date);
  const db = isoDay(b.date);
  if (da && db) return Math.abs(dayDiff(da, db)) <= 1;
  const ra = isoDay(a.refDate);
  const rb = isoDay(b.refDate);
  return !ra || !rb || Math.abs(dayDiff(ra, rb)) <= WINDOW_DAYS;
}

/** Named people contradict when, for some side both articles name people for, no one matches. */
function participantsContradict(a: EngagementFacts, b: EngagementFacts): boolean {
  const sides = new Set(a.participants.map((p) => p.affiliation).filter((s): s is string => s !== null));
  for (const side of sides) {
    const pa = a.participants.filter((p) => p.affiliation === side);
    const pb = b.participants.filter((p) => p.affiliation === side);
    if (pb.length && !pa.some((x) => pb.some((y) => samePerson(x.name, y.name)))) return true;
  }
  return false;
}

/** Occasions contradict when both are named and differ in a number ("57th" vs "58th") or share
 * no significant word; different wordings of one occasion do not. */
function occasionsContradict(a: string | null, b: string | null): boolean {
  const ka = occasionKey(a);
  const kb = occasionKey(b);
  if (!ka || !kb || ka === kb) return false;
  const nums = (k: string) => (k.match(/\d+/g) ?? []).join(' ');
  if (nums(ka) !== nums(kb)) return true;
  const wa = new Set(ka.split(' ').filter((w) => w.length >= 4));
  return !kb.split(' ').some((w) => w.length >= 4 && wa.has(w));
}

export function sameEngagement(a: EngagementFacts, b: EngagementFacts): boolean {
  return (
    typeGroup(a.type) === typeGroup(b.type) &&
    partiesKey(a.parties) === partiesKey(b.parties) &&
    datesAgree(a, b) &&
    !participantsContradict(a, b) &&
    !occasionsContradict(a.occasion, b.occasion)
  );
}

/** The best stored engagement the incoming one is, or null: exact date and shared people win. */
export function findMatch<T extends EngagementFacts>(incoming: EngagementFacts, candidates: readonly T[]): T | null {
  let best: T | null = null;
  let bestScore = -1;
  for (const c of candidates) {
    if (!sameEngagement(incoming, c)) continue;
    let score = isoDay(c.date) && isoDay(c.date) === isoDay(incoming.date) ? 4 : 0;
    score += incoming.participants.filter((p) => c.participants.some((q) => samePerson(p.name, q.name))).length;
    if (occasionKey(c.occasion) && occasionKey(c.occasion) === occasionKey(incoming.occasion)) score += 1;
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

function mergeParticipants(base: ParticipantFacts[], more: ParticipantFacts[]): ParticipantFacts[] {
  const out = base.map((p) => ({ ...p }));
  for (const p of more) {
    const same = out.find(
      (q) => samePerson(q.name, p.name) && (!q.affiliation || !p.affiliation || q.affiliation === p.affiliation),
    );
    if (!same) {
      out.push({ ...p });
      continue;
    }
    // Keep the fuller name and title; fill a missing affiliation.
    if (nameKey(p.name).split(' ').length > nameKey(same.name).split(' ').length) same.name = p.name;
    if ((p.title?.length ?? 0) > (same.title?.length ?? 0)) same.title = p.title;
    same.affiliation ??= p.affiliation;
  }
  return out;
}

/** Merges what another article says into an engagement: nulls filled, lists united, a stated
 * date preferred over an inferred one, 'held' over 'planned'. The base's type is kept. */
export function mergeEngagement(base: EngagementFacts, more: EngagementFacts): EngagementFacts {
  const takeDate = !base.date || (base.dateInferred && !!more.date && !more.dateInferred);
  const date = takeDate && more.date ? more : base;
  const refs = [base.refDate, more.refDate].filter((r): r is string => !!r).sort();
  const requests = [...base.requests];
  for (const r of more.requests)
    if (!requests.some((q) => q.by === r.by && q.of === r.of && q.kind === r.kind)) requests.push(r);
  return {
    type: base.type,
    status: base.status === 'held' || more.status === 'held' ? 'held' : base.status,
    date: date.date,
    dateEnd: date.dateEnd ?? (base.date === more.date ? more.dateEnd : null),
    dateInferred: date.dateInferred,
    refDate: date.date ? isoDay(date.date) : (refs[0] ?? null),
    city: base.city ?? more.city,
    country: base.country ?? more.country,
    occasion: base.occasion ?? more.occasion,
    parties: [...new Set([...base.parties, ...more.parties])].sort(),
    participants: mergeParticipants(base.participants, more.participants),
    topics: [...new Set([...base.topics, ...more.topics])],
    requests,
  };
}
