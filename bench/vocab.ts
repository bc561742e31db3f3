// Slot fillers for the synthetic corpus: countries and cities come from the project's own
// knowledge files; names, offices, occasions, topics, requests and furniture are written here.
import { loadCities, loadCountries } from '../src/knowledge/countries.ts';
import type { Rng } from './rng.ts';
import { CULTURES } from './corpus/names.ts';

export interface Country {
  code: string;
  name: string;
  /** Name as it reads inside a sentence ("the Philippines"). */
  the: string;
  demonym: string;
  capital: string;
  cities: string[];
}

export const ORGS = [
  { name: 'the United Nations', short: 'the UN', head: 'Secretary-General' },
  { name: 'the Association of Southeast Asian Nations', short: 'ASEAN', head: 'Secretary-General' },
  { name: 'the African Union Commission', short: 'the AU Commission', head: 'Chairperson' },
  { name: 'the European Commission', short: 'the Commission', head: 'President' },
  { name: 'the World Health Organization', short: 'WHO', head: 'Director-General' },
  { name: 'the World Trade Organization', short: 'the WTO', head: 'Director-General' },
  { name: 'the Commonwealth', short: 'the Commonwealth', head: 'Secretary-General' },
  { name: 'the International Atomic Energy Agency', short: 'the IAEA', head: 'Director General' },
  { name: 'the Organisation of Islamic Cooperation', short: 'the OIC', head: 'Secretary-General' },
  { name: 'the Pacific Islands Forum', short: 'the Forum', head: 'Secretary General' },
  { name: 'the Shanghai Cooperation Organisation', short: 'the SCO', head: 'Secretary-General' },
  { name: 'UNESCO', short: 'UNESCO', head: 'Director-General' },
];

export const OCCASIONS = [
  "the {ord} ASEAN Foreign Ministers' Meeting",
  'the {ord} session of the UN General Assembly',
  'the {ord} BRICS Summit',
  'the {ord} Pacific Islands Forum Leaders Meeting',
  'the {ord} East Asia Summit',
  "the G20 Foreign Ministers' Meeting",
  'the {ord} Meeting of the Council of Heads of State of the Shanghai Cooperation Organisation',
  'the NATO Summit',
  'the {ord} Commonwealth Heads of Government Meeting',
  'the Munich Security Conference',
  'the {ord} African Union Summit',
  'the World Economic Forum Annual Meeting',
  'the {ord} session of the Human Rights Council',
  "the APEC Economic Leaders' Meeting",
  'the {ord} OIC Council of Foreign Ministers',
  'the {ord} Summit of the Non-Aligned Movement',
  'the UN Climate Change Conference',
];

export const OFFICES = {
  fm: [
    'Foreign Minister',
    'Minister of Foreign Affairs',
    'Minister for Foreign Affairs',
    'Secretary of Foreign Affairs',
    'Minister of Foreign Affairs and International Cooperation',
    'Deputy Prime Minister and Foreign Minister',
    'Minister of External Affairs',
  ],
  leader: [
    'President',
    'Prime Minister',
    'Vice President',
    'Deputy Prime Minister',
    'Speaker of the National Assembly',
  ],
  other: [
    'Minister of Trade',
    'Minister of Defence',
    'Minister of Energy',
    'Minister of Finance',
    'Deputy Foreign Minister',
    'State Secretary',
  ],
  envoy: ['Ambassador', 'High Commissioner', "Charge d'Affaires"],
};

export const TOPICS = [
  'trade and investment',
  'energy security',
  'climate change',
  'the digital economy',
  'maritime security',
  'food security',
  'critical minerals',
  'connectivity and infrastructure',
  'education and training',
  'public health',
  'tourism',
  'defence cooperation',
  'counter-terrorism',
  'labour mobility',
  'agriculture',
  'renewable energy',
  'science and technology',
  'the situation in the Middle East',
  'the war in Ukraine',
  'the situation in Myanmar',
  'reform of the UN Security Council',
  'disaster risk reduction',
  'cybersecurity',
  'fisheries',
  'people-to-people exchanges',
  'the blue economy',
  'space cooperation',
];

export const PRODUCTS = [
  'beef',
  'coffee',
  'rice',
  'cocoa',
  'cashew nuts',
  'avocados',
  'shrimp',
  'tea',
  'palm oil',
  'dairy products',
  'wine',
  'mangoes',
  'textiles',
  'pharmaceuticals',
];

/** Request patterns: {by} = requesting country, {of} = asked country, {dem} = requester demonym. */
export const REQUESTS = [
  "asked {of} to support {by}'s candidature for a non-permanent seat on the UN Security Council for the term {yr}-{yr2}",
  'requested that {of} open its market to {dem} {product}',
  "sought {of}'s support for {by}'s bid to host the {event} in {yr}",
  'called on {of} to ease visa procedures for {dem} nationals',
  'urged {of} to speed up the ratification of the agreement on {topic}',
  "asked for {of}'s backing for {by}'s nominee to the International Law Commission",
  'appealed to {of} to grant duty-free access for {dem} {product}',
  'proposed that {of} increase scholarships for {dem} students',
  "requested {of}'s assistance in {topic}",
];

export const OUTLETS = [
  'Daily Courier',
  'The Capital Times',
  'Press Agency',
  'National News Agency',
  'Morning Herald',
  'The Observer',
  'Diplomatic Wire',
  'Global Dispatch',
];
export const SHARE_ROWS = [
  'Share: Facebook X WhatsApp LinkedIn Email',
  'Facebook Twitter Print Copy link',
  'Zalo Facebook Twitter Print Copy link',
  'Facebook Twitter Messenger Email Print Copy link',
  'Share this article',
  'Tweet | Share | Email',
];
export const RELATED = [
  'Related Stories',
  'Related news',
  'READ MORE:',
  'Related Articles',
  'You may also like',
  'Related',
];
export const MONTHS = [
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
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const NEEDS_THE =
  /^(United |Philippines|Netherlands|Gambia|Bahamas|Maldives|Czech Republic|Dominican Republic|Central African|Marshall Islands|Solomon Islands|Comoros|Seychelles|Holy See)/;

export interface Vocab {
  countries: Country[];
  person(r: Rng): string;
}

export function loadVocab(): Vocab {
  const { forms, byCode } = loadCountries();
  const demonym = new Map<string, string>();
  for (const f of forms) if (f.type === 'demonym' && !demonym.has(f.code)) demonym.set(f.code, f.form);
  const cities = new Map<string, string[]>();
  for (const c of loadCities()) cities.set(c.country, [...(cities.get(c.country) ?? []), c.city]);
  const countries: Country[] = [];
  for (const info of byCode.values()) {
    const dem = demonym.get(info.code);
    const capital = info.capitals[0];
    if (!dem || !capital) continue;
    const the = NEEDS_THE.test(info.name) ? `the ${info.name}` : info.name;
    countries.push({
      code: info.code,
      name: info.name,
      the,
      demonym: dem,
      capital,
      cities: cities.get(info.code) ?? [capital],
    });
  }
  return {
    countries,
    person: (r) => {
      const c = r.pick(CULTURES);
      return `${r.pick(c.first)} ${r.pick(c.last)}`;
    },
  };
}

export function ordinal(n: number): string {
  const m = n % 100;
  if (m >= 11 && m <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
