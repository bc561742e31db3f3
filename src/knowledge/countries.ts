// Country gazetteer: names, demonyms, capitals and aliases mapped to ISO 3166-1 alpha-3 codes.
// Built from world-countries (read lazily) plus hand-compiled supplements in data/countries-extra.json.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';

export interface CountryForm {
  form: string;
  code: string;
  type: 'name' | 'demonym' | 'capital' | 'alias';
  caseSensitive: boolean;
}
export interface CountryInfo {
  code: string;
  name: string;
  capitals: string[];
}
export interface CityInfo {
  city: string;
  country: string;
  aliases: string[];
  /** True when the name is also a common word or person name ("Nice", "Sofia"): match exact case. */
  caseSensitive: boolean;
}

interface CountriesExtra {
  codeRemap: Record<string, string>;
  dropForms: string[];
  caseSensitive: string[];
  aliases: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  /** Per country, groups of [canonical capital, ...spelling variants]. */
  capitals: Record<string, string[][]>;
  cities: Record<string, string[][]>;
  notCountries: string[];
}

function readExtra(): CountriesExtra {
  const url = new URL('./data/countries-extra.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as CountriesExtra;
}

function readWorldCountries(): Country[] {
  const require = createRequire(import.meta.url);
  return require('world-countries/countries.json') as Country[];
}

const letters = (s: string): number => (s.match(/\p{L}/gu) ?? []).length;
/** Short all-caps forms (acronyms such as "US", "DPRK", "U.K.") must match case-sensitively. */
const isAcronym = (s: string): boolean => /^[A-Z.]+$/.test(s) && letters(s) <= 5;
const ALLOWED_TWO_LETTER = new Set(['US', 'UK']);

/** Capital groups of one country: hand-listed groups first, then world-countries capitals not yet covered. */
function capitalGroups(extra: CountriesExtra, c: Country, code: string): string[][] {
  const groups = (extra.capitals[code] ?? []).map((g) => [...g]);
  const known = new Set(groups.flat().map((x) => x.toLowerCase()));
  for (const cap of c.capital ?? []) {
    if (!known.has(cap.toLowerCase()) && !extra.dropForms.includes(cap)) groups.push([cap]);
  }
  return groups.filter((g) => g.length > 0);
}

export function loadCountries(): { forms: CountryForm[]; byCode: Map<string, CountryInfo> } {
  const extra = readExtra();
  const world = readWorldCountries();
  const remap = (code: string): string => extra.codeRemap[code] ?? code;
  const drop = new Set(extra.dropForms);
  const cs = new Set(extra.caseSensitive);
  const forms: CountryForm[] = [];
  const seen = new Set<string>();

  // Sovereign UN members before other states, then dependencies, so shared forms go to the state.
  const rank = (c: Country): number => (c.unMember ? 0 : c.independent ? 1 : 2);
  const ordered = [...world].sort((a, b) => rank(a) - rank(b) || a.cca3.localeCompare(b.cca3));
  // A hand-listed form keeps the type world-countries gives it for the same country ("Vietnam": name).
  const worldType = new Map<string, CountryForm['type']>();
  for (const c of ordered) {
    const code = remap(c.cca3);
    const note = (f: string, t: CountryForm['type']): void => {
      if (!worldType.has(`${f.toLowerCase()}|${code}`)) worldType.set(`${f.toLowerCase()}|${code}`, t);
    };
    note(c.name.common, 'name');
    note(c.name.official, 'name');
    const dem = c.demonyms?.['eng'];
    if (dem) [dem.m, dem.f].forEach((d) => note(d, 'demonym'));
    (c.capital ?? []).forEach((cap) => note(cap, 'capital'));
  }

  const add = (raw: string, code: string, given: CountryForm['type'], fromWorld: boolean): void => {
    const form = raw.trim();
    const type = worldType.get(`${form.toLowerCase()}|${code}`) ?? given;
    if (letters(form) < 2 || (fromWorld && drop.has(form))) return;
    if (letters(form) === 2 && !ALLOWED_TWO_LETTER.has(form.replace(/\./g, ''))) return;
    const variants = form.includes("'") ? [form, form.replace(/'/g, '\u2019')] : [form];
    for (const v of variants) {
      const key = v.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      forms.push({ form: v, code, type, caseSensitive: cs.has(form) || isAcronym(form) });
    }
  };

  // Hand-compiled forms first: they win conflicts (e.g. "Congo" -> COD, "American" -> USA).
  for (const [code, list] of Object.entries(extra.aliases)) for (const f of list) add(f, code, 'alias', false);
  for (const [code, list] of Object.entries(extra.demonyms)) for (const f of list) add(f, code, 'demonym', false);
  for (const [code, groups] of Object.entries(extra.capitals)) {
    for (const group of groups) for (const f of group) add(f, code, 'capital', false);
  }

  const byCode = new Map<string, CountryInfo>();
  for (const c of ordered) {
    const code = remap(c.cca3);
    add(c.name.common, code, 'name', true);
    add(c.name.official, code, 'name', true);
    for (const a of c.altSpellings) if (letters(a) >= 4) add(a, code, 'alias', true);
    const dem = c.demonyms?.['eng'];
    if (dem) for (const d of new Set([dem.m, dem.f])) add(d, code, 'demonym', true);
    for (const cap of c.capital ?? []) add(cap, code, 'capital', true);
    byCode.set(code, { code, name: c.name.common, capitals: capitalGroups(extra, c, code).map((g) => g[0] ?? '') });
  }
  return { forms, byCode };
}

/** Cities that appear in diplomatic news: every capital plus hand-listed other cities. */
export function loadCities(): CityInfo[] {
  const extra = readExtra();
  const cs = new Set(extra.caseSensitive);
  const out: CityInfo[] = [];
  const seen = new Set<string>();
  const push = (city: string, country: string, aliases: string[]): void => {
    const key = `${city.toLowerCase()}|${country}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ city, country, aliases: aliases.filter((a) => a !== city), caseSensitive: cs.has(city) });
  };
  for (const [code, list] of Object.entries(extra.cities)) {
    for (const [city, ...aliases] of list) if (city) push(city, code, aliases);
  }
  for (const c of readWorldCountries()) {
    const code = extra.codeRemap[c.cca3] ?? c.cca3;
    for (const [first, ...rest] of capitalGroups(extra, c, code)) if (first) push(first, code, rest);
  }
  // Larger cities from GeoNames (scripts/buildCities.ts), after the hand-listed ones and the
  // capitals: a name those already give, for any country, keeps that country.
  const named = new Set(out.flatMap((c) => [c.city, ...c.aliases]).map((n) => n.toLowerCase()));
  const dropped = new Set(extra.dropForms.map((f) => f.toLowerCase()));
  for (const [code, names] of Object.entries(readGeonamesCities()))
    for (const city of names)
      if (!named.has(city.toLowerCase()) && !dropped.has(city.toLowerCase())) push(city, code, []);
  return out;
}

function readGeonamesCities(): Record<string, string[]> {
  const url = new URL('./data/cities-geonames.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, string[]>;
}

/**
 * Phrases that contain a country form but do not name the country ("Indian Ocean",
 * "South China Sea", "Latin America", "New Jersey"). A matcher can add them as blockers so
 * the longer phrase wins over the country form inside it.
 */
export function loadNonCountryPhrases(): string[] {
  return [...new Set(readExtra().notCountries)];
}
