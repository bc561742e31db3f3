import { describe, it } from 'node:test';
import { expect } from '../expect.ts';
import { loadCities, loadCountries } from '../../src/knowledge/countries.ts';
import { loadOrganizations } from '../../src/knowledge/organizations.ts';
import { loadOffices, loadTitleWords } from '../../src/knowledge/offices.ts';
import { instanceName, instanceYear, loadMeetings, ordinal } from '../../src/knowledge/meetings.ts';

const countries = loadCountries();
const codeOf = (form: string): string | undefined => countries.forms.find((f) => f.form === form)?.code;
const formOf = (form: string) => countries.forms.find((f) => f.form === form);

const EXPECTED = `
Ivorian=CIV; Việt Nam=VNM; Viet Nam=VNM; Vietnamese=VNM; Belarusian=BLR; Côte d'Ivoire=CIV;
Cote d’Ivoire=CIV; Ivory Coast=CIV; Turkey=TUR; Türkiye=TUR; Lao PDR=LAO; Laos=LAO; US=USA;
U.S.=USA; USA=USA; American=USA; UK=GBR; Britain=GBR; British=GBR; DPRK=PRK; ROK=KOR; Korean=KOR;
Congo=COD; Congolese=COD; DRC=COD; Congo-Brazzaville=COG; Republic of the Congo=COG; Czechia=CZE;
Holy See=VAT; Palestinian=PSE; Kosovo=XKX; Emirati=ARE; UAE=ARE; Saudi=SAU; Swiss=CHE; Dutch=NLD;
Filipino=PHL; Philippine=PHL; Lao=LAO; Burmese=MMR; Timor-Leste=TLS; Timorese=TLS; Qatari=QAT;
Cameroonian=CMR; Venezuelan=VEN; Algerian=DZA; Pakistani=PAK; Chinese=CHN; Japanese=JPN;
Australian=AUS; Canadian=CAN; Indian=IND; French=FRA; Dominican=DOM; Beijing=CHN; New Delhi=IND;
Washington=USA; Hanoi=VNM; Ha Noi=VNM; Moscow=RUS; Kingston=JAM
`
  .split(/[;\n]/)
  .map((p) => p.trim())
  .filter(Boolean);
const parsePairs = (list: string[]): [string, string][] =>
  list.map((p) => {
    const at = p.lastIndexOf('=');
    return [p.slice(0, at), p.slice(at + 1)];
  });

describe('countries', () => {
  for (const [form, code] of parsePairs(EXPECTED))
    it(`${form} -> ${code}`, () => {
      expect(codeOf(form)).toBe(code);
    });

  it('types forms', () => {
    expect(formOf('Belarusian')?.type).toBe('demonym');
    expect(formOf('Hanoi')?.type).toBe('capital');
    expect(formOf('Vietnam')?.type).toBe('name');
  });

  it('marks common words, names and acronyms case-sensitive', () => {
    for (const f of ['Chad', 'Jordan', 'Georgia', 'Guinea', 'Turkey', 'Niger', 'US', 'UK', 'Polish']) {
      expect(formOf(f)?.caseSensitive, f).toBe(true);
    }
    expect(formOf('Vietnam')?.caseSensitive).toBe(false);
  });

  it('has no duplicate forms (case-insensitively) and no bad short forms', () => {
    const keys = countries.forms.map((f) => f.form.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of countries.forms) {
      const letters = (f.form.match(/\p{L}/gu) ?? []).length;
      expect(letters, f.form).toBeGreaterThanOrEqual(2);
      if (letters === 2) expect(['US', 'UK']).toContain(f.form.replace(/\./g, ''));
    }
    for (const bad of ['Island', 'VN', 'Dominique', 'Douglas', 'Victoria']) expect(codeOf(bad), bad).toBeUndefined();
  });

  it('every form points at a known country', () => {
    for (const f of countries.forms) expect(countries.byCode.has(f.code), `${f.form} -> ${f.code}`).toBe(true);
    expect(countries.byCode.size).toBeGreaterThanOrEqual(249);
    expect(countries.byCode.get('VNM')).toEqual({ code: 'VNM', name: 'Vietnam', capitals: ['Hanoi'] });
    expect(countries.byCode.get('USA')?.capitals[0]).toBe('Washington');
  });

  it('is pure: same output each call', () => {
    expect(loadCountries()).toEqual(countries);
    expect(loadCities()).toEqual(loadCities());
  });

  it('lists cities including capitals', () => {
    const cities = loadCities();
    const find = (name: string) => cities.find((c) => c.city === name || c.aliases.includes(name));
    expect(find('Geneva')?.country).toBe('CHE');
    expect(find('Davos')?.country).toBe('CHE');
    expect(find('New York')?.country).toBe('USA');
    expect(find('Ho Chi Minh City')?.country).toBe('VNM');
    expect(find('Saigon')?.city).toBe('Ho Chi Minh City');
    expect(find('Hanoi')?.country).toBe('VNM');
    expect(find('Ha Noi')?.city).toBe('Hanoi');
    expect(find('Cape Town')?.country).toBe('ZAF');
    expect(cities.length).toBeGreaterThan(300);
    for (const c of cities) expect(countries.byCode.has(c.country), c.city).toBe(true);
  });
});

describe('organizations', () => {
  const orgs = loadOrganizations();
  const byCode = new Map(orgs.map((o) => [o.code, o]));
  it('has unique codes and existing parents', () => {
    expect(byCode.size).toBe(orgs.length);
    expect(orgs.length).toBeGreaterThanOrEqual(140);
    for (const o of orgs) if (o.parent) expect(byCode.has(o.parent), `${o.code} parent ${o.parent}`).toBe(true);
  });
  it('knows the codes the scorer uses', () => {
    for (const c of ['UN', 'UNDP', 'OHCHR', 'UNHRC', 'UNGA', 'EU', 'ASEAN', 'AU', 'EFTA', 'WEF', 'NAM', 'ITLOS']) {
      expect(byCode.has(c), c).toBe(true);
    }
    expect(byCode.get('UN')?.parent).toBeNull();
    expect(byCode.get('UNDP')?.parent).toBe('UN');
    expect(byCode.get('EC')?.parent).toBe('EU');
    expect(byCode.get('EC')?.names).toContain('European Commission');
    expect(byCode.get('AU')?.names).toContain('African Union');
    expect(byCode.get('NAM')?.names).toContain('Non-Aligned Movement');
    expect(byCode.get('WEF')?.names).toContain('World Economic Forum');
    expect(byCode.get('UNHRC')?.hq).toEqual({ city: 'Geneva', country: 'CHE' });
  });
  it('hq countries are known ISO3 codes', () => {
    for (const o of orgs) if (o.hq) expect(countries.byCode.has(o.hq.country), o.code).toBe(true);
  });
  it('no acronym belongs to two organizations', () => {
    const all = orgs.flatMap((o) => o.acronyms);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('offices', () => {
  const offices = loadOffices();
  const orgCodes = new Set(loadOrganizations().map((o) => o.code));
  const find = (name: string) => offices.find((o) => o.names.includes(name));
  it('has unique keys and unique names', () => {
    expect(new Set(offices.map((o) => o.key)).size).toBe(offices.length);
    const names = offices.flatMap((o) => o.names.map((n) => n.toLowerCase()));
    expect(new Set(names).size).toBe(names.length);
  });
  it('country and org defaults refer to known entities', () => {
    for (const o of offices) {
      if (o.country) expect(countries.byCode.has(o.country), o.key).toBe(true);
      if (o.org) expect(orgCodes.has(o.org), o.key).toBe(true);
      expect(o.names).toContain(o.canonical);
    }
  });
  it('maps titles to kinds and defaults', () => {
    expect(find('Minister of Foreign Affairs')?.kind).toBe('foreign_minister');
    expect(find('FM')?.kind).toBe('foreign_minister');
    expect(find('External Affairs Minister')?.country).toBe('IND');
    expect(find('EAM')?.country).toBe('IND');
    expect(find('Secretary of State')?.country).toBe('USA');
    expect(find('Taoiseach')?.country).toBe('IRL');
    expect(find('Chief Cabinet Secretary')?.country).toBe('JPN');
    expect(find('State Councilor')?.country).toBe('CHN');
    expect(find('High Commissioner for Human Rights')?.org).toBe('OHCHR');
    expect(find('UNDP Administrator')?.org).toBe('UNDP');
    expect(find('High Representative for Foreign Affairs and Security Policy')?.org).toBe('EU');
    expect(find("Minister of the People's Power for Foreign Affairs")?.country).toBe('VEN');
    expect(find('Vice Premier')?.kind).toBe('deputy_head_of_government');
    expect(find('Deputy Secretary of State')?.kind).toBe('deputy_foreign_minister');
    expect(find('Ambassador Extraordinary and Plenipotentiary')?.kind).toBe('ambassador');
    expect(find('Chairman of the National Assembly')?.kind).toBe('legislature_head');
    expect(find('Minister of Industry and Trade')?.kind).toBe('minister');
  });
  it('title words', () => {
    const { heads, modifiers } = loadTitleWords();
    expect(heads).toContain('Minister');
    expect(heads).toContain('Ambassador');
    expect(modifiers).toContain('Deputy');
    expect(modifiers).toContain('Plenipotentiary');
    for (const w of [...heads, ...modifiers]) expect(w, w).toMatch(/^\p{Lu}[\p{L}-]*$/u);
  });
});

describe('meetings', () => {
  const meetings = loadMeetings();
  const orgCodes = new Set(loadOrganizations().map((o) => o.code));
  const byKey = new Map(meetings.map((m) => [m.key, m]));
  it('has unique keys, plausible anchors and known orgs', () => {
    expect(byKey.size).toBe(meetings.length);
    expect(meetings.length).toBeGreaterThanOrEqual(60);
    for (const m of meetings) {
      if (m.anchor) {
        expect(m.anchor.year, m.key).toBeGreaterThanOrEqual(1945);
        expect(m.anchor.year, m.key).toBeLessThanOrEqual(2026);
        expect(m.anchor.ordinal, m.key).toBeGreaterThan(0);
        expect(Number.isInteger(m.anchor.ordinal), m.key).toBe(true);
      }
      if (m.org) expect(orgCodes.has(m.org), m.key).toBe(true);
      if (m.venue) expect(countries.byCode.has(m.venue.country), m.key).toBe(true);
      expect(m.perYear).toBeGreaterThanOrEqual(0);
      expect(m.template).toMatch(/\{(ordinal|n)\}|^\{canonical\}$/);
    }
  });
  it('numbers instances', () => {
    const unga = byKey.get('unga')!;
    expect(instanceName(unga, 78)).toBe('78th session of the United Nations General Assembly');
    expect(instanceYear(unga, 78)).toBe(2023);
    expect(instanceYear(byKey.get('amm')!, 58)).toBe(2025);
    expect(instanceYear(byKey.get('unhrc')!, 57)).toBe(2024);
    expect(instanceYear(byKey.get('unhrc')!, 58)).toBe(2025);
    expect(instanceName(byKey.get('cop')!, 28)).toBe('COP28');
    expect(byKey.get('amm')!.names).toContain('ASEAN Foreign Ministers\u2019 Meeting');
    expect(byKey.get('wef_annual')!.venue).toEqual({ city: 'Davos', country: 'CHE' });
    expect(ordinal(1)).toBe('1st');
    expect(ordinal(12)).toBe('12th');
    expect(ordinal(23)).toBe('23rd');
    expect(ordinal(111)).toBe('111th');
  });
});

describe('non-country phrases', () => {
  it('lists phrases that contain a country form', async () => {
    const { loadNonCountryPhrases } = await import('../../src/knowledge/countries.ts');
    const phrases = loadNonCountryPhrases();
    expect(phrases).toContain('South China Sea');
    expect(phrases).toContain('Indian Ocean');
    const forms = new Set(countries.forms.map((f) => f.form.toLowerCase()));
    for (const p of phrases) expect(forms.has(p.toLowerCase()), p).toBe(false);
  });
});
