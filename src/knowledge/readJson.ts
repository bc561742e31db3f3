import { readFileSync } from 'node:fs';

/** Reads a data file that ships next to the knowledge modules. */
export function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')) as T;
}
