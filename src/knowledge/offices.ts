// Offices and titles as printed in diplomatic news, with the role they denote and any country or
// organisation the title alone implies. Hand-compiled in data/offices.json (see SOURCES.md).
import { readFileSync } from 'node:fs';

export type OfficeKind =
  | 'foreign_minister'
  | 'deputy_foreign_minister'
  | 'head_of_state'
  | 'head_of_government'
  | 'deputy_head_of_government'
  | 'minister'
  | 'deputy_minister'
  | 'ambassador'
  | 'org_head'
  | 'legislature_head'
  | 'party_leader'
  | 'royal'
  | 'envoy'
  | 'official';

export interface OfficeInfo {
  key: string;
  kind: OfficeKind;
  /** Title phrases as printed; always includes `canonical`. */
  names: string[];
  canonical: string;
  /** ISO3 code the title alone implies ("External Affairs Minister" -> IND), else null. */
  country: string | null;
  /** Organisation code the title alone implies ("UNDP Administrator" -> UNDP), else null. */
  org: string | null;
}

interface OfficesFile {
  titleWords: { heads: string[]; modifiers: string[] };
  offices: OfficeInfo[];
}

function readOfficesFile(): OfficesFile {
  const url = new URL('./data/offices.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as OfficesFile;
}

export function loadOffices(): OfficeInfo[] {
  return readOfficesFile().offices.map((o) => {
    const seen = new Set<string>();
    const names = [o.canonical, ...o.names].filter((n) => {
      const k = n.toLowerCase();
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    return { key: o.key, kind: o.kind, names, canonical: o.canonical, country: o.country, org: o.org };
  });
}

/**
 * Single capitalised words that make up title phrases: `heads` end a title ("Minister"),
 * `modifiers` precede a head ("Deputy", "Foreign"). Useful to spot titles not listed in full.
 */
export function loadTitleWords(): { heads: string[]; modifiers: string[] } {
  const { heads, modifiers } = readOfficesFile().titleWords;
  return { heads: [...new Set(heads)], modifiers: [...new Set(modifiers)] };
}
