// HTML → article text. Scripts and styles are stripped with a linear scan, the page is parsed
// with linkedom, metadata is read, Readability picks the article, and the text is rebuilt one
// block per line with blank lines between blocks, headline first.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Diagnostic } from '../doc.ts';
import { collectBlocks, type TextBlock } from './blocks.ts';
import { FURNITURE_TAGS, measureTree, removeFurniture } from './furniture.ts';
import { parseJsonLd } from './jsonld.ts';
import { readMeta, type Published } from './meta.ts';
import { collapseWhitespace, normalizeText } from './normalize.ts';
import { stripScripts } from './strip.ts';

export type HtmlResult =
  | { ok: true; text: string; title: string | null; published: Published | null; diagnostics: Diagnostic[] }
  | { ok: false; reason: string };

/**
 * Pages with more elements, or deeper nesting, than this skip Readability for a plain walk:
 * its cost grows steeply (measured here: 19k elements ≈ 1.4 s; 400 levels deep ≈ 1 s, and a few
 * thousand levels overflow the stack inside linkedom).
 */
export const MAX_READABILITY_ELEMENTS = 15_000;
export const MAX_READABILITY_DEPTH = 150;
/** Below this many characters of block text, an article also needs some <p> text to count. */
export const MIN_BODY_CHARS = 200;

const HTML_START = /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head)[\s>]/i;

/** Does this text look like an HTML document (or a fragment with several paragraphs)? */
export function looksLikeHtml(text: string): boolean {
  if (HTML_START.test(text.slice(0, 8192))) return true;
  if (/<body[\s>]/i.test(text)) return true;
  const p = /<p[\s>]/gi;
  let count = 0;
  while (p.exec(text) !== null) if (++count >= 2) return true;
  return false;
}

/** linkedom only builds <html>/<body> if the markup has them; wrap fragments so it does. */
function wrapFragment(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  if (/<body[\s>]/i.test(html)) return `<html>${html}</html>`;
  return `<html><head></head><body>${html}</body></html>`;
}

function sameText(a: string, b: string): boolean {
  const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return key(a) === key(b);
}

interface Article {
  headline: string | null;
  blocks: TextBlock[];
  diagnostics: Diagnostic[];
}

/** Readability's article, or a furniture-free walk of <body> when the page is too large for it. */
function findArticle(doc: Document): Article | null {
  const root = doc.documentElement;
  if (!root) return null;
  const plainWalk = (why: string): Article => ({
    headline: null,
    blocks: collectBlocks(doc.body ?? root, FURNITURE_TAGS),
    diagnostics: [
      { stage: 'ingest', rule: 'html-fallback', reason: `${why}; used a plain walk of <body>`, severity: 'warning' },
    ],
  });
  const shape = measureTree(root, MAX_READABILITY_ELEMENTS, MAX_READABILITY_DEPTH);
  if (shape.elements > MAX_READABILITY_ELEMENTS) return plainWalk('page too large for Readability (too many elements)');
  if (shape.depth > MAX_READABILITY_DEPTH) return plainWalk('page too large for Readability (nesting too deep)');
  let article: ReturnType<Readability<Node>['parse']>;
  try {
    article = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  } catch (err) {
    return plainWalk(`Readability failed (${err instanceof Error ? err.message.slice(0, 100) : 'error'})`);
  }
  if (!article || !article.content) return null;
  const headline = article.title ? collapseWhitespace(article.title) : '';
  return { headline: headline || null, blocks: collectBlocks(article.content), diagnostics: [] };
}

/** Extracts the article text, title and publication date from an HTML document. */
export function htmlToText(html: string): HtmlResult {
  const stripped = stripScripts(html);
  const { document } = parseHTML(wrapFragment(stripped.html));
  const doc = document as unknown as Document;
  const meta = readMeta(doc, parseJsonLd(stripped.jsonLd));
  removeFurniture(doc);
  const article = findArticle(doc);
  if (!article) return { ok: false, reason: 'HTML has no article body' };

  const headline = article.headline ?? meta.title;
  const blocks = article.blocks.filter((b, i) => !(i === 0 && headline && sameText(b.text, headline)));
  const chars = blocks.reduce((n, b) => n + b.text.length, 0);
  const hasParagraph = blocks.some((b) => b.tag === 'p');
  if (blocks.length === 0 || (chars < MIN_BODY_CHARS && !hasParagraph)) {
    return { ok: false, reason: 'HTML has no article body' };
  }
  const lines = headline ? [headline, ...blocks.map((b) => b.text)] : blocks.map((b) => b.text);
  return {
    ok: true,
    text: normalizeText(lines.join('\n\n')),
    title: meta.title,
    published: meta.published,
    diagnostics: article.diagnostics,
  };
}
