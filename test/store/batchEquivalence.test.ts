// The bulk batch path (src/store/batch/) must leave the database exactly as saving the same
// documents one at a time does: same documents, engagements (merged across articles and
// syndicated copies), people and aliases (variant spellings, sides learned later), offices,
// counters and search index. Every table is compared, on every backend, for one big batch and
// for many small ones (each batch reading what the earlier ones stored).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { generateArticle } from '../../bench/generateCorpus.ts';
import { loadVocab } from '../../bench/vocab.ts';
import { saveBatch } from '../../src/store/batch/saveBatch.ts';
import { connect, writeTransaction } from '../../src/store/connect.ts';
import { prepareSave, type SaveInput, type SaveResult, type Store } from '../../src/store/store.ts';
import { expect } from '../expect.ts';
import { run } from '../helpers.ts';
import * as storeArticles from './articles.ts';
import { ARTICLES as SERVER_ARTICLES } from '../server/articles.ts';
import { backends } from './backends.ts';
import { PIPELINE } from './corpus.ts';

// Written for this test: one meeting told by both sides within one batch, a participant named
// without a side (the side is taken off below) who is given one by a later article, and a
// surname spelled two ways.
const EXTRA = {
  kenyaThai: `Kenya and Thailand agree to expand trade
NAIROBI, March 4, 2025 - Kenyan Cabinet Secretary for Foreign Affairs Musalia Mudavadi met Thai Foreign Minister Maris Sangiampongsa in Nairobi on March 3 to discuss trade and agriculture.
Mudavadi asked Thailand to support Kenya's bid for a seat on the UN Human Rights Council.`,
  thaiKenya: `Foreign Minister Maris Sangiampongsa holds talks with Kenyan counterpart
BANGKOK, March 4, 2025 - On March 3, Foreign Minister Maris Sangiampongsa met Cabinet Secretary Musalia Mudavadi of Kenya in Nairobi. The two sides discussed trade, agriculture and tourism.`,
  envoyUnknown: `German envoy calls on Philippine foreign secretary
MANILA, May 2, 2025 - German Ambassador to the Philippines Henrike Vogelsang met Secretary of Foreign Affairs Enrique Manalo on May 1 to discuss maritime cooperation.`,
  envoyKnown: `German envoy meets Philippine foreign secretary
MANILA, May 9, 2025 - German Ambassador to the Philippines Henrike Vogelsang met Secretary of Foreign Affairs Enrique Manalo on May 8 to discuss climate change and trade.`,
  spelledOnce: `Vietnam, Kazakhstan foreign ministers meet
HANOI, June 2, 2025 - Foreign Minister Bui Thanh Son met Kazakh Foreign Minister Murat Nurtleu in Hanoi on June 1 to discuss energy and transport.`,
  spelledTwice: `Kazakhstan and Vietnam hold talks
ASTANA, June 20, 2025 - Kazakh Foreign Minister Murat Nurtleuu held talks with Vietnamese Foreign Minister Bui Thanh Son in Astana on June 19 on trade and energy.`,
};

function corpus(): SaveInput[] {
  const texts: { source: string; text: string; url?: string }[] = [];
  for (const [name, text] of Object.entries(storeArticles))
    if (typeof text === 'string' && !name.startsWith('JPN_PHL_CALL')) texts.push({ source: `store/${name}`, text });
  for (const [name, text] of Object.entries(SERVER_ARTICLES)) texts.push({ source: `server/${name}`, text });
  for (const [name, text] of Object.entries(EXTRA)) texts.push({ source: `extra/${name}`, text });
  const fixtures = join(import.meta.dirname, '..', 'fixtures');
  for (const dir of readdirSync(fixtures).sort()) {
    const input = readdirSync(join(fixtures, dir)).find((f) => f.startsWith('input.'));
    if (input)
      texts.push({ source: `fixture/${dir}/${input}`, text: readFileSync(join(fixtures, dir, input), 'utf8') });
  }
  const vocab = loadVocab();
  for (let i = 0; i < 60; i++) {
    const a = generateArticle(7, i, vocab);
    texts.push({ source: `generated/${a.name}`, text: a.text });
  }
  // The same text twice, and a syndicated copy of an article earlier in the same batch.
  texts.push({ source: 'again/VNM_BLR_VNA', text: storeArticles.VNM_BLR_VNA });
  texts.push({ source: 'again/syndicated', text: storeArticles.VNM_BLR_SYNDICATED.replace('Vietnam', 'Viet Nam') });
  return texts.map(({ source, text }) => {
    const { doc, record } = run(text, source);
    if (source === 'extra/envoyUnknown')
      for (const ev of record.events)
        for (const p of ev.participants) if (p.name.includes('Vogelsang')) p.affiliation = null;
    return {
      source,
      url: null,
      text: doc.text,
      title: doc.title,
      published: record.published,
      format: 'text',
      record,
      doc,
      pipelineVersion: PIPELINE,
    };
  });
}

const TABLES: { table: string; columns: string; order: string }[] = [
  {
    table: 'documents',
    columns: `id, content_hash, source, url, title, published, text, format, pipeline_version,
      near_duplicate_of, previous_version_id, latest, simhash, sh_band0, sh_band1, sh_band2, sh_band3`,
    order: 'id',
  },
  {
    table: 'engagements',
    columns: `id, type, type_group, status, date, date_end, date_inferred, ref_date, city, country, occasion,
      occasion_key, parties_key`,
    order: 'id',
  },
  { table: 'engagement_parties', columns: 'engagement_id, party, ref_date', order: 'engagement_id, party' },
  {
    table: 'engagement_participants',
    columns: 'engagement_id, person_id, name, title, affiliation',
    order: 'engagement_id, person_id',
  },
  { table: 'engagement_topics', columns: 'engagement_id, topic', order: 'engagement_id, topic' },
  {
    table: 'engagement_requests',
    columns: 'engagement_id, by_party, of_party, kind, text, document_id',
    order: 'engagement_id, id',
  },
  { table: 'engagement_sources', columns: 'engagement_id, document_id, evidence, account', order: 'id' },
  { table: 'people', columns: 'id, name, name_key, affiliation', order: 'id' },
  {
    table: 'person_aliases',
    columns: 'person_id, side, alias, alias_key, alias_skeleton, typo_block_a, typo_block_b',
    order: 'person_id, alias',
  },
  {
    table: 'person_offices',
    columns: 'person_id, title, title_key, kind, affiliation, first_seen, last_seen',
    order: 'person_id, title_key, affiliation, first_seen',
  },
  { table: 'anniversaries', columns: 'id, document_id, parties_key, ordinal, year, subject', order: 'id' },
  { table: 'anniversary_parties', columns: 'anniversary_id, party', order: 'anniversary_id, party' },
  { table: 'partnerships', columns: 'id, document_id, document_date, parties_key, level', order: 'id' },
  { table: 'partnership_parties', columns: 'partnership_id, party', order: 'partnership_id, party' },
  { table: 'party_counts', columns: 'party, year, topic, n', order: 'party, year, topic' },
  { table: 'pair_counts', columns: 'party, other, n', order: 'party, other' },
];

/** Every table's rows (timestamps left out), and what full-text search finds. */
async function contents(store: Store, url: string): Promise<Record<string, unknown>> {
  const { db } = connect(url);
  const out: Record<string, unknown> = {};
  try {
    for (const t of TABLES)
      out[t.table] = (
        await sql`select ${sql.raw(t.columns)} from ${sql.table(t.table)} order by ${sql.raw(t.order)}`.execute(db)
      ).rows;
  } finally {
    await db.destroy();
  }
  for (const q of ['trade', 'minister', 'Lavrov', 'Mudavadi', 'cooperation energy'])
    out[`search:${q}`] = (await store.search(q, { limit: 200 })).items.map((i) => i.documentId);
  return out;
}

for (const backend of backends) {
  describe(`batch path equals the one-by-one path (${backend.name})`, { skip: backend.skip }, () => {
    const inputs = corpus();
    const opened: { cleanup(): Promise<void> }[] = [];
    let expected: Record<string, unknown>;
    const open = async () => {
      const s = await backend.open();
      opened.push(s);
      return s;
    };

    before(async () => {
      const one = await open();
      for (const input of inputs) await one.store.saveExtraction(input);
      expected = await contents(one.store, one.url);
    });
    after(async () => {
      for (const s of opened) await s.cleanup();
    });

    /** Saves through the batch path itself: a fallback to the one-by-one path would make the
     * comparison vacuous, so none is allowed here. */
    async function saveInBatches(url: string, size: number): Promise<SaveResult[]> {
      const { db, backend: kind } = connect(url);
      const results: SaveResult[] = [];
      try {
        for (let i = 0; i < inputs.length; i += size) {
          const batch = inputs.slice(i, i + size).map(prepareSave);
          const saved = await writeTransaction(db, kind, (trx) => saveBatch(trx, kind, batch));
          if (!saved) throw new Error(`expected the batch at ${i} to be saved in bulk, got a fallback`);
          results.push(...saved);
        }
      } finally {
        await db.destroy();
      }
      return results;
    }

    it('stores the same rows from one batch', async () => {
      const { store, url } = await open();
      const results = await saveInBatches(url, inputs.length);
      expect(results.map((r) => r.status).filter((s) => s === 'unchanged')).toHaveLength(1);
      expect(await contents(store, url)).toEqual(expected);
    });

    it('stores the same rows from many small batches', async () => {
      const { store, url } = await open();
      await saveInBatches(url, 7);
      expect(await contents(store, url)).toEqual(expected);
    });

    it('the corpus exercises merges, syndicated copies, variant spellings and sides learned later', () => {
      const sources = expected.engagement_sources as { engagement_id: number }[];
      const perEngagement = new Map<number, number>();
      for (const s of sources) perEngagement.set(s.engagement_id, (perEngagement.get(s.engagement_id) ?? 0) + 1);
      expect([...perEngagement.values()].filter((n) => n > 1).length).toBeGreaterThanOrEqual(2);
      const docs = expected.documents as { near_duplicate_of: number | null }[];
      expect(docs.filter((d) => d.near_duplicate_of !== null).length).toBeGreaterThanOrEqual(2);
      const aliases = expected.person_aliases as { person_id: number; alias: string }[];
      const nurtleu = new Set(aliases.filter((a) => a.alias.startsWith('Murat Nurtle')).map((a) => a.person_id));
      expect(nurtleu.size).toBe(1);
      const people = expected.people as { name: string; affiliation: string | null }[];
      expect(people.filter((p) => p.name.includes('Vogelsang')).map((p) => p.affiliation)).toEqual(['DEU']);
    });
  });
}
