// Text normalisation shared by plain text and HTML output. Later stages index into the result,
// so this is the last change made to the characters: nothing here trims or re-flows lines.

/**
 * Line separators other than LF: CRLF, CR, and the rarer VT, FF, NEL (U+0085), LINE SEPARATOR
 * (U+2028) and PARAGRAPH SEPARATOR (U+2029). Each becomes one LF so that words on either side
 * stay apart.
 */
const LINE_BREAKS = /\r\n|[\r\v\f\u0085\u2028\u2029]/g;

/**
 * Characters removed outright: C0 controls except TAB and LF, DEL, C1 controls, and invisible
 * format characters that split words for later matching (soft hyphen, zero-width space/joiners,
 * word joiner, BOM, Mongolian vowel separator, bidi marks, embeddings, overrides and isolates).
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** No-break spaces (NBSP, figure space, narrow NBSP) become ordinary spaces. */
const NO_BREAK_SPACES = /[\u00a0\u2007\u202f]/g;

/**
 * NFC, line breaks → LF, invisible/control characters removed, no-break spaces → space.
 * Leading/trailing whitespace and blank lines are kept as they are.
 */
export function normalizeText(text: string): string {
  if (!hasReplaceable(text)) return text.normalize('NFC');
  return text.replace(LINE_BREAKS, '\n').replace(INVISIBLE, '').replace(NO_BREAK_SPACES, ' ').normalize('NFC');
}

/**
 * Does the text hold a character one of the three replacements matches? Most text holds none,
 * and one scan costs less than the three (the character classes test each character slowly).
 */
function hasReplaceable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 ? c !== 0x09 && c !== 0x0a : c >= 0x7f && isReplaceable(c)) return true;
  }
  return false;
}

/** The members at or above DEL of LINE_BREAKS, INVISIBLE and NO_BREAK_SPACES. */
function isReplaceable(c: number): boolean {
  if (c <= 0xa0) return true; // DEL, C1 controls, NEL, NBSP
  if (c < 0x2007) return c === 0xad || c === 0x180e;
  if (c <= 0x206f)
    return (
      c === 0x2007 ||
      (c >= 0x200b && c <= 0x200f) ||
      c === 0x2028 ||
      c === 0x2029 ||
      (c >= 0x202a && c <= 0x202f) ||
      (c >= 0x2060 && c <= 0x2064) ||
      (c >= 0x2066 && c <= 0x2069)
    );
  return c === 0xfeff;
}

/**
 * True when `text` has nothing but whitespace (after normalisation, which has already removed
 * BOMs and zero-width characters).
 */
export function isBlank(text: string): boolean {
  return !/\S/.test(text);
}

/** Collapses every run of whitespace to one space and trims: for titles and HTML blocks. */
export function collapseWhitespace(text: string): string {
  return normalizeText(text).replace(/\s+/g, ' ').trim();
}
