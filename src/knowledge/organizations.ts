// International organisations: codes, printed names, acronyms, parent body and headquarters.
// Data is hand-compiled in data/organizations.json (see SOURCES.md) and read lazily.
import { readFileSync } from 'node:fs';

export interface OrgInfo {
  code: string;
  name: string;
  /** Full names matched case-insensitively; always includes `name`. */
  names: string[];
  /** Acronyms matched case-sensitively. */
  acronyms: string[];
  parent: string | null;
  hq: { city: string; country: string } | null;
}

function uniqueBy(list: string[], key: (s: string) => string): string[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const k = key(s);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function loadOrganizations(): OrgInfo[] {
  const url = new URL('./data/organizations.json', import.meta.url);
  const raw = JSON.parse(readFileSync(url, 'utf8')) as OrgInfo[];
  return raw.map((o) => ({
    code: o.code,
    name: o.name,
    names: uniqueBy([o.name, ...o.names], (s) => s.toLowerCase()),
    acronyms: uniqueBy(o.acronyms, (s) => s),
    parent: o.parent,
    hq: o.hq ? { city: o.hq.city, country: o.hq.country } : null,
  }));
}
