// Table tests of the title and name grammar and of coreference, on sentences we wrote.
import { describe, it } from 'node:test';
import { expect } from '../expect.ts';
import { people, run } from '../helpers.ts';

describe('people: title then name', () => {
  const table: { text: string; name: string; title: string | null; affiliation: string }[] = [
    {
      text: 'Indian External Affairs Minister S. Jaishankar arrived on Monday.',
      name: 'S. Jaishankar',
      title: 'External Affairs Minister',
      affiliation: 'IND',
    },
    {
      text: 'Belarusian FM Vladimir Makei spoke first.',
      name: 'Vladimir Makei',
      title: 'Foreign Minister',
      affiliation: 'BLR',
    },
    {
      text: "Cameroon's FM Lejeune Mbella Mbella spoke first.",
      name: 'Lejeune Mbella Mbella',
      title: 'Foreign Minister',
      affiliation: 'CMR',
    },
    {
      text: 'The Foreign Minister of Qatar Sheikh Mohammed bin Abdulrahman Al Thani spoke.',
      name: 'Sheikh Mohammed bin Abdulrahman Al Thani',
      title: 'Foreign Minister',
      affiliation: 'QAT',
    },
    {
      text: 'UN High Commissioner for Human Rights Volker Türk spoke.',
      name: 'Volker Türk',
      title: 'UN High Commissioner for Human Rights',
      affiliation: 'OHCHR',
    },
    {
      text: 'The Minister met with Minister of Trade, Industry and Energy of the ROK Ahn Duk-geun on Monday.',
      name: 'Ahn Duk-geun',
      title: 'Minister of Trade, Industry and Energy',
      affiliation: 'KOR',
    },
    {
      text: 'South Korean Foreign Minister Park Sung-min arrived on Monday.',
      name: 'Park Sung-min',
      title: 'Foreign Minister',
      affiliation: 'KOR',
    },
    { text: 'Chinese Foreign Minister Wang Yi spoke.', name: 'Wang Yi', title: 'Foreign Minister', affiliation: 'CHN' },
    {
      // "the X, Minister Y": two people side by side, not one title
      text: 'Welcoming the Maldivian Foreign Minister, Sri Lankan Minister Vijitha Herath recalled the ties.',
      name: 'Vijitha Herath',
      title: 'Minister',
      affiliation: 'LKA',
    },
    {
      // an abbreviated style ("HH", "HRH") between the title and the name keeps them together
      text: 'The minister met Bahraini Minister of Foreign Affairs HH Sheikh Khalid bin Ahmed Al Khalifa on Monday.',
      name: 'Sheikh Khalid bin Ahmed Al Khalifa',
      title: 'Minister of Foreign Affairs',
      affiliation: 'BHR',
    },
    {
      text: 'She later called on Jordanian Crown Prince HRH Prince Hashem bin Abdullah in Amman.',
      name: 'Prince Hashem bin Abdullah',
      title: 'Crown Prince',
      affiliation: 'JOR',
    },
    {
      text: "Tonga's Prime Minister Hu'akavameiliku Siaosi Sovaleni spoke.",
      name: "Hu'akavameiliku Siaosi Sovaleni",
      title: 'Prime Minister',
      affiliation: 'TON',
    },
    {
      text: 'Ghana welcomed Mr Samuel Okudzeto Ablakwa, the Minister for Foreign Affairs of Ghana, to the talks.',
      name: 'Samuel Okudzeto Ablakwa',
      title: 'Minister for Foreign Affairs',
      affiliation: 'GHA',
    },
    {
      text: 'Minister for Foreign Affairs of Japan Mr. KAMIKAWA Yoko spoke.',
      name: 'KAMIKAWA Yoko',
      title: 'Minister for Foreign Affairs',
      affiliation: 'JPN',
    },
    {
      text: 'She also met Retno Marsudi of Indonesia on Tuesday.',
      name: 'Retno Marsudi',
      title: null,
      affiliation: 'IDN',
    },
  ];
  for (const row of table)
    it(row.text, () => {
      expect(people(row.text)).toContainEqual({ name: row.name, title: row.title, affiliation: row.affiliation });
    });
});

describe('coreference', () => {
  it('"The envoys are A of X, B of the Republic of Y, and C of Z": each a person of that country', () => {
    expect(
      people(
        'The envoys are Hossam Eldin Abdelghaffar of Egypt, Lee Seung-woo of the Republic of Korea, and Ildikó Várkonyi-Tóth of Hungary.',
      ),
    ).toEqual([
      { name: 'Hossam Eldin Abdelghaffar', title: null, affiliation: 'EGY' },
      { name: 'Lee Seung-woo', title: null, affiliation: 'KOR' },
      { name: 'Ildikó Várkonyi-Tóth', title: null, affiliation: 'HUN' },
    ]);
  });
  it('"the Bank of Korea" and "the University of Ghana" are no people', () => {
    expect(
      people('Officials from the Bank of Korea, the University of Ghana and the Port of Durban attended.'),
    ).toEqual([]);
  });
  it('"the Minister for Africa, Lord X": a style after the comma keeps the title with its holder', () => {
    const found = people('Earlier, Mr Mudavadi met the Minister for Africa, Lord Collins of Highbury.');
    expect(found.find((p) => p.name.includes('Collins'))?.title).toMatch(/^Minister for Africa/);
  });
  it('links surname, honorific, nominal and pronoun mentions to one person', () => {
    const { doc } = run(
      'US Secretary of State Marco Rubio met Kenyan Foreign Minister Musalia Mudavadi in Washington on Monday. ' +
        'Mr. Rubio praised the partnership. He proposed closer trade ties. The Kenyan minister thanked him.',
    );
    const rubio = doc.people.find((p) => p.name === 'Marco Rubio')!;
    const mudavadi = doc.people.find((p) => p.name === 'Musalia Mudavadi')!;
    const forms = (p: typeof rubio) => p.mentions.map((m) => doc.text.slice(m.start, m.end));
    expect(forms(rubio)).toEqual(expect.arrayContaining(['Marco Rubio', 'Rubio', 'He']));
    expect(forms(mudavadi)).toEqual(expect.arrayContaining(['Musalia Mudavadi', 'Kenyan minister']));
  });
  it('links an initial and surname, spaced or glued, to the full name; not words that merely share initials', () => {
    expect(
      people(
        'Astana, 3 May 2025 - Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met the Foreign Minister of Mongolia Battsetseg Batmunkh. ' +
          'M.Nurtleu noted the growth of trade. B. Batmunkh thanked him.',
      ).map((p) => `${p.name} ${p.affiliation}`),
    ).toEqual(['Murat Nurtleu KAZ', 'Battsetseg Batmunkh MNG']);
    const { doc } = run(
      'Secretary of Foreign Affairs Arnel A. Castro of the Philippines met his counterpart. They reviewed the Access Agreement.',
    );
    const castro = doc.people.find((p) => p.name === 'Arnel A. Castro')!;
    expect(castro.mentions.map((m) => doc.text.slice(m.start, m.end))).not.toContain('Access Agreement');
  });
  it('does not take a format of talks for a person ("the Lublin Triangle", "the Normandy Format")', () => {
    expect(
      people(
        'Foreign Minister Kestutis Budrys met Polish Foreign Minister Radoslaw Sikorski in Kyiv. The ministerial meeting of the Lublin Triangle will take place in Vilnius on December 5.',
      ).map((p) => p.name),
    ).toEqual(['Kestutis Budrys', 'Radoslaw Sikorski']);
  });
  it('does not take the last firm of a list of companies for a person', () => {
    expect(
      people(
        'Foreign Minister Penny Wong of Australia met executives of Korean firms, among them Samsung Electronics, Hanwha Ocean and Lotte Chemical.',
      ).map((p) => p.name),
    ).toEqual(['Penny Wong']);
  });
  it('gives an unplaced person the side the article is about', () => {
    const { doc } = run(
      'Minister of Foreign Affairs Ana Ruiz met Chilean Foreign Minister Alberto van Klaveren. Peru and Chile, Peru said, are close partners. Peru will host the next round.',
    );
    expect(doc.people.find((p) => p.name === 'Ana Ruiz')?.affiliation?.value).toBe('PER');
    expect(doc.people.find((p) => p.name === 'Ana Ruiz')?.affiliation?.evidence.provenance).toBe('inferred');
  });
});

describe('people: a plural title before coordinated names', () => {
  it('gives each name the singular title', () => {
    const { doc } = run(
      'Presidents Gustavo Petro and Daniel Noboa spoke by phone on Friday, while Defence Ministers Pedro Sanchez, Gian Carlo Loffredo and Walter Astudillo met in Quito.',
    );
    const titles = Object.fromEntries(doc.people.map((p) => [p.name, p.titles.map((t) => t.title)]));
    expect(titles['Gustavo Petro']).toEqual(['President']);
    expect(titles['Daniel Noboa']).toEqual(['President']);
    for (const name of ['Pedro Sanchez', 'Gian Carlo Loffredo', 'Walter Astudillo'])
      expect(titles[name]).toEqual(['Defence Minister']);
  });
  it('a lone name after a plural title word is not taken for a list', () => {
    const { doc } = run('The Foreign Ministers Conference opened in Doha on Monday.');
    expect(doc.people).toEqual([]);
  });
});

describe('people: a lowercase appositive title', () => {
  it('"Massad Boulos, the senior US adviser for Africa, met ..." names a person with a title and side', () => {
    const { doc } = run(
      'Massad Boulos, the senior US adviser for Africa, met Saudi Deputy Foreign Minister Waleed Elkhereiji in Jeddah on Saturday.',
    );
    const boulos = doc.people.find((p) => p.name === 'Massad Boulos');
    expect(boulos?.affiliation?.value).toBe('USA');
    expect(boulos?.titles.map((t) => t.title)).toEqual(['Senior Adviser']);
  });
  it('a place followed by an appositive is not a person', () => {
    const { doc } = run('The talks were held in Jeddah, the port city on the Red Sea, on Saturday.');
    expect(doc.people).toEqual([]);
  });
});

describe('people: generic office names', () => {
  it('"Defense Secretary" names no country (the Philippines has one too)', () => {
    const { doc } = run(
      'MANILA, July 8 (PNA) -- Defense Secretary Gilberto Teodoro Jr. met Japanese Defense Minister Minoru Kihara on Monday.',
    );
    expect(doc.people.find((p) => p.name.startsWith('Gilberto Teodoro'))?.affiliation?.value).toBe('PHL');
  });
  it('"US Secretary of Defense" still does', () => {
    const { doc } = run('MANILA, July 8 (PNA) -- US Secretary of Defense Pete Hegseth arrived on Monday.');
    expect(doc.people.find((p) => p.name === 'Pete Hegseth')?.affiliation?.value).toBe('USA');
  });
});

describe('people: places against titles and names', () => {
  const table: { text: string; name: string; title: string | null; affiliation: string }[] = [
    {
      // "President of the Republic" would take "Republic" from "Republic of the Congo"
      text: 'The President of the Republic of the Congo, Denis Sassou Nguesso, opened the session.',
      name: 'Denis Sassou Nguesso',
      title: 'President',
      affiliation: 'COG',
    },
    {
      // a place before "the" does not open the title chain
      text: 'The President received in Brazzaville the Foreign Minister of Angola, Tete Antonio.',
      name: 'Tete Antonio',
      title: 'Foreign Minister',
      affiliation: 'AGO',
    },
    {
      // a capital's name as a given name
      text: 'Paraguayan President Santiago Peña arrived on Monday.',
      name: 'Santiago Peña',
      title: 'President',
      affiliation: 'PRY',
    },
  ];
  for (const row of table)
    it(row.text, () => {
      expect(people(row.text)).toContainEqual({ name: row.name, title: row.title, affiliation: row.affiliation });
    });
  it('"the Egyptian ambassador" does not give an unplaced President that side', () => {
    const { doc } = run(
      'The Foreign Minister of Sudan, Ali Youssef, carried a message from President Hakim Lado. Later he met the Egyptian ambassador.',
    );
    expect(doc.people.find((p) => p.name === 'Hakim Lado')?.affiliation?.value).not.toBe('EGY');
  });
  it('a country named like its capital keeps its side before a capitalised word', () => {
    const mentions = run('Singapore companies operating in Kenya met the minister.').doc.mentions;
    expect(mentions.some((m) => m.kind === 'country' && m.value === 'SGP')).toBe(true);
  });
  it('larger cities come from GeoNames: "Port Sudan" is a place in Sudan, not a person', () => {
    const { doc } = run('Foreign Minister Ali Youssef met the Egyptian ambassador in Port Sudan on Monday.');
    expect(doc.mentions.filter((m) => m.kind === 'city').map((m) => [m.value, m.attrs.country])).toContainEqual([
      'Port Sudan',
      'SDN',
    ]);
    expect(doc.people.map((p) => p.name)).not.toContain('Port Sudan');
  });
});

describe('people: a second title after the name', () => {
  it('"Ambassador X, Minister of Foreign Affairs of Nigeria" places X with the title after the name', () => {
    expect(
      people(
        'Prince Faisal received today His Excellency Ambassador Yusuf Maitama Tuggar, Minister of Foreign Affairs of the Federal Republic of Nigeria.',
      ),
    ).toContainEqual({ name: 'Yusuf Maitama Tuggar', title: 'Minister of Foreign Affairs', affiliation: 'NGA' });
  });
  it('"Eng." is an honorific, not a name nor the end of a sentence', () => {
    expect(
      people(
        'The meeting was attended by the Deputy Minister of Foreign Affairs for Political Affairs, Eng. Waleed Elkhereiji.',
      ).map((p) => p.name),
    ).toEqual(['Waleed Elkhereiji']);
  });
});

describe('people: a personal honorific', () => {
  it('"Ms Verona Murphy" after an unlisted title is a person', () => {
    expect(
      people(
        'On Tuesday, Minister Lamola paid a courtesy call on the Ceann Comhairle of Dail Eireann, Ms Verona Murphy, at Leinster House.',
      ).map((p) => p.name),
    ).toContain('Verona Murphy');
  });
});
