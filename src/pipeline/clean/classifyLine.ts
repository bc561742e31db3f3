// Decides what a line of an article is: body text, headline, photo caption, related-article
// teaser, or site furniture (share rows, comment counters, source links). Furniture is set aside;
// captions are kept because they may be the only witness of a meeting.
import type { BlockKind } from '../doc.ts';

const SHARE_WORDS = new Set([
  'zalo',
  'facebook',
  'twitter',
  'x',
  'print',
  'copy',
  'link',
  'email',
  'e-mail',
  'linkedin',
  'whatsapp',
  'telegram',
  'share',
  'tweet',
  'messenger',
  'pinterest',
  'reddit',
  'viber',
  'line',
  'weibo',
  'wechat',
  'save',
]);
/** Whole-line patterns; `needs` is text a line must hold to match, checked first where the pattern is slow to fail. */
const FURNITURE: { re: RegExp; needs?: string }[] = [
  /^comments?\s*\(\d+\)\s*$/i,
  /^(source|nguồn|tags?|keywords?|related( news| articles| posts)?|read more|see also|advertisement|follow us.*|back to top|top)\s*:?\s*(https?:\/\/\S+)?\s*$/i,
  /^source\s*:\s*https?:\/\/\S+\s*$/i,
  // a wire's credit line: "(Reporting by ...; Editing by ...)"
  { re: /^\(?(reporting|writing|additional reporting|editing|compiled) by\b[^()]{0,300}\)?\.?$/i, needs: ' by' },
  /^https?:\/\/\S+$/i,
  /^\(?(vna|vns|vnp|vov|afp|reuters|ap|xinhua|kyodo|ani|pti|bernama|antara|pna)\)?\s*[/.]*\s*$/i,
  /^\/\.$/,
  // "(Vietnam News Agency/Vietnam+)": running text starts like it, and fails only after 60 characters
  { re: /^\(?[A-Z][\w .'’&-]{0,60}\/[\w .'’&+-]{1,60}\)?$/, needs: '/' },
  /^(photo|photos|image|video)\s*[:.]?\s*[\w .'’/-]{0,60}$/i,
  /^[-–—_=*•·|\s]+$/,
  /^(home|news|world|politics|business)(\s*[>»/|]\s*\w+)+\s*$/i,
].map((f) => (f instanceof RegExp ? { re: f } : f));
const CAPTION =
  /(\(\s*photo\b[^)]*\)|\bphotos?\s*:|\bphoto\s+by\b|\(\s*(?:vna|vnp|xinhua|afp|reuters|ap)\s*\)\s*\|?\s*$|\((?:first|second|third|fourth|fifth)?\s*(?:left|right|from left|from right)\)|\bphotos?\s+[a-z0-9.-]+\.(?:vn|com|org|net)\b)/i;

export function classifyLine(line: string, isFirst: boolean): { kind: BlockKind; rule: string } {
  const t = line.trim();
  if (isShareRow(t)) return { kind: 'furniture', rule: 'share-row' };
  for (const { re, needs } of FURNITURE)
    if ((!needs || t.includes(needs)) && re.test(t))
      return { kind: 'furniture', rule: `furniture:${re.source.slice(0, 24)}` };
  if (
    /^(related( news| articles| stories)?|read|read more|read also|also read|see also|more on this|recommended)\s*[:>|»-]\s*\S/i.test(
      t,
    )
  )
    return { kind: 'teaser', rule: 'teaser-related-label' };
  // every alternative of CAPTION has a "(" or "photo"
  if ((t.includes('(') || /photo/i.test(t)) && CAPTION.test(t))
    return { kind: 'caption', rule: 'caption-photo-credit' };
  if (/^\[(photo|image|picture|video)\b[^\]]{0,40}\]\s*\S/i.test(t)) return { kind: 'caption', rule: 'caption-label' };
  // t is trimmed: /\|\s*$/ is a last "|", and what a trailing "|" follows is the rest trimmed
  const pipe = t.endsWith('|');
  const beforePipe = pipe ? t.slice(0, -1).trimEnd() : t;
  // /(\.\.\.|…)\s*\|?\s*$/ and /[.!?]["”’)]?\s*\|\s*$/
  if (beforePipe.endsWith('...') || beforePipe.endsWith('…') || (pipe && !/[.!?]["”’)]?$/.test(beforePipe)))
    return { kind: 'teaser', rule: 'teaser-trailing-marker' };
  if (pipe && t.length < 600 && !isFirst) return { kind: 'teaser', rule: 'teaser-pipe' };
  if (/^[Bb]y\s+\p{Lu}[\p{L}.'-]+(\s+(\p{Lu}[\p{L}.'-]+|and|&|,))*\s*$/u.test(t) && t.length < 80)
    return { kind: 'furniture', rule: 'byline' };
  if (
    /^share\s*:?(\s+\w+){1,8}$/i.test(t) &&
    t
      .split(/\s+/)
      .slice(1)
      .every((w) => SHARE_WORDS.has(w.toLowerCase()))
  )
    return { kind: 'furniture', rule: 'share-row' };
  if (t.length < 200 && /\s[>»]\s/.test(t) && !/[.!?]$/.test(t)) return { kind: 'furniture', rule: 'breadcrumb' };
  if (t.length < 160 && /^share( this( article| story| page)?)?\s*:\s*\S/i.test(t))
    return { kind: 'furniture', rule: 'share-row' };
  // above the article: site names, sections, titles; short lines without sentence punctuation
  if (isFirst && t.length < 220 && !/[.!?]["”’]?$/.test(t)) return { kind: 'headline', rule: 'headline-header-zone' };
  // a digest's second item: "Foreign Minister Receives Nigerian Counterpart in Riyadh"
  if (isTitleCaseLine(t)) return { kind: 'headline', rule: 'headline-title-case' };
  return { kind: 'body', rule: 'body' };
}

const SMALL_WORDS = new Set(
  'a an the of in on at for and or to with by from as via vs over after amid into upon about'.split(' '),
);

/** A short line without sentence punctuation whose words all start upper case (small words
 * apart), some of them in mixed case: a headline, not running text nor an all-caps dateline. */
function isTitleCaseLine(t: string): boolean {
  if (t.length > 160 || /[.!?:;]["”’)]?$/.test(t)) return false;
  const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 4) return false;
  let mixed = 0;
  for (const w of words) {
    const letters = w.replace(/^[^\p{L}\p{N}]+/u, '');
    if (SMALL_WORDS.has(letters.toLowerCase())) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(letters)) return false;
    if (/\p{Ll}/u.test(letters)) mixed++;
  }
  return mixed >= 2;
}

/** Two or more words (split at /\s+/), all share words: running text stops at its first word. */
function isShareRow(t: string): boolean {
  let words = 0;
  for (let i = 0; i < t.length;) {
    while (i < t.length && isSpace(t.charCodeAt(i))) i++;
    if (i === t.length) break;
    let j = i + 1;
    while (j < t.length && !isSpace(t.charCodeAt(j))) j++;
    if (!SHARE_WORDS.has(t.slice(i, j).toLowerCase())) return false;
    words++;
    i = j;
  }
  return words >= 2;
}

const SPACE = /\s/;

/** The regex class \s, for one UTF-16 code unit. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c >= 0xa0 && SPACE.test(String.fromCharCode(c));
}
