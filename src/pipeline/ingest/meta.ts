// Title and publication date from an HTML document's metadata: <meta> tags, microdata,
// JSON-LD and <time> elements. Each value carries the rule that found it.
import { toIsoDate } from './dates.ts';
import { jsonLdStrings, type JsonObject } from './jsonld.ts';
import { collapseWhitespace } from './normalize.ts';

export interface Published {
  value: string;
  rule: string;
}

export interface HtmlMeta {
  title: string | null;
  published: Published | null;
}

/** <meta name=…> keys (lower case) that carry a publication date, in order of preference. */
const NAME_DATE_KEYS = [
  'pubdate',
  'publishdate',
  'publish-date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.issued',
];

/** Upper bound on elements inspected per query, so metadata reading stays cheap on huge pages. */
const MAX_ELEMENTS = 5000;

/** First `content` of each <meta>, keyed by lower-cased property / name / itemprop. */
function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  const metas = doc.getElementsByTagName('meta');
  const n = Math.min(metas.length, MAX_ELEMENTS);
  for (let i = 0; i < n; i++) {
    const el = metas[i];
    const content = el?.getAttribute('content');
    if (!el || content == null || content.trim() === '') continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

/** Values of elements with itemprop="datePublished": content, datetime, or their text. */
function microdataDates(doc: Document): string[] {
  const out: string[] = [];
  const els = doc.querySelectorAll('[itemprop]');
  const n = Math.min(els.length, MAX_ELEMENTS);
  for (let i = 0; i < n; i++) {
    const el = els[i];
    if (!el || el.getAttribute('itemprop')?.trim().toLowerCase() !== 'datepublished') continue;
    const v = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent ?? '';
    if (v.trim() !== '') out.push(v);
  }
  return out;
}

function firstTimeDatetime(doc: Document): string[] {
  const el = doc.querySelector('time[datetime]');
  const v = el?.getAttribute('datetime');
  return v ? [v] : [];
}

function pickDate(candidates: ReadonlyArray<readonly [string, readonly string[]]>): Published | null {
  for (const [rule, values] of candidates) {
    for (const raw of values) {
      const value = toIsoDate(raw);
      if (value) return { value, rule };
    }
  }
  return null;
}

function firstNonEmpty(values: ReadonlyArray<string | null | undefined>): string | null {
  for (const v of values) {
    const t = v == null ? '' : collapseWhitespace(v);
    if (t !== '') return t;
  }
  return null;
}

/**
 * Title: og:title, then <title>, then JSON-LD headline. Published: article:published_time,
 * og:published_time, itemprop=datePublished, <meta name=pubdate|date|dc.date…>, JSON-LD
 * datePublished, then the first <time datetime>. Dates that do not parse are skipped.
 */
export function readMeta(doc: Document, jsonLd: readonly JsonObject[]): HtmlMeta {
  const meta = metaMap(doc);
  const titleEl = doc.querySelector('title');
  const title = firstNonEmpty([meta.get('og:title'), titleEl?.textContent, ...jsonLdStrings(jsonLd, 'headline')]);
  const one = (key: string): string[] => {
    const v = meta.get(key);
    return v === undefined ? [] : [v];
  };
  const published = pickDate([
    ['html-meta:article:published_time', one('article:published_time')],
    ['html-meta:og:published_time', one('og:published_time')],
    ['html-meta:itemprop:datePublished', microdataDates(doc)],
    ...NAME_DATE_KEYS.map((k) => [`html-meta:${k}`, one(k)] as const),
    ['json-ld:datePublished', jsonLdStrings(jsonLd, 'datePublished')],
    ['html-time:datetime', firstTimeDatetime(doc)],
  ]);
  return { title, published };
}
