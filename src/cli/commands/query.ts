// `sidelines engagements|dossier|person|pair|search`: one store query each, printed as a table
// (default), JSON (--json, the same objects the HTTP API returns) or CSV (--csv).
import type { Store } from '../../store/store.ts';
import type { Io } from '../config.ts';
import { dossierCsv, formatDossier } from '../formatDossier.ts';
import { engagementsCsv, formatEngagementPage, formatPairPage } from '../formatEngagements.ts';
import { formatPerson, personCsv } from '../formatPerson.ts';
import { formatSearch, searchCsv } from '../formatSearch.ts';
import { makeStyle, type Style } from '../formatTable.ts';
import { EXIT_FAILED, withStore } from '../openStoreFor.ts';
import type { OutputFormat, QueryConfig } from '../queryConfig.ts';

interface Rendered {
  json: unknown;
  csv: () => string;
  table: (style: Style) => string;
}

function emit(io: Io, format: OutputFormat, color: boolean, out: Rendered): void {
  if (format === 'json') io.stdout.write(`${JSON.stringify(out.json, null, 2)}\n`);
  else if (format === 'csv') io.stdout.write(out.csv());
  else io.stdout.write(`${out.table(makeStyle(color))}\n`);
}

async function render(config: QueryConfig, store: Store, io: Io): Promise<Rendered | null> {
  switch (config.command) {
    case 'engagements': {
      const page = await store.engagements(config.filter, config.page);
      return { json: page, csv: () => engagementsCsv(page.items), table: (s) => formatEngagementPage(page, s) };
    }
    case 'search': {
      const page = await store.search(config.q, config.page);
      return { json: page, csv: () => searchCsv(page), table: (s) => formatSearch(config.q, page, s) };
    }
    case 'dossier': {
      const dossier = await store.dossier(config.party);
      return { json: dossier, csv: () => dossierCsv(dossier), table: (s) => formatDossier(dossier, s) };
    }
    case 'person': {
      const profile = await store.person(config.idOrName);
      if (!profile) {
        io.stderr.write(`sidelines: no person matches "${config.idOrName}"\n`);
        return null;
      }
      return { json: profile, csv: () => personCsv(profile), table: (s) => formatPerson(profile, s) };
    }
    case 'pair': {
      const page = await store.pairTimeline(config.a, config.b, config.page);
      const pair = { a: config.a.toUpperCase(), b: config.b.toUpperCase(), order: config.page.order };
      return {
        json: { ...pair, ...page },
        csv: () => engagementsCsv(page.items),
        table: (s) => formatPairPage(pair, page, s),
      };
    }
  }
}

export async function runQuery(config: QueryConfig, io: Io): Promise<number> {
  return withStore(config.dbUrl, io, { mustExist: true }, async (store) => {
    const out = await render(config, store, io);
    if (!out) return EXIT_FAILED;
    emit(io, config.format, config.color, out);
    return 0;
  });
}
