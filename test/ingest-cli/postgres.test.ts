// The ingest commands against PostgreSQL (`--db postgres://...` and DATABASE_URL), when
// TEST_DATABASE_URL names a server (.ci/run sets one up); skipped otherwise, like the store
// suites. Each run gets a throwaway schema through the URL's search_path option, so it can run
// in parallel with the other suites on one database.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openStore } from '../../src/store/store.ts';
import { expect } from '../expect.ts';
import { createSchema, pgAdmin, pgSkip, type PgSchema } from '../pgSchema.ts';
import { makeArticle } from './articleCorpus.ts';
import { startLoopback, type Loopback } from './loopbackServer.ts';
import { runCli, summaryOf } from './runCli.ts';

let pg: PgSchema | null = null;
let url = '';
let web: Loopback;
let dir = '';

describe('sidelines ingest on PostgreSQL', { skip: pgSkip }, () => {
  before(async () => {
    pg = await createSchema('ingest_cli');
    url = pg.url;
    web = await startLoopback();
    dir = mkdtempSync(join(tmpdir(), 'sidelines-ingest-pg-'));
    mkdirSync(join(dir, 'articles'));
    for (let i = 0; i < 12; i++) {
      const a = makeArticle(700 + i);
      writeFileSync(join(dir, 'articles', a.name), a.text);
    }
  });
  after(async () => {
    await web?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    await pg?.drop();
  });

  it('stores a directory and a feed once, re-runs as no-ops, and re-extracts stale documents', async () => {
    const args = ['ingest', join(dir, 'articles'), `${web.base}/feed.xml`, '--json'];
    const first = await runCli([...args, '--db', url]);
    expect(first.code, first.stderr).toBe(0);
    const s1 = summaryOf(first);
    expect(s1).toMatchObject({ new: 17, failed: 0, documents: 17 });
    expect(s1.db).not.toContain(':sidelines@'); // the password is masked in output
    // DATABASE_URL is used when --db is not given.
    const second = await runCli(args, { env: { DATABASE_URL: url } });
    expect(second.code, second.stderr).toBe(0);
    expect(summaryOf(second)).toMatchObject({ new: 0, unchanged: 17, documents: 17, engagements: s1.engagements });

    const schema = pg?.schema;
    await pgAdmin(
      `update ${schema}.documents set pipeline_version = 'old' where id in (select id from ${schema}.documents order by id limit 4)`,
    );
    const re = await runCli(['reextract', '--db', url, '--json']);
    expect(re.code, re.stderr).toBe(0);
    expect(summaryOf(re)).toMatchObject({ reextracted: 4, failed: 0, documents: 17, engagements: s1.engagements });

    const store = await openStore({ url });
    try {
      expect((await store.stats()).pipelineVersions).toHaveLength(1);
    } finally {
      await store.close();
    }
  });
});
