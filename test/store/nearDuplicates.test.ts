// Syndicated-copy links where a simhash band is crowded: many stored texts share one band value
// (templates, boilerplate), more than the probe reads. The link must not depend on that crowd
// when the copy shares another band with its original, and must be the same whether the
// documents were saved one at a time or in batches of any size.
import { after, describe, it } from 'node:test';
import { sql } from 'kysely';
import { saveBatch } from '../../src/store/batch/saveBatch.ts';
import { connect, writeTransaction } from '../../src/store/connect.ts';
import { NEAR_ROWS } from '../../src/store/nearDuplicates.ts';
import { savePrepared } from '../../src/store/saveExtraction.ts';
import { prepareSave, type PreparedSave } from '../../src/store/store.ts';
import { expect } from '../expect.ts';
import { run } from '../helpers.ts';
import { backends } from './backends.ts';
import { PIPELINE } from './corpus.ts';

// Written for this test; its events are dropped below, only the document rows matter.
const TEXT = `Ministers review port project
The two ministers reviewed progress on the port project and agreed to meet again next year to discuss financing, training and maintenance of the new container terminal.`;

/** A 16-bit band as 4 hex digits. */
const hex = (n: number) => (n & 0xffff).toString(16).padStart(4, '0');

function documents(): { name: string; input: PreparedSave }[] {
  const { doc, record } = run(TEXT, 'near/base');
  const base = prepareSave({
    source: 'near/base',
    url: null,
    text: doc.text,
    title: doc.title,
    published: '2025-01-01',
    format: 'text',
    record,
    doc,
    pipelineVersion: PIPELINE,
  });
  const make = (name: string, simhash: string) => ({
    name,
    input: {
      ...base,
      source: `near/${name}`,
      contentHash: `${name}`.padEnd(64, '0'),
      simhash,
      wordCount: 100,
      contribution: { events: [], anniversaries: [], partnerships: [] },
    },
  });
  const out = [make('original', 'aaaa1111222233f0'), make('one-band-original', 'aaaa7777888899f0')];
  // Newer than both originals and sharing their first band; bands 1-3 spell i in four copies
  // (two in band 3), so two of the crowd differ in 4+ bits, and from the originals' high bytes
  // in 4+ bits too.
  for (let i = 0; i < NEAR_ROWS + 30; i++) out.push(make(`crowd${i}`, `aaaa${hex(i)}${hex(i)}${hex((i << 8) | i)}`));
  // One bit off the original's last band: shares bands 0-2 with it, and band 0 with the crowd.
  out.push(make('copy', 'aaaa1111222233f1'));
  // One bit off in each of bands 1-3 of its original: shares band 0 only, behind the crowd.
  out.push(make('one-band-copy', 'aaaa7776888999f1'));
  return out;
}

for (const backend of backends) {
  describe(`near-duplicate links past a crowded band (${backend.name})`, { skip: backend.skip }, () => {
    const docs = documents();
    const opened: { cleanup(): Promise<void> }[] = [];
    after(async () => {
      for (const s of opened) await s.cleanup();
    });

    /** Saves every document (batch size 0: one at a time through the statement path); the
     * near_duplicate_of of each, by name. */
    async function links(size: number): Promise<Map<string, string | null>> {
      const s = await backend.open();
      opened.push(s);
      const { db, backend: kind } = connect(s.url);
      try {
        if (size === 0) for (const d of docs) await savePrepared(db, kind, d.input);
        else
          for (let i = 0; i < docs.length; i += size) {
            const batch = docs.slice(i, i + size).map((d) => d.input);
            const saved = await writeTransaction(db, kind, (trx) => saveBatch(trx, kind, batch));
            if (!saved) throw new Error(`expected the batch at ${i} to be saved in bulk, got a fallback`);
          }
        const rows = (
          await sql<{ id: number; source: string; near_duplicate_of: number | null }>`
            select id, source, near_duplicate_of from documents order by id`.execute(db)
        ).rows;
        const names = new Map(rows.map((r) => [r.id, r.source.slice('near/'.length)]));
        return new Map(
          rows.map((r) => [
            r.source.slice('near/'.length),
            r.near_duplicate_of === null ? null : names.get(r.near_duplicate_of)!,
          ]),
        );
      } finally {
        await db.destroy();
      }
    }

    it('links a copy to its original through a band the crowd does not share', async () => {
      const got = await links(0);
      expect(got.get('copy')).toBe('original');
      // Sharing only the crowded band, the original is past the rows read: no link, and none
      // to the unrelated crowd either.
      expect(got.get('one-band-copy')).toBe(null);
      expect([...got.values()].filter((v) => v !== null)).toEqual(['original']);
    });

    it('links the same way in batches of any size', async () => {
      const expected = await links(0);
      for (const size of [1, 7, docs.length]) expect(await links(size)).toEqual(expected);
    });
  });
}
