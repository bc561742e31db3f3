// A linear pre-pass over raw HTML: drops <script>, <style> and comments before the DOM parser
// sees them (so their text can never reach the output and huge inline bundles cost nothing to
// parse), and keeps the bodies of JSON-LD scripts for metadata.

/** At most this many JSON-LD scripts are kept, each at most this many characters. */
const MAX_JSON_LD = 20;
const MAX_JSON_LD_CHARS = 1_000_000;

export interface Stripped {
  html: string;
  /** Raw bodies of <script type="application/ld+json"> elements, in document order. */
  jsonLd: string[];
}

const JSON_LD_TYPE = /\btype\s*=\s*["']?application\/ld\+json/i;

/**
 * Removes scripts, styles and comments. Each match is found with a regex or indexOf that starts
 * where the previous one ended, so the work is linear in `html`. An unclosed element or comment
 * swallows the rest of the input (as a browser would).
 */
export function stripScripts(html: string): Stripped {
  const open = /<!--|<(script|style)(?=[\s/>])/gi;
  const out: string[] = [];
  const jsonLd: string[] = [];
  let pos = 0;
  let m: RegExpExecArray | null;
  while ((m = open.exec(html)) !== null) {
    out.push(html.slice(pos, m.index));
    const tag = m[1]?.toLowerCase();
    if (tag === undefined) {
      const end = html.indexOf('-->', m.index + 4);
      pos = end < 0 ? html.length : end + 3;
    } else {
      const openEnd = html.indexOf('>', m.index);
      if (openEnd < 0) {
        pos = html.length;
        break;
      }
      const close = new RegExp(`</${tag}(?=[\\s/>])`, 'gi');
      close.lastIndex = openEnd + 1;
      const c = close.exec(html);
      const contentEnd = c ? c.index : html.length;
      const closeEnd = c ? html.indexOf('>', c.index) : -1;
      pos = closeEnd < 0 ? html.length : closeEnd + 1;
      const isJsonLd = tag === 'script' && JSON_LD_TYPE.test(html.slice(m.index, openEnd));
      if (isJsonLd && jsonLd.length < MAX_JSON_LD && contentEnd - openEnd - 1 <= MAX_JSON_LD_CHARS) {
        jsonLd.push(html.slice(openEnd + 1, contentEnd));
      }
    }
    if (pos >= html.length) break;
    open.lastIndex = pos;
  }
  if (pos < html.length) out.push(html.slice(pos));
  return { html: out.join(''), jsonLd };
}
