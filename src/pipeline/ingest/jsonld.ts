// JSON-LD (schema.org) metadata: parse the script bodies leniently, flatten arrays and @graph,
// and read headline / datePublished, preferring article-like objects.

export type JsonObject = Record<string, unknown>;

/** Bounds on how much of a JSON-LD tree is visited. */
const MAX_OBJECTS = 200;
const MAX_DEPTH = 4;

const ARTICLE_TYPE = /Article|Posting|Report|NewsArticle/i;

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** JSON.parse that returns undefined on failure; retries with raw control characters blanked. */
function parseLenient(raw: string): unknown {
  const body = raw
    .trim()
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '')
    .trim();
  try {
    return JSON.parse(body) as unknown;
  } catch {
    try {
      // eslint-disable-next-line no-control-regex -- blanking raw control characters is the point
      return JSON.parse(body.replace(/[\u0000-\u001f]+/g, ' ')) as unknown;
    } catch {
      return undefined;
    }
  }
}

/** All objects in the scripts: top-level arrays and @graph arrays are flattened. */
export function parseJsonLd(scripts: readonly string[]): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (out.length >= MAX_OBJECTS || depth > MAX_DEPTH) return;
    if (Array.isArray(v)) {
      for (const item of v) visit(item, depth + 1);
    } else if (isObject(v)) {
      out.push(v);
      if ('@graph' in v) visit(v['@graph'], depth + 1);
      if (isObject(v['mainEntity'])) visit(v['mainEntity'], depth + 1);
    }
  };
  for (const s of scripts) visit(parseLenient(s), 0);
  return out;
}

function isArticle(o: JsonObject): boolean {
  const t = o['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && ARTICLE_TYPE.test(x));
}

/** Article-like objects first, then the rest, each group in document order. */
function ranked(objects: readonly JsonObject[]): JsonObject[] {
  return [...objects.filter(isArticle), ...objects.filter((o) => !isArticle(o))];
}

/** String values of `key` in ranked order (arrays of strings are expanded). */
export function jsonLdStrings(objects: readonly JsonObject[], key: string): string[] {
  const out: string[] = [];
  for (const o of ranked(objects)) {
    const v = o[key];
    for (const x of Array.isArray(v) ? v : [v]) {
      if (typeof x === 'string' && x.trim() !== '') out.push(x);
    }
  }
  return out;
}
