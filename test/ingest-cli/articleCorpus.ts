// Short original articles for the ingest tests, made from templates: a pair of countries, their
// foreign ministers, a date, a kind of engagement and a few topic sentences picked by a seeded
// generator, so every article is different in words (not only in names) and the set is the same
// on every run.

interface Country {
  name: string;
  adjective: string;
  capital: string;
  minister: string;
  title: string;
}

const COUNTRIES: readonly Country[] = [
  {
    name: 'Thailand',
    adjective: 'Thai',
    capital: 'Bangkok',
    minister: 'Somchai Wattanakul',
    title: 'Minister of Foreign Affairs',
  },
  {
    name: 'Kenya',
    adjective: 'Kenyan',
    capital: 'Nairobi',
    minister: 'Grace Wanjiru Otieno',
    title: 'Cabinet Secretary for Foreign Affairs',
  },
  {
    name: 'Japan',
    adjective: 'Japanese',
    capital: 'Tokyo',
    minister: 'Haruto Nakamura',
    title: 'Minister for Foreign Affairs',
  },
  { name: 'Chile', adjective: 'Chilean', capital: 'Santiago', minister: 'Valentina Rojas', title: 'Foreign Minister' },
  {
    name: 'Poland',
    adjective: 'Polish',
    capital: 'Warsaw',
    minister: 'Tomasz Zielinski',
    title: 'Minister of Foreign Affairs',
  },
  {
    name: 'Ghana',
    adjective: 'Ghanaian',
    capital: 'Accra',
    minister: 'Kwame Asante Boateng',
    title: 'Minister for Foreign Affairs',
  },
  {
    name: 'Indonesia',
    adjective: 'Indonesian',
    capital: 'Jakarta',
    minister: 'Dewi Lestari Putri',
    title: 'Foreign Minister',
  },
  {
    name: 'Canada',
    adjective: 'Canadian',
    capital: 'Ottawa',
    minister: 'Claire Beaumont',
    title: 'Minister of Foreign Affairs',
  },
  {
    name: 'Mongolia',
    adjective: 'Mongolian',
    capital: 'Ulaanbaatar',
    minister: 'Batbayar Ganbold',
    title: 'Minister for Foreign Affairs',
  },
];

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const TOPICS: readonly string[] = [
  'The two ministers agreed to raise two-way trade and to remove barriers facing exporters of fruit, coffee and processed food.',
  'They discussed cooperation in renewable energy, including solar parks, offshore wind and training for grid engineers.',
  'Both sides welcomed the growth of tourism and agreed to work towards more direct flights between their capitals.',
  'The talks covered maritime security, the safety of shipping lanes and the fight against illegal fishing.',
  'The ministers reviewed joint research in agriculture, with a focus on drought-resistant seeds and irrigation.',
  'They exchanged views on climate change and on financing for adaptation in vulnerable coastal regions.',
  'The two sides agreed to expand scholarships for students and to open new exchange programmes between universities.',
  'Health cooperation was also on the agenda, from vaccine production to the training of nurses and midwives.',
  'They noted progress on an agreement to avoid double taxation and asked their officials to conclude it this year.',
  'The ministers discussed digital connectivity, data protection and support for small technology companies.',
  'Cultural cooperation featured as well, with plans for a film week and an exhibition of traditional crafts.',
  'They pledged closer coordination at the United Nations and in other multilateral forums.',
  'The meeting also touched on mining, critical minerals and responsible investment in local processing.',
  'Both ministers stressed the importance of peace and stability in their regions and of respect for international law.',
];

const CLOSERS: readonly string[] = [
  'The two countries will mark an anniversary of diplomatic relations next year.',
  'The visiting minister invited the host to pay a return visit at a convenient time.',
  'Officials said a joint commission would meet before the end of the year to follow up.',
  'The ministers agreed to stay in close contact on the issues they discussed.',
  'A memorandum of understanding on consular cooperation was signed after the talks.',
];

/** A small deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], r: () => number): T {
  return items[Math.floor(r() * items.length)] as T;
}

function pickSome<T>(items: readonly T[], n: number, r: () => number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(r() * pool.length), 1)[0] as T);
  return out;
}

function lead(a: Country, b: Country, day: string, kind: number): string {
  switch (kind) {
    case 0:
      return `${a.adjective} ${a.title} ${a.minister} met ${b.adjective} ${b.title} ${b.minister} in ${a.capital} on ${day}.`;
    case 1:
      return `${a.adjective} ${a.title} ${a.minister} held talks with ${b.adjective} ${b.title} ${b.minister} in ${b.capital} on ${day}.`;
    default:
      return `${a.adjective} ${a.title} ${a.minister} held a telephone conversation with ${b.adjective} ${b.title} ${b.minister} on ${day}.`;
  }
}

/** Article number `i` (0-based): a file name and its text. */
export function makeArticle(i: number): { name: string; text: string } {
  const r = rng(i * 7919 + 17);
  const a = COUNTRIES[i % COUNTRIES.length] as Country;
  const b = COUNTRIES[(i + 1 + Math.floor(i / COUNTRIES.length)) % COUNTRIES.length] as Country;
  const year = 2021 + (i % 4);
  const month = MONTHS[(i * 5) % 12] as string;
  const dayNum = 1 + ((i * 11) % 27);
  const day = `${month} ${dayNum}, ${year}`;
  const published = `${month} ${dayNum + 1}, ${year}`;
  const kind = i % 3;
  const topics = pickSome(TOPICS, 3 + Math.floor(r() * 3), r);
  const headline = `${a.name} and ${b.name} ${pick(['agree to deepen ties', 'discuss cooperation', 'pledge closer partnership', 'review bilateral relations'], r)} (${i + 1})`;
  const body = [
    headline,
    `${a.capital}, ${published}`,
    '',
    lead(a, b, day, kind),
    '',
    topics.slice(0, 2).join(' '),
    '',
    `Minister ${a.minister.split(' ').pop() ?? ''} said ${a.name} valued its friendship with ${b.name}. ${topics.slice(2).join(' ')}`,
    '',
    `${pick(CLOSERS, r)} Reference number ${year}-${String(i + 1).padStart(4, '0')}.`,
  ];
  return { name: `article-${String(i + 1).padStart(3, '0')}.txt`, text: `${body.join('\n')}\n` };
}
