// Variant spellings of known names ("Sergey Lavrov" for "Sergei Lavrov", "Vivian Balakrishan"
// for "Vivian Balakrishnan"; the rules are in ./nameSkeleton.ts): the indexed query for the
// aliases that may be one, and the pure decision of which person, if any, a name denotes.
import { sql, type CompiledQuery, type Kysely } from 'kysely';
import { compiledOnce } from './compiledOnce.ts';
import { skeletonTokens, typoBlocks, typoMatch } from './nameSkeleton.ts';
import type { Database } from './schema.ts';

export interface FuzzyCandidate {
  id: number;
  affiliation: string | null;
  /** 'skeleton': the same name in another spelling; 'typo': one slip in one long token. */
  how: 'skeleton' | 'typo';
}

/** At most this many rows are read; a name that matches more is too common to guess at. */
export const MAX_FUZZY_ROWS = 50;

/** An alias row the fuzzy query returns. */
export type FuzzyRow = { id: number; affiliation: string | null; alias_skeleton: string };

/** What a name is looked up by: its skeleton tokens and typo blocks (null for no token). */
export function fuzzyProbe(name: string): { tokens: readonly string[]; skeleton: string; blocks: string[] } | null {
  const tokens = skeletonTokens(name);
  if (!tokens.length) return null;
  return { tokens, skeleton: tokens.join(' '), blocks: typoBlocks(tokens) };
}

/** The people the rows show, best way first ([] when the rows reached MAX_FUZZY_ROWS): a row is
 * a 'skeleton' match when it has the name's skeleton, a 'typo' when one token differs by a slip. */
export function fuzzyCandidatesOfRows(
  probe: { tokens: readonly string[]; skeleton: string },
  rows: readonly FuzzyRow[],
): FuzzyCandidate[] {
  if (rows.length >= MAX_FUZZY_ROWS) return [];
  const out = new Map<number, FuzzyCandidate>();
  for (const r of rows) {
    const how =
      r.alias_skeleton === probe.skeleton
        ? 'skeleton'
        : typoMatch(probe.tokens, r.alias_skeleton.split(' '))
          ? 'typo'
          : null;
    if (how && out.get(r.id)?.how !== 'skeleton') out.set(r.id, { id: r.id, affiliation: r.affiliation, how });
  }
  return [...out.values()].sort((a, b) => a.id - b.id);
}

/** The one person the candidates denote, or undefined when none or several do. A spelling
 * variant outranks a typo: when two people share the spelling that is ambiguous, and a typo is
 * not looked for. */
export function pickFuzzy(candidates: readonly FuzzyCandidate[]): FuzzyCandidate | undefined {
  const skeleton = candidates.filter((p) => p.how === 'skeleton');
  const matches = skeleton.length ? skeleton : candidates.filter((p) => p.how === 'typo');
  return new Set(matches.map((p) => p.id)).size === 1 ? matches[0] : undefined;
}

/**
 * People whose known names are variant spellings of `name`, on `side` or of unknown side (any
 * side when side is null): one query through the indexes on the alias skeleton and the typo
 * blocks, reading at most MAX_FUZZY_ROWS rows (none when the name has fewer than two tokens).
 * Returns [] when that many rows match.
 */
export async function fuzzyCandidates(
  db: Kysely<Database>,
  name: string,
  side: string | null = null,
): Promise<FuzzyCandidate[]> {
  const probe = fuzzyProbe(name);
  if (!probe) return [];
  return fuzzyCandidatesOfRows(probe, await fuzzyRows(db, probe, side));
}

/** The rows of the fuzzy query for a probe on a side (any side when null). */
export async function fuzzyRows(
  db: Kysely<Database>,
  probe: { skeleton: string; blocks: readonly string[] },
  side: string | null,
): Promise<FuzzyRow[]> {
  return (await db.executeQuery(compiledFuzzyQuery(db, probe.skeleton, probe.blocks, side))).rows;
}

/** The fuzzy query compiled once per shape (number of blocks, side or not): building it with
 * kysely costs more than running it, and it runs for every name the registry has not seen. */
function compiledFuzzyQuery(db: Kysely<Database>, skeleton: string, blocks: readonly string[], side: string | null) {
  const n = blocks.length;
  return compiledOnce(
    db,
    `fuzzy:${n}${side === null ? '' : ':side'}`,
    (v) =>
      fuzzyQuery(
        db,
        v<string>(0),
        blocks.map((_, i) => v<string>(1 + i)),
        side === null ? null : v<string>(1 + n),
      ),
    side === null ? [skeleton, ...blocks] : [skeleton, ...blocks, side],
  ) as CompiledQuery<FuzzyRow>;
}

/** The aliases with this skeleton, or filed under one of these typo blocks, of people on `side`
 * or of unknown side (when side is given), by the side each alias carries (migration 008). Each
 * `<> ''` lets the partial index on that column serve its branch of the OR (SQLite: a
 * multi-index OR; PostgreSQL: a bitmap OR; one query plans in half the time of a UNION ALL of
 * three on PostgreSQL). */
export function fuzzyQuery(db: Kysely<Database>, skeleton: string, blocks: readonly string[], side: string | null) {
  return db
    .selectFrom('person_aliases as a')
    .select(['a.person_id as id', 'a.side as affiliation', 'a.alias_skeleton'])
    .where((eb) => {
      const filed = (column: 'a.alias_skeleton' | 'a.typo_block_a' | 'a.typo_block_b') => eb(column, '<>', sql.lit(''));
      const names = eb.or([
        eb.and([filed('a.alias_skeleton'), eb('a.alias_skeleton', '=', skeleton)]),
        ...(blocks.length
          ? [
              eb.and([filed('a.typo_block_a'), eb('a.typo_block_a', 'in', blocks)]),
              eb.and([filed('a.typo_block_b'), eb('a.typo_block_b', 'in', blocks)]),
            ]
          : []),
      ]);
      if (side === null) return names;
      return eb.and([eb.or([eb('a.side', '=', side), eb('a.side', 'is', null)]), names]);
    })
    .limit(MAX_FUZZY_ROWS);
}
