// Property: extractBytes never throws, whatever the bytes. It returns either a record that keeps
// the contract's shape (evidence inside the text) or a failure with a non-empty reason.
// Inputs: random strings, random unicode, random bytes, and the bundled sample articles mutated
// (slices inserted, deleted, duplicated, case changed, HTML tags injected, random bytes spliced in).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, it } from 'node:test';
import { expect } from '../expect.ts';
import { createStages, DEFAULT_LIMITS, extractBytes } from '../../src/pipeline/index.ts';
import { loadKnowledge } from '../../src/knowledge/index.ts';

const SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));
const SAMPLES = readdirSync(SAMPLES_DIR)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => readFileSync(join(SAMPLES_DIR, n), 'utf8'));
const ctx = { knowledge: loadKnowledge() };
const stages = createStages();
const limits = { ...DEFAULT_LIMITS, maxBytes: 50 * 1024 * 1024 };
const encoder = new TextEncoder();
const TIMEOUT = 30_000;

function check(bytes: Uint8Array, source = 'prop/input.txt'): void {
  const out = extractBytes({ source, bytes }, ctx, stages, limits);
  if (!out.ok) {
    expect(out.source).toBe(source);
    expect(typeof out.reason).toBe('string');
    expect(out.reason.trim().length).toBeGreaterThan(0);
    return;
  }
  const r = out.record;
  expect(r.source).toBe(source);
  expect(Array.isArray(r.events) && Array.isArray(r.anniversaries) && Array.isArray(r.partnerships)).toBe(true);
  const length = out.doc.text.length;
  for (const e of r.events) {
    for (const ev of e.evidence) {
      expect(
        ev.start >= 0 && ev.start <= ev.end && ev.end <= length,
        `evidence ${ev.start}-${ev.end} of ${length}`,
      ).toBe(true);
    }
  }
  expect(() => JSON.stringify(r)).not.toThrow();
}

const checkText = (text: string): void => check(encoder.encode(text));

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'duplicate'; at: number; len: number; to: number }
  | { kind: 'case'; at: number; len: number; upper: boolean }
  | { kind: 'tag'; at: number; tag: string };

// HTML fragments a mutated article may gain; split on '|' to keep the list compact.
const TAGS = (
  '<p>|</p>|<div class="share">|</div>|<br>|<script>var x = "<p>";</script>|<!--|-->|<html><body>|' +
  '</body></html>|<a href="x">|&amp;|&#xD800;|<![CDATA[|<article>|<figure><figcaption>|<table><tr><td>|' +
  '<meta property="article:published_time" content="2024-13-45T99:00">'
).split('|');

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 30 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.nat({ max: 400 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), len: fc.nat({ max: 400 }), to: fc.nat() }),
  fc.record({ kind: fc.constant('case' as const), at: fc.nat(), len: fc.nat({ max: 400 }), upper: fc.boolean() }),
  fc.record({ kind: fc.constant('tag' as const), at: fc.nat(), tag: fc.constantFrom(...TAGS) }),
);

/** Applies one mutation; positions are taken modulo the current length, so any nat is valid. */
function mutate(text: string, m: Mutation): string {
  const at = m.at % (text.length + 1);
  switch (m.kind) {
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.len);
    case 'duplicate': {
      const slice = text.slice(at, at + m.len);
      const to = m.to % (text.length + 1);
      return text.slice(0, to) + slice + text.slice(to);
    }
    case 'case': {
      const slice = text.slice(at, at + m.len);
      return text.slice(0, at) + (m.upper ? slice.toUpperCase() : slice.toLowerCase()) + text.slice(at + m.len);
    }
    case 'tag':
      return text.slice(0, at) + m.tag + text.slice(at);
  }
}

const sample = fc.constantFrom(...SAMPLES);
const mutatedText = fc
  .tuple(sample, fc.array(mutation, { minLength: 1, maxLength: 8 }))
  .map(([text, ms]) => ms.reduce(mutate, text));

/** Splices random bytes into (or over) the encoded text: invalid UTF-8, NULs, BOMs, control bytes. */
const mutatedBytes = fc
  .tuple(
    mutatedText,
    fc.array(fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 16 }), fc.boolean()), { maxLength: 6 }),
  )
  .map(([text, splices]) => {
    let bytes = encoder.encode(text);
    for (const [pos, chunk, overwrite] of splices) {
      const at = pos % (bytes.length + 1);
      const tail = bytes.subarray(Math.min(bytes.length, overwrite ? at + chunk.length : at));
      const next = new Uint8Array(at + chunk.length + tail.length);
      next.set(bytes.subarray(0, at), 0);
      next.set(chunk, at);
      next.set(tail, at + chunk.length);
      bytes = next;
    }
    return bytes;
  });

describe('extractBytes never throws', () => {
  it('on random ASCII strings', { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), checkText), { numRuns: 50 });
  });

  it('on random unicode (any code point, lone surrogates included)', { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), checkText), { numRuns: 50 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 500 }), checkText), { numRuns: 25 });
  });

  it('on random bytes', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (b) => check(b)),
      { numRuns: 40 },
    );
  });

  it('on mutated sample articles, as text and as HTML', { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(mutatedText, checkText), { numRuns: 60 });
    const html = mutatedText.map(
      (t) =>
        `<!doctype html><html><head><title>T</title></head><body><article><p>${t.split('\n\n').join('</p><p>')}</p></article></body></html>`,
    );
    fc.assert(
      fc.property(html, (h) => check(encoder.encode(h), 'prop/input.html')),
      { numRuns: 40 },
    );
  });

  it('on mutated sample articles with random bytes spliced in', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(mutatedBytes, (b) => check(b)),
      { numRuns: 40 },
    );
  });

  it('on pathological shapes', { timeout: TIMEOUT }, () => {
    const first = SAMPLES[0] ?? 'The ministers met.';
    checkText('a'.repeat(200_000));
    checkText('On July 11, '.repeat(5_000));
    checkText('Minister '.repeat(5_000) + 'met.');
    checkText('<div>'.repeat(3_000) + first + '</div>'.repeat(3_000));
    checkText('\uFEFF' + first.replace(/ /g, '\u00a0'));
    checkText(first.replace(/\n/g, '\r'));
    checkText(first.normalize('NFD'));
    check(new Uint8Array(10_000));
  });
});
