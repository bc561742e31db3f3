// Everything the pipeline knows about the world, loaded once from data files and passed in ctx.
// Built by loadKnowledge(), never at import time, and never mutated afterwards.
import { buildGazetteer, type Gazetteer } from './gazetteer.ts';
import { loadCities, loadCountries, loadNonCountryPhrases, type CountryInfo } from './countries.ts';
import { loadOrganizations, type OrgInfo } from './organizations.ts';
import { loadOffices, loadTitleWords, type OfficeInfo } from './offices.ts';
import { loadMeetings, type MeetingInfo } from './meetings.ts';
import { loadLexicons, type Lexicons } from './lexicons.ts';
import { fold } from '../text/fold.ts';
import { readJson } from './readJson.ts';

export type { CountryInfo } from './countries.ts';
export type { OrgInfo } from './organizations.ts';
export type { OfficeInfo } from './offices.ts';
export type { MeetingInfo } from './meetings.ts';

/** 'blocker': a phrase that holds a country form but names no entity ("Latin American",
 * "South China Sea"); matched so the longer phrase wins, never emitted. */
export type EntityKind = 'country' | 'org' | 'city' | 'meeting' | 'office' | 'blocker';

export interface EntityRef {
  kind: EntityKind;
  /** ISO3 for countries, org code, city name, meeting key, office key. */
  code: string;
  /** How it was written: name, demonym, capital, alias, acronym... */
  form: string;
  /** For cities: the country they are in. */
  country?: string;
}

export interface Knowledge {
  version: string;
  gazetteer: Gazetteer<EntityRef>;
  countries: Map<string, CountryInfo>;
  orgs: Map<string, OrgInfo>;
  offices: Map<string, OfficeInfo>;
  meetings: Map<string, MeetingInfo>;
  /** Folded single words that make up titles. */
  titleHeads: Set<string>;
  titleModifiers: Set<string>;
  lexicons: Lexicons;
  /** Org code → the party it acts for (European Commission → EU). */
  partyOf: Map<string, string>;
  /** National news agency as written in datelines → the country it reports for. */
  agencies: Map<string, string>;
}

export const KNOWLEDGE_VERSION = '2';

export function loadKnowledge(): Knowledge {
  const { forms, byCode } = loadCountries();
  const orgList = loadOrganizations();
  const officeList = loadOffices();
  const meetingList = loadMeetings();
  const entries = [];
  for (const f of forms)
    entries.push({
      phrase: f.form,
      exact: f.caseSensitive,
      value: { kind: 'country' as const, code: f.code, form: f.type },
    });
  for (const phrase of loadNonCountryPhrases())
    entries.push({ phrase, exact: false, value: { kind: 'blocker' as const, code: phrase, form: 'blocker' } });
  for (const c of loadCities())
    for (const name of [c.city, ...c.aliases])
      entries.push({
        phrase: name,
        exact: false,
        value: { kind: 'city' as const, code: c.city, form: 'city', country: c.country },
      });
  for (const o of orgList) {
    for (const n of o.names)
      entries.push({ phrase: n, exact: false, value: { kind: 'org' as const, code: o.code, form: 'name' } });
    for (const a of o.acronyms)
      entries.push({ phrase: a, exact: true, value: { kind: 'org' as const, code: o.code, form: 'acronym' } });
  }
  for (const m of meetingList)
    for (const n of m.names) {
      const acronym = /^[A-Z0-9-]+$/.test(n);
      entries.push({
        phrase: n,
        exact: acronym,
        value: { kind: 'meeting' as const, code: m.key, form: acronym ? 'acronym' : 'name' },
      });
    }
  for (const o of officeList)
    for (const n of o.names) {
      const acronym = /^[A-Z]{2,5}$/.test(n);
      entries.push({
        phrase: n,
        exact: acronym,
        value: { kind: 'office' as const, code: o.key, form: acronym ? 'acronym' : 'name' },
      });
    }
  const words = loadTitleWords();
  return {
    version: KNOWLEDGE_VERSION,
    gazetteer: buildGazetteer(entries),
    countries: byCode,
    orgs: new Map(orgList.map((o) => [o.code, o])),
    offices: new Map(officeList.map((o) => [o.key, o])),
    meetings: new Map(meetingList.map((m) => [m.key, m])),
    titleHeads: new Set(words.heads.map(fold)),
    titleModifiers: new Set(words.modifiers.map(fold)),
    lexicons: loadLexicons(),
    agencies: new Map(
      Object.entries(readJson<Record<string, string>>('agencies.json')).filter(([key]) => !key.startsWith('_')),
    ),
    partyOf: new Map(
      Object.entries(readJson<Record<string, string>>('org-parties.json')).filter(([key]) => !key.startsWith('_')),
    ),
  };
}
