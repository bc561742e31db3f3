// An esbuild plugin providing two virtual modules to the web bundle, computed at build time so
// only the fields the UI needs are shipped:
//   sidelines:reference  party display names (ISO3 countries from world-countries, organisation
//                        codes from the knowledge base), ISO numeric → alpha-3, topic keys
//   sidelines:atlas      world-atlas countries-110m TopoJSON without its `land` object
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';

const require = createRequire(import.meta.url);
const DATA = fileURLToPath(new URL('../../src/knowledge/data/', import.meta.url));

interface Country {
  cca3: string;
  ccn3: string;
  name: { common: string };
}
interface Organization {
  code: string;
  name: string;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** The source of `sidelines:reference`. */
export function referenceModule(): string {
  const countries = readJson<Country[]>(require.resolve('world-countries/countries.json'));
  const organizations = readJson<Organization[]>(`${DATA}organizations.json`);
  const topics = Object.keys(readJson<Record<string, unknown>>(`${DATA}topics.json`)).filter((k) => !k.startsWith('_'));
  const names: Record<string, string> = {};
  const numeric: Record<string, string> = {};
  for (const c of countries) {
    names[c.cca3] = c.name.common;
    if (c.ccn3) numeric[c.ccn3] = c.cca3;
  }
  for (const o of organizations) names[o.code] ??= o.name;
  return [
    `export const PARTY_NAMES = ${JSON.stringify(names)};`,
    `export const NUMERIC_TO_ALPHA3 = ${JSON.stringify(numeric)};`,
    `export const TOPICS = ${JSON.stringify(topics.sort())};`,
  ].join('\n');
}

/** The source of `sidelines:atlas` (JSON). */
export function atlasModule(): string {
  const atlas = readJson<{ objects: Record<string, unknown> }>(require.resolve('world-atlas/countries-110m.json'));
  delete atlas.objects.land;
  return JSON.stringify(atlas);
}

export function referencePlugin(): Plugin {
  return {
    name: 'sidelines-reference',
    setup(build) {
      build.onResolve({ filter: /^sidelines:(reference|atlas)$/ }, (args) => ({
        path: args.path,
        namespace: 'sidelines',
      }));
      build.onLoad({ filter: /.*/, namespace: 'sidelines' }, (args) =>
        args.path === 'sidelines:atlas'
          ? { contents: atlasModule(), loader: 'json' }
          : { contents: referenceModule(), loader: 'js' },
      );
    },
  };
}
