// Pagination and value helpers shared by the queries.
import type { Page } from '../types.ts';

export const MAX_LIMIT = 200;
export const DEFAULT_LIMIT = 50;

/** Clamps a page to 1..200 rows and a non-negative offset; junk (NaN, strings) gets defaults. */
export function clampPage(page: Page | undefined): { limit: number; offset: number } {
  const limit = Number.isFinite(page?.limit) ? Math.floor(page!.limit!) : DEFAULT_LIMIT;
  const offset = Number.isFinite(page?.offset) ? Math.floor(page!.offset!) : 0;
  return { limit: Math.min(MAX_LIMIT, Math.max(1, limit)), offset: Math.max(0, offset) };
}

/** Counts arrive as numbers from SQLite and as numbers or strings from PostgreSQL (int8). */
export function num(value: unknown): number {
  return typeof value === 'number' ? value : Number(value ?? 0);
}

/** User text as a parameter: trimmed, NUL removed (PostgreSQL rejects NUL in text values, so
 * left in it would turn a harmless no-match into an error on one backend only). */
export function clean(value: string): string {
  return String(value).replaceAll('\u0000', '').trim();
}

/** Party codes are upper-case; user input may not be. */
export function partyCode(value: string): string {
  return clean(value).toUpperCase();
}
