// Migrations are plain objects compiled into the program (no directory scanning at run time, so
// they work the same under tsx, a bundle or a test runner). Each module takes the backend because
// id columns and full-text search differ between SQLite and PostgreSQL. Never edit a migration
// that has shipped: add a new one, named so that it sorts after the others.
import type { Migration, MigrationProvider } from 'kysely';
import type { Backend } from '../schema.ts';
import { documentsMigration } from './001_documents.ts';
import { registryMigration } from './002_registry.ts';
import { engagementsMigration } from './003_engagements.ts';
import { searchMigration } from './004_search.ts';
import { partyCountsMigration } from './005_party_counts.ts';
import { aliasSkeletonMigration } from './006_alias_skeleton.ts';
import { partyRecencyMigration } from './007_party_recency.ts';
import { lookupIndexesMigration } from './008_lookup_indexes.ts';
import { coveringRequestsMigration } from './009_covering_requests.ts';
import { coveringOfficeholdersMigration } from './010_covering_officeholders.ts';

export function migrationProvider(backend: Backend): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '001_documents': documentsMigration(backend),
    '002_registry': registryMigration(backend),
    '003_engagements': engagementsMigration(backend),
    '004_search': searchMigration(backend),
    '005_party_counts': partyCountsMigration(backend),
    '006_alias_skeleton': aliasSkeletonMigration(backend),
    '007_party_recency': partyRecencyMigration(backend),
    '008_lookup_indexes': lookupIndexesMigration(backend),
    '009_covering_requests': coveringRequestsMigration(backend),
    '010_covering_officeholders': coveringOfficeholdersMigration(backend),
  };
  return { getMigrations: () => Promise.resolve(migrations) };
}
