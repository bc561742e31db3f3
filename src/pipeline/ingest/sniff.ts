// Binary sniffing: recognise common file signatures ("magic numbers"), then fall back to a
// statistical look at the first 8 KB (NUL bytes, share of control characters).

/** How many leading bytes the statistical check looks at. */
export const SNIFF_WINDOW = 8192;

/** A signature: bytes expected at `offset` (null = any byte). */
interface Magic {
  name: string;
  offset: number;
  bytes: readonly (number | null)[];
}

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

const MAGICS: readonly Magic[] = [
  { name: 'PNG image', offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', offset: 0, bytes: ascii('GIF87a') },
  { name: 'GIF image', offset: 0, bytes: ascii('GIF89a') },
  { name: 'WebP image', offset: 0, bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')] },
  { name: 'WAV audio', offset: 0, bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WAVE')] },
  { name: 'AVI video', offset: 0, bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('AVI ')] },
  { name: 'TIFF image', offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF image', offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'ICO image', offset: 0, bytes: [0x00, 0x00, 0x01, 0x00] },
  { name: 'PDF document', offset: 0, bytes: ascii('%PDF-') },
  { name: 'ZIP archive', offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP archive', offset: 0, bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'ZIP archive', offset: 0, bytes: [0x50, 0x4b, 0x07, 0x08] },
  { name: 'gzip archive', offset: 0, bytes: [0x1f, 0x8b] },
  { name: 'bzip2 archive', offset: 0, bytes: [...ascii('BZh'), null, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59] },
  { name: 'xz archive', offset: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: '7-Zip archive', offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'RAR archive', offset: 0, bytes: [...ascii('Rar!'), 0x1a, 0x07] },
  { name: 'zstd archive', offset: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: 'Microsoft Office document', offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'MP4/QuickTime media', offset: 4, bytes: ascii('ftyp') },
  { name: 'MP3 audio', offset: 0, bytes: [...ascii('ID3'), null, 0x00] },
  { name: 'Ogg media', offset: 0, bytes: ascii('OggS') },
  { name: 'FLAC audio', offset: 0, bytes: ascii('fLaC') },
  { name: 'WOFF font', offset: 0, bytes: ascii('wOFF') },
  { name: 'WOFF2 font', offset: 0, bytes: ascii('wOF2') },
  { name: 'SQLite database', offset: 0, bytes: [...ascii('SQLite format 3'), 0x00] },
  { name: 'ELF executable', offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'Windows executable', offset: 0, bytes: [0x4d, 0x5a, null, null, null, 0x00] },
  { name: 'WebAssembly module', offset: 0, bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'Java class file', offset: 0, bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { name: 'Mach-O executable', offset: 0, bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { name: 'Mach-O executable', offset: 0, bytes: [0xce, 0xfa, 0xed, 0xfe] },
];

function matches(bytes: Uint8Array, m: Magic): boolean {
  if (bytes.length < m.offset + m.bytes.length) return false;
  return m.bytes.every((b, i) => b === null || bytes[m.offset + i] === b);
}

/** Finds `needle` (ASCII) in the first `limit` bytes. */
function containsAscii(bytes: Uint8Array, needle: string, limit: number): boolean {
  const n = ascii(needle);
  const end = Math.min(bytes.length, limit) - n.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < n.length; j++) if (bytes[i + j] !== n[j]) continue outer;
    return true;
  }
  return false;
}

/** ZIP containers: name the common document formats by the entry names near the start. */
function zipKind(bytes: Uint8Array): string {
  const limit = 64 * 1024;
  if (containsAscii(bytes, 'application/epub+zip', 128)) return 'EPUB document';
  if (containsAscii(bytes, 'application/vnd.oasis.opendocument', 128)) return 'OpenDocument file';
  if (containsAscii(bytes, 'word/', limit)) return 'Word document (docx)';
  if (containsAscii(bytes, 'xl/', limit)) return 'Excel workbook (xlsx)';
  if (containsAscii(bytes, 'ppt/', limit)) return 'PowerPoint presentation (pptx)';
  return 'ZIP archive';
}

/** A known binary format at the start of `bytes`, e.g. 'PNG image'; null if none matches. */
export function magicName(bytes: Uint8Array): string | null {
  for (const m of MAGICS) {
    if (matches(bytes, m)) return m.name === 'ZIP archive' ? zipKind(bytes) : m.name;
  }
  return null;
}

/** Bytes that count as control characters: C0 except TAB, LF, VT, FF, CR and ESC; plus DEL. */
function isControlByte(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f;
}

/**
 * Why `bytes` looks binary ('binary content (PNG image)', 'binary content'), or null if it looks
 * like text. Text with a UTF-16 byte-order mark is exempt from the NUL check (it is full of NULs).
 */
export function sniffBinary(bytes: Uint8Array): string | null {
  const magic = magicName(bytes);
  if (magic) return `binary content (${magic})`;
  if (hasUtf16Bom(bytes)) return null;
  const end = Math.min(bytes.length, SNIFF_WINDOW);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'binary content';
    if (isControlByte(b)) controls++;
  }
  return end > 0 && controls / end > 0.1 ? 'binary content' : null;
}

/** True for a UTF-16 LE or BE byte-order mark (but not UTF-32 LE, which starts FF FE 00 00). */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0xfe && b === 0xff) return true;
  return a === 0xff && b === 0xfe && !(c === 0 && d === 0);
}
