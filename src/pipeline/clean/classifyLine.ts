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
const FURNITURE = [
  /^comments?\s*\(\d+\)\s*$/i,
  /^(source|nguồn|tags?|keywords?|related( news| articles| posts)?|read more|see also|advertisement|follow us.*|back to top|top)\s*:?\s*(https?:\/\/\S+)?\s*$/i,
  /^source\s*:\s*https?:\/\/\S+\s*$/i,
  /^https?:\/\/\S+$/i,
  /^\(?(vna|vns|vnp|vov|afp|reuters|ap|xinhua|kyodo|ani|pti|bernama|antara|pna)\)?\s*[/.]*\s*$/i,
  /^\/\.$/,
  /^\(?[A-Z][\w .'’&-]{0,60}\/[\w .'’&+-]{1,60}\)?$/, // "(Vietnam News Agency/Vietnam+)"
  /^(photo|photos|image|video)\s*[:.]?\s*[\w .'’/-]{0,60}$/i,
  /^[-–—_=*•·|\s]+$/,
  /^(home|news|world|politics|business)(\s*[>»/|]\s*\w+)+\s*$/i,
];
const CAPTION =
  /(\(\s*photo\b[^)]*\)|\bphotos?\s*:|\bphoto\s+by\b|\(\s*(?:vna|vnp|xinhua|afp|reuters|ap)\s*\)\s*\|?\s*$|\((?:first|second|third|fourth|fifth)?\s*(?:left|right|from left|from right)\)|\bphotos?\s+[a-z0-9.-]+\.(?:vn|com|org|net)\b)/i;

export function classifyLine(line: string, isFirst: boolean): { kind: BlockKind; rule: string } {
  const t = line.trim();
  if (isShareRow(t)) return { kind: 'furniture', rule: 'share-row' };
  for (const re of FURNITURE) if (re.test(t)) return { kind: 'furniture', rule: `furniture:${re.source.slice(0, 24)}` };
  if (
    /^(related( news| articles| stories)?|read more|read also|also read|see also|more on this|recommended)\s*[:>|»-]\s*\S/i.test(
      t,
    )
  )
    return { kind: 'teaser', rule: 'teaser-related-label' };
  if (CAPTION.test(t)) return { kind: 'caption', rule: 'caption-photo-credit' };
  if (/(\.\.\.|…)\s*\|?\s*$/.test(t) || (/\|\s*$/.test(t) && !/[.!?]["”’)]?\s*\|\s*$/.test(t)))
    return { kind: 'teaser', rule: 'teaser-trailing-marker' };
  if (/\|\s*$/.test(t) && t.length < 600 && !isFirst) return { kind: 'teaser', rule: 'teaser-pipe' };
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
  if (/\s[>»]\s/.test(t) && t.length < 200 && !/[.!?]$/.test(t)) return { kind: 'furniture', rule: 'breadcrumb' };
  // above the article: site names, sections, titles; short lines without sentence punctuation
  if (isFirst && t.length < 220 && !/[.!?]["”’]?$/.test(t)) return { kind: 'headline', rule: 'headline-header-zone' };
  return { kind: 'body', rule: 'body' };
}

const WORD = /\S+/g;

/** Two or more words, all share words: read word by word, so running text stops at its first word. */
function isShareRow(t: string): boolean {
  let words = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(t); m; m = WORD.exec(t)) {
    if (!SHARE_WORDS.has(m[0].toLowerCase())) return false;
    words++;
  }
  return words >= 2;
}
