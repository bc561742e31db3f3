// Shared pieces of the synthetic article templates: dates in several printed formats, officials
// and their titles, topics, requests, filler paragraphs and page furniture.
import type { Rng } from '../rng.ts';
import { MONTHS, OFFICES, PRODUCTS, REQUESTS, TOPICS, WEEKDAYS, ordinal, type Country, type Vocab } from '../vocab.ts';

/** One article before assembly: header lines, essential paragraphs, optional ones, footer lines. */
export interface Draft {
  style: string;
  head: string[];
  lead: string[];
  extra: string[];
  tail: string[];
  /** Countries the story is about; filler paragraphs stay on them. */
  parties: Country[];
  /** Another paragraph in the style's own vein (one more meeting, call, question...). */
  more?: () => string;
}

export interface Day {
  y: number;
  m: number;
  d: number;
  wd: string;
}

export interface Official {
  name: string;
  office: string;
  c: Country;
}

export interface G {
  r: Rng;
  v: Vocab;
  day: Day;
}

export function makeDay(r: Rng): Day {
  return { y: r.int(2021, 2025), m: r.int(1, 12), d: r.int(1, 28), wd: r.pick(WEEKDAYS) };
}

export function shift(day: Day, delta: number): Day {
  const d = Math.min(28, Math.max(1, day.d + delta));
  return { ...day, d, wd: WEEKDAYS[(WEEKDAYS.indexOf(day.wd) + d - day.d + 70) % 7] ?? day.wd };
}

const pad = (n: number): string => String(n).padStart(2, '0');
const mon = (day: Day): string => MONTHS[day.m - 1] ?? 'January';

/** A printed date; `style` picks the format, absent = random. */
export function fmtDate(g: G, day: Day, style?: number): string {
  const m = mon(day);
  switch (style ?? g.r.int(0, 6)) {
    case 0:
      return `${m} ${day.d}, ${day.y}`;
    case 1:
      return `${day.d} ${m} ${day.y}`;
    case 2:
      return `${day.y}-${pad(day.m)}-${pad(day.d)}`;
    case 3:
      return `${m.toUpperCase()} ${day.d}, ${day.y}`;
    case 4:
      return `${m.slice(0, 3)} ${day.d}, ${day.y}`;
    case 5:
      return `${day.y}-${pad(day.m)}-${pad(day.d)} ${pad(g.r.int(6, 23))}:${pad(g.r.int(0, 59))}`;
    default:
      return `${pad(day.d)} ${m} ${day.y}`;
  }
}

/** A date inside a sentence: "on July 8", "on 8 July", "on Monday", "yesterday". */
export function onDay(g: G, day: Day): string {
  return g.r.pick([
    `on ${mon(day)} ${day.d}`,
    `on ${day.d} ${mon(day)}`,
    `on ${day.wd}`,
    `on ${day.wd}, ${mon(day)} ${day.d}, ${day.y}`,
    `on ${day.d} ${mon(day)} ${day.y}`,
  ]);
}

export function official(g: G, c: Country, kind: keyof typeof OFFICES = 'fm'): Official {
  return { name: g.v.person(g.r), office: g.r.pick(OFFICES[kind]), c };
}

export const last = (o: Official): string => o.name.split(' ').at(-1) ?? o.name;

/** The first, full mention of an official, in one of the printed orders. */
export function full(g: G, o: Official): string {
  switch (g.r.int(0, 3)) {
    case 0:
      return `${o.c.demonym} ${o.office} ${o.name}`;
    case 1:
      return `${o.office} of ${o.c.the} ${o.name}`;
    case 2:
      return `${o.name}, ${o.office} of ${o.c.the}`;
    default:
      return `${o.c.demonym} ${o.office} ${o.name}`;
  }
}

/** A later, short mention. */
export function short(g: G, o: Official): string {
  const title = o.office.includes('Minister') ? 'Minister' : (o.office.split(' ')[0] ?? '');
  return g.r.pick([`${title} ${last(o)}`, last(o), o.name]);
}

export function topics(g: G, k = g.r.int(2, 4)): string {
  const list = g.r.sample(TOPICS, k);
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : (list[0] ?? '');
}

export function request(g: G, by: Country, of: Country): string {
  const yr = g.r.int(2026, 2034);
  return g.r.pick(REQUESTS).replace(/\{(\w+)\}/g, (_, slot: string) => {
    if (slot === 'by') return by.name;
    if (slot === 'of') return of.name;
    if (slot === 'dem') return by.demonym;
    if (slot === 'product') return g.r.pick(PRODUCTS);
    if (slot === 'topic') return g.r.pick(TOPICS);
    if (slot === 'event') return g.r.pick(['World Expo', 'Asian Games', 'UN Ocean Conference', 'World Urban Forum']);
    if (slot === 'yr') return String(yr);
    if (slot === 'yr2') return String(yr + 1).slice(2);
    return slot;
  });
}

export function occasion(g: G, template: string): string {
  return template.replace('{ord}', ordinal(g.r.int(2, 79)));
}

/** Background paragraphs about a pair of countries, used to grow an article to its target size. */
export function filler(g: G, a: Country, b: Country): string {
  const { r } = g;
  const n = r.int(10, 95);
  const [p1, p2] = r.sample(PRODUCTS, 2);
  switch (r.int(0, 13)) {
    case 0:
      return `${a.name} and ${b.the} established diplomatic relations in ${r.int(1946, 1999)}. Two-way trade reached USD ${r.int(1, 900)}.${r.int(0, 9)} million in ${g.day.y - 1}, up ${r.int(1, 30)} percent from a year earlier, with ${a.demonym} exports dominated by ${p1} and ${p2}.`;
    case 8:
      return `${cap(a.the)} is among the ${r.pick(['five', 'ten', 'twenty'])} largest investors in ${b.the}, with projects in ${topics(g, 2)}. ${a.demonym} companies employ about ${n},${r.int(100, 999)} people there, the embassy in ${b.capital} said in a statement on its website.`;
    case 9:
      return `The visit comes ${r.pick(['two months', 'weeks', 'a year'])} after ${b.demonym} and ${a.demonym} officials met in ${r.pick([a.capital, b.capital])} for the ${ordinal(r.int(2, 20))} round of political consultations, which reviewed progress on ${topics(g, 2)} and prepared the ground for a memorandum of understanding on ${r.pick(TOPICS)}.`;
    case 10:
      return `${a.demonym} officials have said they want to conclude negotiations on a ${r.pick(['free trade agreement', 'bilateral investment treaty', 'double taxation agreement', 'visa waiver agreement'])} with ${b.the} by ${g.day.y + r.int(1, 3)}, though talks have been slowed by disagreements over ${p1} and ${p2}.`;
    case 11:
      return `Critics at home questioned the timing of the talks. "We should be asking what ${a.the} gets in return," opposition lawmaker ${g.v.person(r)} said in ${a.capital}, calling for more transparency on agreements concerning ${r.pick(TOPICS)}.`;
    case 12:
      return `Earlier in the ${r.pick(['week', 'month', 'day'])}, ${b.demonym} officials briefed diplomats on ${r.pick(TOPICS)} and on preparations for a ${r.pick(['ministerial conference', 'donor meeting', 'trade fair', 'investment forum'])} to be held in ${b.capital} in ${MONTHS[r.int(0, 11)]}, which ${a.name} has been invited to attend.`;
    case 13:
      return `According to the ${r.pick(['World Bank', 'IMF', 'statistics office', 'central bank'])}, ${b.name}'s economy grew by ${r.int(1, 8)}.${r.int(0, 9)} percent last year, while inflation ${r.pick(['eased', 'rose'])} to ${r.int(2, 15)} percent. ${a.demonym} firms are among the main buyers of its ${p1}.`;
    case 1:
      return `"Our relationship rests on trust and on shared interests in ${r.pick(TOPICS)}," a senior official of the ${a.demonym} foreign ministry told reporters, adding that both sides hoped to sign several cooperation documents before the end of the year.`;
    case 2:
      return `The two sides also reviewed the implementation of agreements reached at the ${ordinal(r.int(2, 15))} session of the Joint Commission, held in ${b.capital} last year, and agreed to convene the next session in ${a.capital} at a mutually convenient time.`;
    case 3:
      return `More than ${n},000 ${a.demonym} nationals live and work in ${b.the}, according to official figures, and ${r.int(2, 40)} direct flights a week connect ${a.capital} and ${b.capital}. Tourist arrivals rose by ${r.int(5, 60)} percent in the first half of the year.`;
    case 4:
      return `They exchanged views on regional and international issues of mutual concern, including ${topics(g, 2)}, and agreed to maintain close coordination at multilateral forums such as the United Nations.`;
    case 5:
      return `${a.name} has offered ${n} scholarships a year to ${b.demonym} students since ${r.int(2000, 2020)}, and a further ${r.int(100, 900)} officials have completed training courses in ${a.capital} under its technical cooperation programme.`;
    case 6:
      return `Analysts said the talks reflected a broader effort by ${a.the} to diversify its partnerships. "There is room to do much more on ${r.pick(TOPICS)}," said ${g.v.person(r)}, a researcher at a think tank in ${a.capital}.`;
    default:
      return `Both sides welcomed the growing cooperation in ${topics(g, 3)}, and underscored the importance of regular consultations between their foreign ministries, including at the level of deputy ministers.`;
  }
}

export function caption(g: G, a: string, b: string, credit: string): string {
  return g.r.pick([
    `${a} (left) and ${b} pose for a photo. (Photo: ${credit})`,
    `${a} receives ${b}. Photo: ${credit}`,
    `${a} (R) and ${b} at the meeting. (Photo: ${credit})`,
  ]);
}

/** Teaser lines under "Related": short headlines ending in "...". */
export function teasers(g: G, a: Country, b: Country, k = g.r.int(1, 3)): string[] {
  const out: string[] = [];
  for (let i = 0; i < k; i++) {
    out.push(
      g.r.pick([
        `${a.name}, ${b.name} to strengthen ${g.r.pick(TOPICS)} cooperation ...`,
        `${g.v.person(g.r)} receives ${b.demonym} delegation ...`,
        `Minister briefs parliament on ${g.r.pick(TOPICS)} ...`,
        `${a.capital} hosts regional forum on ${g.r.pick(TOPICS)} |`,
      ]),
    );
  }
  return out;
}

export function pair(g: G): [Country, Country] {
  const a = g.r.pick(g.v.countries);
  let b = g.r.pick(g.v.countries);
  while (b.code === a.code) b = g.r.pick(g.v.countries);
  return [a, b];
}

export function others(g: G, not: Country, k: number): Country[] {
  return g.r.sample(
    g.v.countries.filter((c) => c.code !== not.code),
    k,
  );
}

export const cap = (s: string): string => (s[0] ?? '').toUpperCase() + s.slice(1);
