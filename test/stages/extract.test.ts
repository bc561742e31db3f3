// Table tests of the extractors on short articles we wrote in different outlets' styles.
import { describe, it } from 'node:test';
import { buildViews } from '../../src/pipeline/extract/sentenceView.ts';
import { findTriggers } from '../../src/pipeline/extract/triggers.ts';
import { placeIn } from '../../src/pipeline/extract/eventFields.ts';
import { expect } from '../expect.ts';
import { people, run } from '../helpers.ts';

describe('events', () => {
  it('one event per counterpart when one sentence lists several', () => {
    const { record } = run(
      ' date 2025-03-04 FM meets counterparts\n\nGENEVA — Vietnamese Foreign Minister Le Hoai Trung had separate meetings in Geneva on March 3 with Swiss Foreign Minister Ignazio Cassis, ' +
        'Norwegian Foreign Minister Espen Barth Eide and WHO Director-General Tedros Adhanom Ghebreyesus on the sidelines of the 58th session of the UN Human Rights Council.',
    );
    const parties = record.events.map((e) => e.parties.join('-')).sort();
    expect(parties).toEqual(['CHE-VNM', 'NOR-VNM', 'VNM-WHO']);
    for (const e of record.events) {
      expect(e.date).toBe('2025-03-03');
      expect(e.location).toEqual({ city: 'Geneva', country: 'CHE' });
      expect(e.occasion).toMatch(/58th session of the .*Human Rights Council/);
    }
  });

  it('resolves "the same day" and "Previously, on July 10" against the article', () => {
    const { record } = run(
      'On July 11, Foreign Minister Tan Sri Mohamad Hasan met with Japanese Foreign Minister Iwaya Takeshi in Kuala Lumpur.\n' +
        'Previously, on July 10, the minister held talks with Indian External Affairs Minister S. Jaishankar.\n' +
        "The same day, he received Australian Foreign Minister Penny Wong.\n\nKuala Lumpur hosted the 58th ASEAN Foreign Ministers' Meeting.",
    );
    const byParty = Object.fromEntries(record.events.map((e) => [e.parties.find((p) => p !== 'MYS'), e.date]));
    expect(byParty).toEqual({ JPN: '2025-07-11', IND: '2025-07-10', AUS: '2025-07-10' });
  });

  it('reads a phone call and its requests in a readout style', () => {
    const { record } = run(
      'Riyadh, October 17, 2023, SPA -- Minister of Foreign Affairs Prince Faisal bin Farhan received a phone call today from Minister of Foreign Affairs of Egypt Sameh Shoukry. ' +
        "During the call, Prince Faisal asked Egypt to support the Kingdom's bid to host Expo 2030.",
    );
    expect(record.events).toHaveLength(1);
    const [call] = record.events;
    expect(call?.type).toBe('call');
    expect(call?.date).toBe('2023-10-17');
    expect(call?.parties).toEqual(['EGY', 'SAU']);
    expect(call?.requests.map((r) => [r.by, r.of, r.kind])).toEqual([['SAU', 'EGY', 'candidacy_support']]);
  });

  it('marks an announced trip as planned with its date range', () => {
    const { record } = run(
      ' date 2024-06-01 Minister to visit Kenya\n\nMinister for Foreign Affairs Vivian Balakrishnan of Singapore will pay an official visit to Kenya from 3 to 5 June 2024.',
    );
    expect(record.events).toEqual([
      expect.objectContaining({
        type: 'visit',
        status: 'planned',
        date: '2024-06-03/2024-06-05',
        parties: ['KEN', 'SGP'],
      }),
    ]);
  });

  it('takes the year of an undated article from a numbered recurring meeting, marked inferred', () => {
    const { doc, record } = run(
      "On the sidelines of the 57th ASEAN Foreign Ministers' Meeting in Vientiane, Foreign Minister Bui Thanh Son met with New Zealand Foreign Minister Winston Peters on July 25.",
    );
    expect(doc.year?.value).toBe(2024);
    expect(doc.year?.evidence.provenance).toBe('inferred');
    expect(record.events[0]?.date).toBe('2024-07-25');
    expect(record.events[0]?.date_inferred).toBe(true);
  });
});

describe('requests, anniversaries, partnerships', () => {
  const article =
    ' date 2024-05-10 Ministers meet\n\nHANOI — Foreign Minister Bui Thanh Son held talks with Venezuelan Foreign Minister Yvan Gil Pinto in Hanoi on May 9. ' +
    "Son proposed that Venezuela create favourable conditions for Vietnamese rice exports and asked Venezuela to support Viet Nam's candidacy for a seat on the UN Human Rights Council. " +
    'Gil Pinto hoped that Viet Nam would support Venezuela to become an observer of ASEAN. ' +
    'The two countries will celebrate the 35th anniversary of diplomatic relations this year and value their comprehensive partnership.';
  it('reads who asked whom for what', () => {
    const { record } = run(article);
    const requests = record.events.flatMap((e) => e.requests.map((r) => `${r.by}>${r.of}:${r.kind}`)).sort();
    expect(requests).toEqual(['VEN>VNM:partnership_support', 'VNM>VEN:candidacy_support', 'VNM>VEN:market_access']);
  });
  it('reads the anniversary and the partnership level', () => {
    const { record } = run(article);
    expect(record.anniversaries).toEqual([
      { parties: ['VEN', 'VNM'], ordinal: 35, year: 2024, subject: 'diplomatic_relations' },
    ]);
    expect(record.partnerships).toEqual([{ parties: ['VEN', 'VNM'], level: 'comprehensive' }]);
  });
  it('"in 2028 the two countries will mark the 30th anniversary": the year stated before it', () => {
    const { record } = run(
      'Dushanbe, 4 June 2025 - Foreign Minister Sirojiddin Muhriddin met Latvian Foreign Minister Baiba Braže on Tuesday. The sides noted that in 2028 the two countries will mark the 30th anniversary of the establishment of diplomatic relations.',
    );
    expect(record.anniversaries).toEqual([
      { parties: ['LVA', 'TJK'], ordinal: 30, year: 2028, subject: 'diplomatic_relations' },
    ]);
  });
  it('does not take an agreement name for a partnership level', () => {
    const { record } = run(
      'The two ministers discussed the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) and the Regional Comprehensive Economic Partnership Agreement.',
    );
    expect(record.partnerships).toEqual([]);
  });
  it('"have been strategic partners since 2008" is a level; "described X as a strategic partner" is not', () => {
    const level = (text: string) =>
      run(`Foreign Minister Mauro Vieira met Indonesian Foreign Minister Sugiono in Brasilia on Monday. ${text}`).record
        .partnerships;
    expect(level('Brazil and Indonesia have been strategic partners since 2008.')).toEqual([
      { parties: ['BRA', 'IDN'], level: 'strategic' },
    ]);
    expect(level('Vieira described Indonesia as a strategic partner in Asia.')).toEqual([]);
  });
});

describe('requests: kinds and beneficiaries', () => {
  const lead =
    'Nairobi, 12 May 2025 - Prime Cabinet Secretary Musalia Mudavadi held talks with UK Foreign Secretary David Lammy in Nairobi on Monday. ';
  const table: { text: string; requests: string[] }[] = [
    {
      text: "Mudavadi asked for the UK's backing for a new UN Security Council resolution on Sudan.",
      requests: ['KEN>GBR:assistance'],
    },
    { text: 'He urged the UK to contribute to the climate adaptation fund.', requests: ['KEN>GBR:assistance'] },
    {
      text: 'Lammy requested further improvement of the business environment for British companies in Kenya.',
      requests: ['GBR>KEN:market_access'],
    },
    {
      text: 'Mudavadi asked the UK to share its experience in carrying out reforms related to EU trade rules.',
      requests: ['KEN>GBR:assistance'],
    },
    {
      text: 'Mudavadi called for better access for Kenyan tea, avocados and cut flowers to the British market.',
      requests: ['KEN>GBR:market_access'],
    },
    {
      text: 'Lammy asked Kenya to keep improving the business climate for British companies.',
      requests: ['GBR>KEN:market_access'],
    },
    // help for a third country is no request between the two sides
    { text: 'Mudavadi called on the UK to help Somalia rebuild its army.', requests: [] },
    // "take part" inside the request names no engagement of its own
    {
      text: 'He called on the UK to take part at a high level in the upcoming donor conference and to contribute to the reconstruction fund.',
      requests: ['KEN>GBR:assistance'],
    },
    // the addressee's own chairmanship is no candidacy
    {
      text: 'Mudavadi asked the UK to use its chairmanship of the contact group to rally donor support for the fund.',
      requests: ['KEN>GBR:assistance'],
    },
  ];
  for (const row of table)
    it(row.text, () => {
      const [e] = run(lead + row.text).record.events;
      expect(e?.requests.map((r) => `${r.by}>${r.of}:${r.kind}`)).toEqual(row.requests);
    });
});

describe('topics: security', () => {
  const lead =
    'Tallinn, 3 June 2025 - Foreign Minister Margus Tsahkna met Japanese Foreign Minister Takeshi Iwaya in Tallinn on Monday. ';
  const table: { text: string; security: boolean }[] = [
    { text: 'The ministers discussed regional security and the situation in Ukraine.', security: true },
    { text: 'They called for a ceasefire and the release of all hostages.', security: true },
    { text: 'They discussed food security and energy security in the region.', security: false },
    { text: 'They discussed reform of the UN Security Council.', security: false },
  ];
  for (const row of table)
    it(row.text, () => {
      const [e] = run(lead + row.text).record.events;
      expect(e?.topics.includes('defence_security')).toBe(row.security);
    });
});

describe('provenance', () => {
  it('every event carries evidence spans inside the text', () => {
    const { doc, record } = run(
      'Foreign Minister Wang Yi met with Brazilian Foreign Minister Mauro Vieira in Beijing on Friday.',
    );
    expect(record.events).toHaveLength(1);
    for (const e of record.events) for (const ev of e.evidence) expect(ev.end).toBeLessThanOrEqual(doc.text.length);
  });
});

describe('acronyms defined in the text', () => {
  it('a bare acronym after its definition is the same organisation', () => {
    const { doc } = run(
      'Chairman Tran Minh Duc of the Southeast Asian Fisheries Development Centre (SEAFDEC) met Thai officials. Later, SEAFDEC staff presented a report.',
    );
    const seafdec = doc.mentions.filter((m) => m.kind === 'org' && m.value === 'SEAFDEC');
    expect(seafdec.map((m) => doc.text.slice(m.start, m.end))).toEqual([
      'Southeast Asian Fisheries Development Centre',
      'SEAFDEC',
    ]);
  });
  it('an acronym nobody defined stays unknown', () => {
    const { doc } = run('The QXZW delegation arrived in Hanoi on Monday.');
    expect(doc.mentions.filter((m) => m.kind === 'org')).toEqual([]);
  });
});

describe('per-field evidence in the record', () => {
  it('points every filled field at the text it came from', () => {
    const text =
      ' date 2024-03-05 Ministers meet\n\nNAIROBI — Kenyan Foreign Minister Musalia Mudavadi met Japanese Foreign Minister Yoko Kamikawa in Nairobi on March 4. ' +
      'Mudavadi asked Japan to support the construction of the Mombasa port.';
    const { doc, record } = run(text);
    const [e] = record.events;
    expect(e?.date).toBe('2024-03-04');
    const f = e!.evidence_fields;
    expect(doc.text.slice(f.date!.start, f.date!.end)).toBe('March 4');
    expect(doc.text.slice(f.city!.start, f.city!.end)).toBe('Nairobi');
    expect(f.participants.map((p) => p.name).sort()).toEqual(['Musalia Mudavadi', 'Yoko Kamikawa']);
    for (const p of f.participants) expect(p.mentions.length).toBeGreaterThan(0);
    const infra = f.topics.find((t) => t.topic === 'infrastructure');
    expect(['port', 'construction of']).toContain(doc.text.slice(infra!.evidence.start, infra!.evidence.end));
  });
});

describe('joint meetings', () => {
  it('a trilateral meeting is one engagement of the three sides', () => {
    const { record } = run(
      ' date 2025-09-23 Ministers meet\n\nNEW YORK — South Korean Foreign Minister Cho Hyun held a trilateral meeting with U.S. Secretary of State Marco Rubio and Japanese Foreign Minister Takeshi Iwaya on Monday.',
    );
    expect(record.events.map((e) => e.parties)).toEqual([['JPN', 'KOR', 'USA']]);
    expect(record.events[0]?.participants.map((p) => p.name).sort()).toEqual([
      'Cho Hyun',
      'Marco Rubio',
      'Takeshi Iwaya',
    ]);
  });
});

describe('which engagement a sentence continues', () => {
  it('a visit announced inside a meeting report has its own visitor, status and year', () => {
    const { record } = run(
      ' date 2025-03-18 Kenya, Peru foreign ministers meet\n\nLIMA — Peruvian Foreign Minister Elmer Schialer received Kenyan Cabinet Secretary for Foreign Affairs Musalia Mudavadi at the Torre Tagle Palace on Monday. ' +
        'The ministers discussed the official visit that the President of Kenya, William Ruto, will make to Peru from 14 to 16 July. ' +
        "Mudavadi asked Peru to support Kenya's candidacy for a non-permanent seat on the UN Security Council.",
    );
    const visit = record.events.find((e) => e.type === 'visit');
    expect(visit?.status).toBe('planned');
    expect(visit?.date).toBe('2025-07-14/2025-07-16');
    expect(visit?.participants.map((p) => p.name)).toEqual(['William Ruto']);
    // the request after the announcement belongs to the ministers' meeting
    const meeting = record.events.find((e) => e.type !== 'visit');
    expect(meeting?.requests.map((r) => r.kind)).toEqual(['candidacy_support']);
    expect(visit?.requests).toEqual([]);
  });

  it('goes back to the engagement whose people a later sentence names', () => {
    const { record } = run(
      ' date 2024-11-06 Minister meets Gulf counterparts\n\nRIYADH — Australian Foreign Minister Penny Wong held talks with Qatari Minister of State Mohammed Al-Khulaifi on Tuesday and later met Omani Foreign Minister Badr Albusaidi. ' +
        'Al-Khulaifi briefed her on mediation efforts in Gaza. ' +
        'Albusaidi and Wong discussed shipping in the Red Sea.',
    );
    const byParty = Object.fromEntries(
      record.events.map((e) => [e.parties.find((p) => p !== 'AUS'), e.evidence.length]),
    );
    // each of the two follow-up sentences went to the meeting of the person it names
    expect(byParty).toEqual({ QAT: 2, OMN: 2 });
  });

  it('two visits between the same countries in opposite directions stay apart', () => {
    const { record } = run(
      " date 2025-05-02 Ministers prepare summit\n\nACCRA — Ghana's Foreign Minister Samuel Okudzeto Ablakwa met Moroccan Foreign Minister Nasser Bourita in Accra on Thursday. " +
        "Bourita said the state visit that President John Mahama will pay to Morocco in June would return King Mohammed VI's visit to Ghana in 2017.",
    );
    const visits = record.events.filter((e) => e.type === 'visit');
    expect(visits.length).toBeLessThanOrEqual(2);
    const mahama = visits.find((v) => v.participants.some((p) => p.name === 'John Mahama'));
    expect(mahama?.status).toBe('planned');
    expect(mahama?.participants.map((p) => p.name)).toEqual(['John Mahama']);
  });
});

describe('conferences and speeches', () => {
  it('takes part in a segment of a numbered session, and will address a named conference', () => {
    const { record } = run(
      ' date 2025-03-03 Minister in Geneva\n\nGENEVA — Irish Minister for Foreign Affairs Simon Harris took part today in the opening segment of the 59th session of the UN Human Rights Council. ' +
        'Tomorrow, Minister Harris will address the Conference on Disarmament.',
    );
    const multi = record.events.filter((e) => e.type === 'conference' || e.type === 'speech');
    expect(multi.map((e) => ({ status: e.status, date: e.date, occasion: e.occasion }))).toEqual([
      {
        status: 'held',
        date: '2025-03-03',
        occasion: expect.stringMatching(/59th session of the .*Human Rights Council/),
      },
      { status: 'planned', date: '2025-03-04', occasion: 'Conference on Disarmament' },
    ]);
  });
});

describe('meetings told without a plain verb', () => {
  it('"held bilateral discussions this afternoon with" is talks on the article\'s day', () => {
    const { record } = run(
      ' date 2025-02-11 Ministers meet\n\nADDIS ABABA — Ugandan Minister of Foreign Affairs Jeje Odongo held bilateral discussions this afternoon with Rwandan Minister of Foreign Affairs Olivier Nduhungirehe on the margins of the Executive Council.',
    );
    expect(record.events.map((e) => ({ type: e.type, date: e.date, parties: e.parties }))).toEqual([
      { type: 'talks', date: '2025-02-11', parties: ['RWA', 'UGA'] },
    ]);
  });

  it('"Meeting at the ministry, the two ministers ..." takes the pair named just before', () => {
    const { record } = run(
      ' date 2025-06-17 Ministers agree on trade\n\nLIMA — Peruvian Foreign Minister Elmer Schialer and Moroccan Foreign Minister Nasser Bourita agreed on Tuesday to start talks on a trade agreement. ' +
        'Meeting at the Torre Tagle Palace, the two ministers also reviewed cooperation in fisheries. ' +
        'Bourita said preparations were under way for a visit to Peru by King Mohammed VI.',
    );
    const held = record.events.filter((e) => e.status === 'held');
    expect(held.map((e) => ({ parties: e.parties, people: e.participants.map((p) => p.name).sort() }))).toEqual([
      { parties: ['MAR', 'PER'], people: ['Elmer Schialer', 'Nasser Bourita'] },
    ]);
  });
});

describe('several counterparts in one sentence', () => {
  it('pairs coordinated sides with coordinated names, and a meeting of a format is one engagement', () => {
    const { record, doc } = run(
      ' date 2025-05-20 Ministers meet\n\nLISBON — Portuguese Foreign Minister Paulo Rangel welcomed his Spanish and Moroccan counterparts, José Manuel Albares and Nasser Bourita, to Lisbon on Monday for a meeting of the Atlantic Dialogue. ' +
        'Looking ahead to the European Council in June, the three ministers also addressed migration.',
    );
    const sides = Object.fromEntries(doc.people.map((p) => [p.name, p.affiliation?.value]));
    expect(sides).toEqual({ 'Paulo Rangel': 'PRT', 'José Manuel Albares': 'ESP', 'Nasser Bourita': 'MAR' });
    expect(record.events.map((e) => ({ type: e.type, parties: e.parties }))).toEqual([
      { type: 'meeting', parties: ['ESP', 'MAR', 'PRT'] },
    ]);
  });

  it('separate meetings with several counterparts stay separate', () => {
    const { record } = run(
      ' date 2025-05-20 Ministers meet\n\nLISBON — Portuguese Foreign Minister Paulo Rangel held separate meetings of the day with his Spanish and Moroccan counterparts, José Manuel Albares and Nasser Bourita.',
    );
    expect(record.events.map((e) => e.parties.join('-')).sort()).toEqual(['ESP-PRT', 'MAR-PRT']);
  });
});

describe('the year an anniversary falls in', () => {
  const years = (text: string) =>
    run(` date 2025-04-02 Ministers meet\n\n${text}`).record.anniversaries.map((a) => `${a.ordinal}:${a.year}`);
  it('is the stated year, or the year it began plus the ordinal', () => {
    expect(
      years(
        'MANILA — Secretary Theresa Lazaro met Korean Foreign Minister Cho Hyun on Tuesday. They noted that this year marks the 10th anniversary of the Strategic Partnership established between the two countries in 2015.',
      ),
    ).toEqual(['10:2025']);
    expect(
      years(
        'MANILA — Secretary Theresa Lazaro met Korean Foreign Minister Cho Hyun on Tuesday. They prepared for 2029, which marks the 80th anniversary of diplomatic relations between the two countries.',
      ),
    ).toEqual(['80:2029']);
  });
  it('gives a second anniversary joined by "and the" the first one\'s year', () => {
    expect(
      years(
        'WASHINGTON — Secretary of State Marco Rubio spoke with Philippine Secretary of Foreign Affairs Theresa Lazaro on Tuesday. Both looked forward to commemorating in 2026 the 80th anniversary of U.S.-Philippine diplomatic relations and the 75th anniversary of the Mutual Defense Treaty.',
      ),
    ).toEqual(['80:2026', '75:2026']);
  });
  it('reads "in 2026 the 80th anniversary", "next year ... the 75th anniversary" and abbreviations', () => {
    expect(
      years(
        'WASHINGTON — Secretary of State Marco Rubio spoke with Philippine Secretary of Foreign Affairs Theresa Lazaro on Tuesday. Both looked forward to commemorating in 2026 the 80th anniversary of U.S.-Philippine diplomatic relations, and next year the two countries will celebrate the 75th anniversary of the Mutual Defense Treaty.',
      ),
    ).toEqual(['80:2026', '75:2026']);
  });
});

describe('a counterpart the text never places', () => {
  it("is of the country the subject is visiting, not of the article's side", () => {
    const { record } = run(
      ' date 2025-06-21 Minister back from Jakarta\n\nWELLINGTON — New Zealand Foreign Minister Winston Peters visited Indonesia from June 17 to 18. ' +
        'On Wednesday Peters was received by President Prabowo Subianto at the Merdeka Palace.',
    );
    const meeting = record.events.find((e) => e.type !== 'visit');
    expect(meeting?.parties).toEqual(['IDN', 'NZL']);
    expect(meeting?.participants.map((p) => `${p.name}:${p.affiliation}`).sort()).toEqual([
      'Prabowo Subianto:IDN',
      'Winston Peters:NZL',
    ]);
  });
  it("at home, two officials of the article's side stay on it", () => {
    const { record } = run(
      ' date 2025-06-21 Ministers brief\n\nWELLINGTON — Foreign Minister Winston Peters met Prime Minister Christopher Luxon on Friday to prepare the Pacific Islands Forum.',
    );
    expect(record.events.filter((e) => e.type !== 'conference')).toEqual([]);
  });
});

describe('what an article mentions in passing', () => {
  it('"The talks came as X is set to visit Y": the talks already told, and X\'s planned visit', () => {
    const { record } = run(
      ' date 2025-09-23 Ministers meet\n\nNEW YORK — South Korean Foreign Minister Cho Hyun held talks with Japanese Foreign Minister Takeshi Iwaya on Monday. ' +
        'The talks came as Japanese Prime Minister Shigeru Ishiba is set to visit the port city of Busan on Sept. 30.',
    );
    expect(
      record.events.map((e) => ({ type: e.type, status: e.status, people: e.participants.map((p) => p.name) })),
    ).toEqual([
      { type: 'talks', status: 'held', people: ['Cho Hyun', 'Takeshi Iwaya'] },
      { type: 'visit', status: 'planned', people: ['Shigeru Ishiba'] },
    ]);
  });
  it('a list of links under "Related Articles" is not the article', () => {
    const { record } = run(
      ' date 2025-09-23 Ministers meet\n\nNEW YORK — South Korean Foreign Minister Cho Hyun held talks with Japanese Foreign Minister Takeshi Iwaya on Monday.\n\nRelated Articles\n- President arrives in New York for U.N. General Assembly\n- FM Cho meets Chinese counterpart, discusses trade\n',
    );
    expect(record.events.map((e) => e.parties.join('-'))).toEqual(['JPN-KOR']);
  });
});

describe('the lead date', () => {
  it("comes from the article's opening sentence when the meeting is told later without a date", () => {
    const { record } = run(
      ' date 2025-09-23 Ministers agree\n\nNEW YORK, Sept. 22 — The top diplomats of Brazil and Mexico agreed Monday to expand trade in farm goods. ' +
        'Brazilian Foreign Minister Mauro Vieira held talks with Mexican Foreign Secretary Juan Ramón de la Fuente on the sidelines of the 80th session of the U.N. General Assembly.',
    );
    expect(record.events.map((e) => e.date)).toEqual(['2025-09-22']);
  });
});

describe('an earlier meeting told in passing', () => {
  it('"President X and Prime Minister Y met": Y, never placed, is of the article\'s counterpart side', () => {
    const { record } = run(
      ' date 2025-10-09 Ministers meet\n\nBEIJING — Chinese Foreign Minister Wang Yi met with Spanish Foreign Minister José Manuel Albares in Beijing on Thursday. ' +
        'In April, President Xi Jinping and Prime Minister Pedro Sánchez met in Beijing.',
    );
    const leaders = record.events.find((e) => e.participants.some((p) => p.name === 'Xi Jinping'));
    expect(leaders?.parties).toEqual(['CHN', 'ESP']);
    expect(leaders?.participants.find((p) => p.name === 'Pedro Sánchez')?.affiliation).toBe('ESP');
  });
});

describe('a summit day', () => {
  it("each speaker's address is its own speech; attendance is one conference of all who attended", () => {
    const { record } = run(
      ' date 2025-09-10 Leaders open summit\n\nHONIARA — Climate finance dominated the opening day of the 54th Pacific Islands Forum Leaders Meeting in Honiara on Wednesday. ' +
        'In his opening address, Solomon Islands Prime Minister Jeremiah Manele urged members to act. ' +
        "Tuvalu's Prime Minister Feleti Teo used his plenary speech to call on large emitters to pay. " +
        'Australian Prime Minister Anthony Albanese and New Zealand Prime Minister Christopher Luxon both attended the plenary.',
    );
    const multi = record.events
      .filter((e) => e.type === 'speech' || e.type === 'conference')
      .map((e) => ({ type: e.type, parties: e.parties }));
    expect(multi).toEqual([
      { type: 'speech', parties: ['SLB'] },
      { type: 'speech', parties: ['TUV'] },
      { type: 'conference', parties: ['AUS', 'NZL'] },
    ]);
  });
});

describe("an envoy's courtesy call", () => {
  it('"called on New Delhi to ..." is a request, and "The envoy sought" is the envoy\'s side', () => {
    const { record } = run(
      ' date 2025-02-04 Minister receives envoy\n\nABUJA — Nigerian Foreign Minister Yusuf Tuggar received Indian High Commissioner Vikram Anand Rao on Tuesday. ' +
        'He called on New Delhi to encourage more investment, and President Bola Tinubu welcomed the plan. ' +
        "The envoy also sought Nigeria's support for India's candidature for a non-permanent seat on the UN Security Council.",
    );
    expect(record.events).toHaveLength(1);
    expect(record.events[0]?.requests.map((r) => `${r.by}>${r.of}:${r.kind}`)).toContain('IND>NGA:candidacy_support');
  });
});

describe('a call received', () => {
  it('"received a phone call from X" is a call, without a place', () => {
    const { record } = run(
      'ABU DHABI, 3rd March, 2025 (WAM) -- Sheikh Abdullah bin Zayed Al Nahyan, Deputy Prime Minister and Minister of Foreign Affairs, received a phone call today from Mohammad Ishaq Dar, Deputy Prime Minister and Minister of Foreign Affairs of Pakistan.',
    );
    expect(record.events.map((e) => ({ type: e.type, parties: e.parties, location: e.location }))).toEqual([
      { type: 'call', parties: ['ARE', 'PAK'], location: { city: null, country: null } },
    ]);
  });
});

describe("a minister's first-person media release", () => {
  const release = (body: string) =>
    run(`Canberra, 12 May 2025\nMedia release\nSenator the Hon Penny Wong, Minister for Foreign Affairs\n\n${body}`);
  it('"Today I met X" is a meeting of the author named above the body', () => {
    const { record } = release(
      "Today I met Papua New Guinea's Minister for Foreign Affairs, Justin Tkatchenko, in Port Moresby. We discussed policing cooperation between Australia and Papua New Guinea, and Australia's support for roads.",
    );
    expect(
      record.events.map((e) => ({
        parties: e.parties,
        people: e.participants.map((p) => p.name).sort(),
        date: e.date,
      })),
    ).toEqual([{ parties: ['AUS', 'PNG'], people: ['Justin Tkatchenko', 'Penny Wong'], date: '2025-05-12' }]);
  });
  it('an "I" inside a quotation is not the author', () => {
    const { doc } = release('Minister Justin Tkatchenko of Papua New Guinea said: "I met the delegation in Lae."');
    const wong = doc.people.find((p) => p.name === 'Penny Wong');
    expect(wong?.mentions.filter((m) => m.rule.includes('first-person'))).toEqual([]);
  });
});

describe('an EU readout', () => {
  const text =
    'Brussels, 14 May 2025\n\nHR/VP Kaja Kallas met Jordanian Foreign Minister Ayman Safadi in Brussels today. ' +
    'They reviewed the EU-Jordan Strategic and Comprehensive Partnership.\n\n' +
    'Minister Safadi called on the European Union to scale up its support to the humanitarian corridor.\n\n' +
    'Later, HR/VP Kallas held a video call with Egyptian Foreign Minister Badr Abdelatty.';
  it('"HR/VP" is the EU High Representative, also before a surname', () => {
    const { record } = run(text);
    expect(record.events.map((e) => [e.type, e.parties.join('-')])).toEqual([
      ['meeting', 'EU-JOR'],
      ['call', 'EGY-EU'],
    ]);
  });
  it('"Strategic and Comprehensive Partnership" is the comprehensive strategic level', () => {
    expect(run(text).record.partnerships).toMatchObject([{ parties: ['EU', 'JOR'], level: 'comprehensive_strategic' }]);
  });
  it('"called on the European Union to ..." is a request within the meeting, not a courtesy call', () => {
    const { record } = run(text);
    expect(record.events[0]?.requests).toMatchObject([{ by: 'JOR', of: 'EU', kind: 'assistance' }]);
  });
});

describe('a telephone talk and a visit being prepared', () => {
  const text =
    'Jakarta, 17 December 2024 – Minister for Foreign Affairs of the Republic of Indonesia, Sugiono, held a telephone talk with Minister for Foreign Affairs of Japan, Iwaya Takeshi, on Tuesday.\n\n' +
    'The two ministers discussed preparations for the visit of the Prime Minister of Japan, Ishiba Shigeru, to Indonesia, planned for January 2025.';
  it('"held a telephone talk" is a call', () => {
    expect(run(text).record.events[0]).toMatchObject({ type: 'call', date: '2024-12-17', parties: ['IDN', 'JPN'] });
  });
  it('"the visit of X to Y, planned for ..." is a planned visit by X', () => {
    const visit = run(text).record.events.find((e) => e.type === 'visit');
    expect(visit).toMatchObject({ status: 'planned', parties: ['IDN', 'JPN'] });
    expect(visit?.participants.map((p) => p.name)).toEqual(['Ishiba Shigeru']);
  });
  it('"prepare for the third meeting of the Joint Committee" is not a new meeting', () => {
    const { record } = run(
      'Peruvian Foreign Minister Ana Ruiz met Qatari Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani in Doha on 3 May 2025. ' +
        'She suggested that the two sides work together to prepare for the third meeting of the Joint Committee.',
    );
    expect(record.events).toHaveLength(1);
  });
});

describe('a campaign story from a Nairobi daily', () => {
  const text = [
    'Mudavadi lobbies Ghana, Egypt for AU vote',
    "• Mudavadi met Ghana's foreign minister on Wednesday and Egypt's on Thursday.",
    '• The vote is on Saturday.',
    'News',
    '13 February 2025 - 19:42',
    "Kenya's Prime Cabinet Secretary Musalia Mudavadi stepped up the campaign for Raila Odinga, holding bilateral talks with his counterparts from Ghana and Egypt in Addis Ababa on Wednesday.",
    "Mudavadi met Ghana's Foreign Minister Samuel Ablakwa on Wednesday before holding talks with Egypt's Foreign Minister Badr Abdelatty.",
    '"We look forward to receiving President Ruto in Accra," Ablakwa said.',
    'On Thursday, Mudavadi and Abdelatty discussed Sudan.',
    '"We want to see those bottlenecks addressed so that our farmers benefit," he said.',
    'Mudavadi in turn urged Egypt to vote for Raila on Saturday.',
    "Raila faces Madagascar's former Foreign Minister Richard Randriamandrato in the race.",
    'Share this: Facebook | X | WhatsApp',
    'More from News',
    '- Ruto meets Tanzanian President Samia on trade',
  ].join('\n\n');
  it('takes the date line after a one-word section label', () => {
    expect(run(text).record.published).toBe('2025-02-13');
  });
  it('"talks with his counterparts from Ghana and Egypt" is one engagement per side', () => {
    const held = run(text).record.events.filter((e) => e.status === 'held');
    expect(held.map((e) => e.parties.join('-')).sort()).toEqual(['EGY-KEN', 'GHA-KEN']);
  });
  it('a later sentence goes to the engagement sharing the most people named', () => {
    const egypt = run(text).record.events.find((e) => e.parties.includes('EGY'));
    expect(egypt?.requests).toMatchObject([{ by: 'KEN', of: 'EGY', kind: 'candidacy_support' }]);
  });
  it('"look forward to receiving" is planned; "bottlenecks addressed" is no speech; link lists are no events', () => {
    const { record } = run(text);
    expect(record.events.filter((e) => e.status === 'planned').map((e) => e.parties.join('-'))).toEqual(['GHA-KEN']);
    expect(record.events.some((e) => e.type === 'speech' || e.parties.includes('TZA'))).toBe(false);
  });
  it('"Madagascar\'s former Foreign Minister" is of Madagascar', () => {
    const { doc } = run(text);
    expect(doc.people.find((p) => p.name === 'Richard Randriamandrato')?.affiliation?.value).toBe('MDG');
  });
});

describe('a wire story filed from the host capital', () => {
  const text = [
    "Germany's minister seeks closer ties with Japan",
    '[Photo] German Foreign Minister Klaus Weber and Foreign Minister Takeshi Iwaya in Tokyo. REUTERS',
    'TOKYO, June 4 (Reuters) - German Foreign Minister Klaus Weber met Japanese Prime Minister Shigeru Ishiba on Wednesday.',
    "Weber held talks with Foreign Minister Takeshi Iwaya in Tokyo on Tuesday, where the two discussed North Korea's missile programme and Pyongyang's ties with Moscow.",
    "North Korea's tests worry both. Berlin has sought to diversify its ties in the region since Washington announced tariffs.",
    '(Reporting by Ann Lee in Tokyo; Editing by Tom Ray)',
    'Read Next',
    "- China's Wang Yi to visit Berlin next month, sources say",
  ].join('\n\n');
  it('a counterpart given the default side goes with the foreign place the sentence names', () => {
    const talks = run(text).record.events.find((e) => e.type === 'talks');
    expect(talks?.parties).toEqual(['DEU', 'JPN']);
  });
  it('"sought to diversify" asks nobody; the credit line and the "Read Next" list are no text', () => {
    const { record } = run(text);
    expect(record.events.flatMap((e) => e.requests)).toEqual([]);
    expect(record.events.some((e) => e.parties.includes('CHN'))).toBe(false);
  });
});

describe('a Beijing readout', () => {
  const text = [
    'Wang Yi holds talks with Turkmen foreign minister',
    'Source: Xinhua | 2024-11-12 21:48:36 | Editor: Liu Jin',
    'BEIJING, Nov. 12 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Turkmen Deputy Chairman of the Cabinet of Ministers and Foreign Minister Rashid Meredov in Beijing on Tuesday.',
    'He said President Serdar Berdimuhamedov will pay a state visit to China next year.',
    'Meredov said that Turkmenistan hopes China will support its accession to the World Trade Organization.',
  ].join('\n\n');
  it('reads the date from a "Source: ... | date | Editor: ..." line', () => {
    expect(run(text).record.published).toBe('2024-11-12');
  });
  it('"Deputy Chairman of the Cabinet of Ministers and Foreign Minister" is one title of Turkmenistan', () => {
    expect(people(text)).toContainEqual({
      name: 'Rashid Meredov',
      title: 'Deputy Chairman of the Cabinet of Ministers and Foreign Minister',
      affiliation: 'TKM',
    });
  });
  it('"He said President X will pay a state visit to China": X visits, from the reporting side', () => {
    const visit = run(text).record.events.find((e) => e.type === 'visit');
    expect(visit).toMatchObject({ status: 'planned', location: { country: 'CHN' } });
    expect(visit?.participants).toMatchObject([{ name: 'Serdar Berdimuhamedov', affiliation: 'TKM' }]);
  });
  it('"hopes China will support its accession" is a request', () => {
    const talks = run(text).record.events.find((e) => e.type === 'talks');
    expect(talks?.requests).toMatchObject([{ by: 'TKM', of: 'CHN', kind: 'partnership_support' }]);
  });
});

describe('a weekly digest', () => {
  const text = [
    'WEEK IN REVIEW',
    'Published Friday, 16 May 2025',
    "Lithuania's Foreign Minister Kestutis Budrys spent a crowded week. Our summary, day by day.",
    'MONDAY, 12 MAY - Sybiha in Vilnius',
    'Foreign Minister Kestutis Budrys received Ukrainian Foreign Minister Andrii Sybiha in Vilnius. ' +
      "Sybiha asked Lithuania to supply more air-defence interceptors and to keep pressing for Ukraine's EU accession talks.",
    'TUESDAY, 13 MAY - Call with Chisinau',
    "In a phone call with Moldova's Foreign Minister Mihai Popsoi, Budrys discussed energy security.",
  ].join('\n\n');
  it('an engagement under a date heading takes its date', () => {
    const dates = Object.fromEntries(run(text).record.events.map((e) => [e.type, e.date]));
    expect(dates).toEqual({ meeting: '2025-05-12', call: '2025-05-13' });
  });
  it('"EU accession talks" is a process, not new talks; "to supply" asks for assistance', () => {
    const meeting = run(text).record.events.find((e) => e.type === 'meeting');
    expect(meeting?.requests.map((r) => r.kind).sort()).toEqual(['assistance', 'partnership_support']);
  });
});

describe('a translated ministry release', () => {
  const text = [
    'Official visit of the Chancellor to Colombia',
    'Wednesday 08 March 2023',
    'The Minister of Foreign Affairs, International Trade and Worship, Santiago Cafiero, concluded today in Bogotá his official visit to Colombia.',
    'Today, the Argentine Chancellor was received by the President of the Republic of Colombia, Gustavo Petro. During the meeting, President Petro expressed interest in nuclear medicine, requesting the cooperation of the National Atomic Energy Commission.',
    'Afterwards, Cafiero met with the Vice President and Minister of Equality and Equity, Francia Márquez.',
    'They also discussed coordination within the Community of Latin American and Caribbean States, whose next summit will be in London.',
    'Indonesia and Japan established diplomatic relations on 20 January 1958; the 65th anniversary of diplomatic relations was marked with a new partnership.',
  ].join('\n\n');
  it('"Minister of Equality and Equity, Francia Márquez": a portfolio the word lists lack, then the name', () => {
    expect(people(text).map((p) => [p.name, p.title])).toContainEqual([
      'Francia Márquez',
      'Vice President and Minister of Equality and Equity',
    ]);
  });
  it('a counterpart given no side meets the visiting minister on the host side', () => {
    const withMarquez = run(text).record.events.find((e) => e.participants.some((p) => p.name === 'Francia Márquez'));
    expect(withMarquez?.parties).toEqual(['ARG', 'COL']);
  });
  it('"Latin American" is no American', () => {
    const { doc } = run(text);
    expect(doc.mentions.some((m) => m.kind === 'country' && m.value === 'USA')).toBe(false);
  });
  it('"conveyed the greetings of President X": X is not at the meeting', () => {
    const { record } = run(
      'Lima, 3 May 2025 - Peruvian Foreign Minister Elmer Schialer was received by Bolivian President Luis Arce, to whom he conveyed the greetings of President Dina Boluarte.',
    );
    expect(record.events.map((e) => e.participants.map((p) => p.name))).toEqual([['Elmer Schialer', 'Luis Arce']]);
  });
  it('"requesting the cooperation of" asks for assistance', () => {
    const petro = run(text).record.events.find((e) => e.participants.some((p) => p.name === 'Gustavo Petro'));
    expect(petro?.requests).toMatchObject([{ by: 'COL', of: 'ARG', kind: 'assistance' }]);
  });
  it('an anniversary year from the founding date the article states', () => {
    expect(run(text).record.anniversaries).toMatchObject([{ parties: ['IDN', 'JPN'], ordinal: 65, year: 2023 }]);
  });
});

describe('courtesy calls with others present', () => {
  const text =
    'Putrajaya, March 6 (Bernama) -- Prime Minister Anwar Ibrahim received UAE Ambassador Khalid Al Shamsi today. ' +
    'Also present was Foreign Minister Mohamad Hasan.\n\n' +
    'He asked the UAE to expedite its domestic procedures to bring the Malaysia-UAE Comprehensive Economic Partnership Agreement (CEPA), signed in Abu Dhabi in January, into force.';
  it('"Also present was X": X takes part, on the side the text gives', () => {
    const [meeting] = run(text).record.events;
    expect(meeting?.participants.map((p) => p.name)).toEqual(['Anwar Ibrahim', 'Khalid Al Shamsi', 'Mohamad Hasan']);
  });
  it('"to bring the CEPA, signed in January, into force" asks for an agreement', () => {
    expect(run(text).record.events[0]?.requests).toMatchObject([{ by: 'MYS', of: 'ARE', kind: 'agreement' }]);
  });
});

describe('holding a named meeting', () => {
  it('"held the Chile-Peru Foreign Ministers\' Meeting, followed by a lunch, with X": a meeting with X', () => {
    const events = run(
      "Santiago, 12 August 2025 - On August 11, Mr. Alberto van Klaveren, Minister of Foreign Affairs of Chile, held the Chile-Peru Foreign Ministers' Meeting, followed by a working lunch, with Mr. Elmer Schialer, Minister of Foreign Relations of Peru.",
    ).record.events;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'meeting', parties: ['CHL', 'PER'], date: '2025-08-11' });
    expect(events[0]?.participants.map((p) => p.name)).toEqual(['Alberto van Klaveren', 'Elmer Schialer']);
  });
});

describe('meetings during a visit abroad', () => {
  const text =
    'Canberra, 14 May 2026 - Foreign Minister Penny Wong visited Indonesia from 11 to 13 May. ' +
    'On 12 May she held talks with Foreign Minister Sugiono.\n\n' +
    'On the same day, Wong paid a courtesy call on Indonesian Defence Minister Sjafrie Sjamsoeddin.\n\n' +
    'Last year, Wong met Sugiono on the sidelines of the G20.';
  const events = () => run(text).record.events;
  it('a meeting on one of its days, placed only by the dateline, took place in the host country', () => {
    const call = events().find((e) => e.type === 'meeting');
    expect(call?.participants.map((p) => p.name)).toEqual(['Penny Wong', 'Sjafrie Sjamsoeddin']);
    expect(call?.location).toEqual({ city: null, country: 'IDN' });
  });
});

describe('two days in a row', () => {
  const date = (when: string) =>
    run(`Brasilia, 18/03/2025 - Indonesian Foreign Minister Sugiono will pay an official visit to Brazil ${when}.`)
      .record.events[0]?.date;
  it('"on March 20 and 21", "on 20 and 21 March": one span of two days', () => {
    expect(date('on March 20 and 21')).toBe('2025-03-20/2025-03-21');
    expect(date('on 20 and 21 March')).toBe('2025-03-20/2025-03-21');
  });
  it('"on 3 and 10 April": two separate days, not a span', () => {
    expect(date('on 3 and 10 April')).toBe('2025-04-10');
  });
});

describe('a named meeting, then where and when', () => {
  it('"attended the Pacific Islands Forum Foreign Ministers Meeting in Suva on Tuesday": the name stops before the place', () => {
    const [e] = run(
      'Peters joins Pacific counterparts\n\n14 August 2025\n\nForeign Minister Winston Peters attended the Pacific Islands Forum Foreign Ministers Meeting in Suva on Tuesday.',
    ).record.events;
    expect(e).toMatchObject({
      type: 'conference',
      occasion: 'Pacific Islands Forum Foreign Ministers Meeting',
      date: '2025-08-12',
      location: { city: 'Suva', country: 'FJI' },
    });
  });
});

describe('a programme announced ahead', () => {
  const text =
    'Wellington, 2 June 2025 - Foreign Minister Winston Peters will visit Chile from 3 to 5 June. ' +
    'In Santiago, Peters will call on the President of the Republic Gabriel Boric and meet Foreign Minister Alberto van Klaveren.';
  const events = () => run(text).record.events;
  it('"will call on X and meet Y": both meetings planned', () => {
    expect(events().map((e) => `${e.type} ${e.status} ${e.participants.map((p) => p.name).join(', ')}`)).toEqual([
      'visit planned Winston Peters',
      'meeting planned Winston Peters, Gabriel Boric',
      'meeting planned Winston Peters, Alberto van Klaveren',
    ]);
  });
  it('the planned visit stays apart from the planned meetings on it', () => {
    expect(events()[0]).toMatchObject({ type: 'visit', date: '2025-06-03/2025-06-05', parties: ['CHL', 'NZL'] });
  });
});

describe('a keynote at a named forum', () => {
  it('"delivered the keynote address at the South Africa–Ireland Business Roundtable": a speech there', () => {
    const [e] = run(
      'Dublin, 5 March 2025 - On Wednesday, Minister Ronald Lamola of South Africa delivered the keynote address at the South Africa–Ireland Business Roundtable in Dublin.',
    ).record.events;
    expect(e).toMatchObject({ type: 'speech', occasion: 'South Africa–Ireland Business Roundtable' });
  });
});

describe('attending a session described by a word', () => {
  it('"is scheduled to attend the expanded BRICS Summit": the planned summit', () => {
    const events = run(
      'Hanoi, June 17, 2025 (VNA) - Prime Minister Pham Minh Chinh received Brazilian Ambassador Marco Farani in Hanoi on June 17.\n\n' +
        'Chinh is scheduled to attend the expanded BRICS Summit in Rio de Janeiro on July 6-7.',
    ).record.events;
    expect(events.find((e) => e.type === 'conference')).toMatchObject({
      status: 'planned',
      occasion: 'BRICS Summit',
      date: '2025-07-06/2025-07-07',
      location: { city: 'Rio de Janeiro', country: 'BRA' },
    });
  });
});

describe('a week ahead', () => {
  const text =
    'Vilnius, 16 May 2025 - Foreign Minister Kestutis Budrys met Ukrainian Foreign Minister Andrii Sybiha in Vilnius on Monday.\n\n' +
    'LOOKING AHEAD\n\n' +
    '- Tuesday, 20 May: Budrys will attend the EU Foreign Affairs Council in Brussels.\n' +
    '- 21-22 May: official visit to Japan by Foreign Minister Kestutis Budrys.';
  const events = () => run(text).record.events;
  it('"will attend the EU Foreign Affairs Council": the planned Council', () => {
    expect(events().find((e) => e.type === 'conference')).toMatchObject({
      status: 'planned',
      occasion: 'EU Foreign Affairs Council',
      date: '2025-05-20',
    });
  });
  it('an engagement dated after the article is planned', () => {
    expect(events().find((e) => e.type === 'visit')).toMatchObject({
      status: 'planned',
      date: '2025-05-21/2025-05-22',
    });
  });
});

describe('gatherings named with a lower-case noun', () => {
  const conference = (text: string) => run(text).record.events.find((e) => e.type === 'conference');
  it('"travelled to Reykjavik for the meeting of the Nordic-Baltic Eight (NB8) foreign ministers"', () => {
    expect(
      conference(
        'Budrys in Reykjavik\n\n16 May 2025\n\nOn Thursday, Foreign Minister Kestutis Budrys travelled to Reykjavik for the meeting of the Nordic-Baltic Eight (NB8) foreign ministers.',
      ),
    ).toMatchObject({
      occasion: 'meeting of the Nordic-Baltic Eight (NB8) foreign ministers',
      date: '2025-05-15',
      location: { city: 'Reykjavik', country: 'ISL' },
    });
  });
  it('"will take part in the ninth Brussels conference on Syria"', () => {
    expect(
      conference(
        'Cairo, 16 March 2025 - Foreign Minister Badr Abdelatty will head to Brussels on Monday to take part in the ninth Brussels conference on Syria.',
      ),
    ).toMatchObject({ status: 'planned', occasion: 'ninth Brussels conference on Syria', date: '2025-03-17' });
  });
  it('"attended a ministerial meeting of the Organisation of Islamic Cooperation (OIC) Contact Group"', () => {
    expect(
      conference(
        'New York, 24 September 2025 - Foreign Adviser Md Touhid Hossain attended a ministerial meeting of the Organisation of Islamic Cooperation (OIC) Contact Group on the Rohingya Muslims on Tuesday.',
      ),
    ).toMatchObject({ occasion: 'meeting of the Organisation of Islamic Cooperation (OIC) Contact Group' });
    expect(
      conference(
        'Rio de Janeiro, 22 February 2025 - The meeting, chaired by Foreign Minister Mauro Vieira, was the first ministerial meeting of the Brazilian Presidency.',
      ),
    ).toBeUndefined();
  });
  it('"the Paris meeting" of two ministers names no gathering', () => {
    const events = run(
      'Rome, 3 May 2025 - Foreign Minister Antonio Tajani met French Foreign Minister Jean-Noël Barrot in Paris on Friday. The Paris meeting focused on migration.',
    ).record.events;
    expect(events.map((e) => `${e.type} ${e.occasion ?? '-'}`)).toEqual(['meeting -']);
  });
});

describe('a dateline and the day after it', () => {
  it('"Vilnius, 16 May 2025 - On Thursday, ...": the dash ends the dateline, it makes no range', () => {
    const [e] = run(
      'Vilnius, 16 May 2025 - On Thursday, Foreign Minister Kestutis Budrys met Icelandic Foreign Minister Thorgerdur Gunnarsdottir in Reykjavik.',
    ).record.events;
    expect(e?.date).toBe('2025-05-15');
  });
  it('"from 12 - 14 May" and "May 12 - June 3" stay ranges', () => {
    const date = (when: string) =>
      run(`Hanoi, 2 May 2025 - Foreign Minister Bui Thanh Son will visit Japan ${when}.`).record.events[0]?.date;
    expect(date('from 12 - 14 May')).toBe('2025-05-12/2025-05-14');
    expect(date('from May 12 - June 3')).toBe('2025-05-12/2025-06-03');
  });
});

describe('a meeting that had happened before', () => {
  const text =
    'Rabat, 20 May 2025 - The Minister of Foreign Affairs, Nasser Bourita, held talks on Tuesday in Rabat with the Minister of Foreign Affairs and Human Mobility of Ecuador, Gabriela Sommerfeld Rosero.\n\n' +
    'Mr. Bourita and Ms. Sommerfeld Rosero had met for the first time in New York in September 2024, on the sidelines of the 79th session of the UN General Assembly.';
  const events = () => run(text).record.events;
  it('"Minister of Foreign Affairs and Human Mobility of Ecuador, X": X is Ecuador\'s minister', () => {
    expect(events()[0]?.participants.map((p) => `${p.name} ${p.affiliation}`)).toEqual([
      'Nasser Bourita MAR',
      'Gabriela Sommerfeld Rosero ECU',
    ]);
  });
  it('"had met for the first time in New York": its own engagement, not dated by the report, whose occasion it keeps', () => {
    expect(events().map((e) => `${e.type} ${e.date} ${e.occasion ?? '-'}`)).toEqual([
      'talks 2025-05-20 -',
      'meeting null 79th session of the United Nations General Assembly',
    ]);
  });
});

describe('a meeting before the next stop', () => {
  it('"is also due to meet, on Wednesday, with Prime Minister X, before leaving for Chisinau": planned, and X is the host\'s', () => {
    const events = run(
      'Bucharest, 15 July 2025 (AGERPRES) - Foreign Minister Oana Toiu held talks with Turkish Foreign Minister Hakan Fidan in Bucharest on Tuesday.\n\n' +
        'Hakan Fidan is also due to meet, on Wednesday, with Prime Minister Ilie Bolojan, before leaving for Chisinau.',
    ).record.events;
    expect(events.find((e) => e.participants.some((p) => p.name === 'Ilie Bolojan'))).toMatchObject({
      status: 'planned',
      date: '2025-07-16',
      parties: ['ROU', 'TUR'],
    });
  });
});

describe('a visit told by its length', () => {
  const text =
    'Minister Anand concludes visit to Japan\n\nNovember 20, 2025\n\n' +
    'Today, Foreign Minister Anita Anand of Canada concluded a three-day visit to Japan.\n\n' +
    'On November 19, Minister Anand met with Foreign Minister Toshimitsu Motegi.';
  const events = () => run(text).record.events;
  it('"concluded a three-day visit" today: the visit, from two days before to today', () => {
    expect(events().find((e) => e.type === 'visit')).toMatchObject({
      date: '2025-11-18/2025-11-20',
      parties: ['CAN', 'JPN'],
    });
  });
  it('a meeting on one of its days that nothing else places took place in the host country', () => {
    expect(events().find((e) => e.type === 'meeting')?.location).toEqual({ city: null, country: 'JPN' });
  });
});

describe('a call, and the meeting it agreed on', () => {
  it('"agreed to meet at the Leaders\' Retreat later this year" is a planned meeting, not part of the call', () => {
    const events = run(
      'Putrajaya, 6 March 2026 - Prime Minister Anwar Ibrahim had a telephone conversation with Singapore Prime Minister Lawrence Wong last night. ' +
        "The two leaders also agreed to meet at the 13th Malaysia-Singapore Leaders' Retreat in Singapore later this year.",
    ).record.events;
    expect(events.map((e) => `${e.type} ${e.status} ${e.occasion ?? '-'}`)).toEqual([
      'call held -',
      "meeting planned 13th Malaysia-Singapore Leaders' Retreat",
    ]);
  });
});

describe('envoys presenting credentials together', () => {
  it('"from four new ambassadors. The envoys are X of A; Y of B; ...": one meeting with each', () => {
    const events = run(
      'Windhoek, 4 March 2026 (NAMPA) - President Netumbo Nandi-Ndaitwah on Tuesday received letters of credence from three new ambassadors at State House. ' +
        'The envoys are Mr Rui Carvalho of Portugal, Ms Ingrid Solberg of Norway and Mr Tomasz Nowicki of Poland.\n\n' +
        'She urged them to promote trade and tourism.',
    ).record.events;
    expect(events.map((e) => e.parties.join('-'))).toEqual(['NAM-PRT', 'NAM-NOR', 'NAM-POL']);
    expect(events.every((e) => e.participants[0]?.name === 'Netumbo Nandi-Ndaitwah')).toBe(true);
  });
  it("a later paragraph that names one of their countries is about that envoy's meeting", () => {
    const events = run(
      'Windhoek, 4 March 2026 (NAMPA) - President Netumbo Nandi-Ndaitwah on Tuesday received letters of credence from three new ambassadors at State House. ' +
        'The envoys are Mr Rui Carvalho of Portugal, Ms Ingrid Solberg of Norway and Mr Tomasz Nowicki of Poland.\n\n' +
        'Ms Solberg said her country would keep funding the fisheries observer programme.\n\n' +
        'On Poland, the President called for a steady supply of wheat to Namibian millers.',
    ).record.events;
    const requests = Object.fromEntries(events.map((e) => [e.parties.join('-'), e.requests.map((r) => r.kind)]));
    expect(requests).toEqual({ 'NAM-PRT': [], 'NAM-NOR': [], 'NAM-POL': ['assistance'] });
  });
});

describe('a journey to a conference', () => {
  it('"travelled to X to attend the Summit" is the summit, held at the journey\'s end', () => {
    const [e, ...rest] = run(
      'Vilnius, 26 June 2025 - Foreign Minister Kestutis Budrys travelled to The Hague to attend the NATO Summit on Wednesday.',
    ).record.events;
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ type: 'conference', occasion: 'NATO Summit', date: '2025-06-25' });
    expect(e?.location).toEqual({ city: 'The Hague', country: 'NLD' });
  });
  it('"paid an official visit to X" stays a visit', () => {
    const types = run(
      'Rome, 3 May 2025 - Foreign Minister Antonio Tajani paid an official visit to Switzerland on Monday.',
    ).record.events.map((e) => e.type);
    expect(types).toEqual(['visit']);
  });
});

describe("a ministers' meeting and those who attended it", () => {
  const text =
    'Lima, 3 March 2026 - The Minister of Foreign Relations of Peru, Elmer Schialer, chaired the 4th Ministerial Meeting of the Andean Water Forum. ' +
    'The meeting was also attended by the Foreign Minister of Bolivia Fernando Aramayo, the Minister of Foreign Affairs of Ecuador Gabriela Sommerfeld and the Foreign Minister of Colombia Rosa Villavicencio.\n\n' +
    'In his speech, Schialer called for a joint fund for glacier monitoring.\n\n' +
    'On the sidelines, Schialer held talks with Sommerfeld on the border bridge.';
  const events = () => run(text).record.events;
  it('"The meeting was also attended by X, Y and Z": one conference with their countries', () => {
    const conference = events().find((e) => e.type === 'conference');
    expect(conference?.parties).toEqual(['BOL', 'COL', 'ECU', 'PER']);
    expect(conference?.participants.map((p) => p.name)).toEqual([
      'Elmer Schialer',
      'Fernando Aramayo',
      'Gabriela Sommerfeld',
      'Rosa Villavicencio',
    ]);
    expect(events().filter((e) => e.type === 'meeting')).toEqual([]);
  });
  it("the chair's speech is its own engagement, and so are the talks on the sidelines", () => {
    expect(events().map((e) => `${e.type} ${e.parties.join('-')}`)).toEqual([
      'conference BOL-COL-ECU-PER',
      'speech PER',
      'talks ECU-PER',
    ]);
  });
});

describe('two engagements in one sentence, and a visit in a relative clause', () => {
  const text =
    "NAIROBI, Feb 13, 2025 - Kenyan Foreign Minister Musalia Mudavadi met Ghana's Foreign Minister Samuel Ablakwa on Wednesday evening before holding talks with Egypt's Foreign Minister Badr Abdelatty on Thursday morning.\n\n" +
    'Ablakwa confirmed that President John Mahama had invited President William Ruto for a state visit to Ghana, which is expected to take place later this year.\n\n' +
    'On Sunday, Mudavadi and Tanzanian Foreign Minister Mahmoud Kombo spoke by phone about the brigades, which were expected to cross the border on Monday.';
  it('the later engagement takes the date after its own trigger', () => {
    const dates = Object.fromEntries(
      run(text)
        .record.events.filter((e) => e.type !== 'visit' && e.type !== 'call')
        .map((e) => [e.parties.join('-'), e.date]),
    );
    expect(dates).toEqual({ 'GHA-KEN': '2025-02-12', 'EGY-KEN': '2025-02-13' });
  });
  it('the first engagement keeps the nearest date (not one of a later relative clause)', () => {
    expect(run(text).record.events.find((e) => e.type === 'call')?.date).toBe('2025-02-09');
  });
  it('"a state visit to Ghana, which is expected to take place" is planned', () => {
    expect(
      run(text)
        .record.events.filter((e) => e.type === 'visit')
        .map((e) => e.status),
    ).toEqual(['planned']);
  });
});

describe('a ministry release signed off with its date', () => {
  const text = [
    'Foreign Minister of Kuwait holds talks with Deputy Prime Minister/Foreign Minister in Islamabad',
    'The Foreign Minister of the State of Kuwait, Abdullah Ali Al-Yahya, is on an official visit to Pakistan at the invitation of Deputy Prime Minister/Foreign Minister Senator Mohammad Ishaq Dar.',
    'Today, the two Foreign Ministers held delegation-level talks at the Ministry of Foreign Affairs in Islamabad.',
    'The Deputy Prime Minister/Foreign Minister requested the Kuwaiti side to facilitate greater market access for Pakistani rice.',
    'Islamabad',
    '21 October 2025',
    'Related Press Releases',
    '- Deputy Prime Minister/Foreign Minister receives telephone call from the Foreign Minister of Bahrain',
  ].join('\n\n');
  it('takes the publication date from the closing date line', () => {
    expect(run(text).record.published).toBe('2025-10-21');
  });
  it('"Deputy Prime Minister/Foreign Minister" is one title; a linked story does not move its holder', () => {
    expect(people(text)).toContainEqual({
      name: 'Mohammad Ishaq Dar',
      title: 'Deputy Prime Minister/Foreign Minister',
      affiliation: 'PAK',
    });
  });
  it("the nominal title's requests are its holder's side's", () => {
    const talks = run(text).record.events.find((e) => e.type === 'talks');
    expect(talks).toMatchObject({ date: '2025-10-21', parties: ['KWT', 'PAK'] });
    expect(talks?.requests).toMatchObject([{ by: 'PAK', of: 'KWT', kind: 'market_access' }]);
  });
});

describe('a videoconference', () => {
  it('"held a trilateral videoconference with A and B" is one call of three sides', () => {
    const { record } = run(
      'SEOUL, May 9, 2025 (Yonhap) -- Foreign Minister Cho Tae-yul held a trilateral videoconference with U.S. Secretary of State Marco Rubio and Japanese Foreign Minister Takeshi Iwaya on Thursday.',
    );
    expect(record.events.map((e) => [e.type, e.parties.join('-'), e.date])).toEqual([
      ['call', 'JPN-KOR-USA', '2025-05-08'],
    ]);
  });
});

describe('an itinerary with place and date headings', () => {
  const text = [
    "Minister's visit to Saudi Arabia and Lebanon (21-23 May 2025)",
    '23 May 2025',
    'The Minister for Europe and Foreign Affairs, Jean-Noël Barrot, travelled to Saudi Arabia and Lebanon from 21 to 23 May 2025.',
    'Riyadh, 21 May',
    'Mr Barrot held talks with Saudi Foreign Minister Prince Faisal bin Farhan Al Saud.',
    'Beirut, 22-23 May',
    'On the evening of 22 May, Mr Barrot was welcomed in Beirut by his counterpart Youssef Rajji, Minister of Foreign Affairs and Emigrants of the Lebanese Republic.',
    'On 23 May, the Minister was received by the President of the Republic of Lebanon, Joseph Aoun.',
    'The Minister then met the Prime Minister, Nawaf Salam, at the Grand Serail.',
  ].join('\n\n');
  it('"was welcomed in Beirut by his counterpart X" is a meeting', () => {
    const rajji = run(text).record.events.find((e) => e.participants.some((p) => p.name === 'Youssef Rajji'));
    expect(rajji).toMatchObject({ type: 'meeting', date: '2025-05-22', parties: ['FRA', 'LBN'] });
  });
  it("an engagement under a place heading is there, and an unplaced host is of the heading's country", () => {
    const salam = run(text).record.events.find((e) => e.participants.some((p) => p.name === 'Nawaf Salam'));
    expect(salam).toMatchObject({ parties: ['FRA', 'LBN'], location: { city: 'Beirut', country: 'LBN' } });
  });
  it('"The Minister then met ..." is the day of the engagement before', () => {
    const salam = run(text).record.events.find((e) => e.participants.some((p) => p.name === 'Nawaf Salam'));
    expect(salam?.date).toBe('2025-05-23');
  });
});

describe('a Central Asian ministry release', () => {
  const text =
    'Tokyo, 14 December 2022 - Kazakh Foreign Minister Mukhtar Tileuberdi took part in the 9th Foreign Ministers\' Meeting of the "Central Asia + Japan" Dialogue.\n\n' +
    'On the same day, Tileuberdi met Japanese Foreign Minister Yoshimasa Hayashi. The parties noted that this year marks 30 years since the establishment of diplomatic relations between Kazakhstan and Japan.';
  it('an occasion named with quotes and "+" inside', () => {
    const conference = run(text).record.events.find((e) => e.type === 'conference');
    expect(conference?.occasion).toBe('9th Foreign Ministers\' Meeting of the "Central Asia + Japan" Dialogue');
  });
  it('"30 years since the establishment of diplomatic relations" falls in the year it is said', () => {
    expect(run(text).record.anniversaries).toMatchObject([{ parties: ['JPN', 'KAZ'], ordinal: 30, year: 2022 }]);
  });
});

describe('meetings in general', () => {
  const text =
    'WELLINGTON, 12 March 2025 - Foreign Minister Winston Peters met Fijian Deputy Prime Minister Biman Prasad in Wellington on Tuesday. ' +
    "Mr Prasad requested New Zealand's assistance in training Fijian officials for Pacific Islands Forum meetings.";
  it('"officials for X meetings" is no new engagement, and the request stays with the meeting', () => {
    const { record } = run(text);
    expect(record.events.map((e) => [e.type, e.parties.join('-')])).toEqual([['meeting', 'FJI-NZL']]);
    expect(record.events[0]?.requests).toMatchObject([{ by: 'FJI', of: 'NZL', kind: 'assistance' }]);
  });
  it('"in separate meetings with X and Y" still names its counterparts', () => {
    const { record } = run(
      "CANBERRA, 3 June 2025 - Australia's Foreign Minister Penny Wong held separate meetings with Indonesian Foreign Minister Sugiono and Malaysian Foreign Minister Mohamad Hasan on Monday.",
    );
    expect(record.events.map((e) => e.parties.join('-')).sort()).toEqual(['AUS-IDN', 'AUS-MYS']);
  });
});

describe('a wire story whose lead has no cue', () => {
  const text = [
    'Japan, Malaysia agree to deepen maritime ties in phone talks',
    'JIJI PRESS - Mar 4, 2025 - 18:02 | Politics, World',
    'TOKYO - Japanese Foreign Minister Takeshi Iwaya and his Malaysian counterpart Ahmad Rizal agreed Tuesday to deepen maritime cooperation, as tensions in the region grow.',
    'During the roughly 30-minute telephone call, Iwaya asked Malaysia to keep up stable gas supplies, the ministry said.',
    'Ahmad asked Japan to expand a training scheme for Malaysian engineers launched by former Prime Minister Farid Ahmad.',
    'Ahmad also invited Iwaya to visit Kuala Lumpur.',
    "Iwaya also briefed Ahmad on Japan's strained ties with China, and both voiced concern over China's activities at sea.",
    'The call came after Prime Minister Shigeru Ishiba and Malaysian Prime Minister Anwar Ibrahim met in Kuala Lumpur in early January.',
  ].join('\n\n');
  const { record } = run(text);
  it('a date field in the byline dates the story; the agency there gives unplaced officials its side', () => {
    expect(record.published).toBe('2025-03-04');
    const earlier = record.events.find((e) => e.participants.some((p) => p.name === 'Shigeru Ishiba'));
    expect(earlier?.participants.find((p) => p.name === 'Shigeru Ishiba')?.affiliation).toBe('JPN');
  });
  it('"During the ... call" takes the pair the lead named', () => {
    expect(record.events[0]).toMatchObject({ type: 'call', date: '2025-03-04', parties: ['JPN', 'MYS'] });
  });
  it('a given name used alone is the person named with it first, not a later namesake', () => {
    const { doc } = run(text);
    const named = (n: string) => doc.people.find((p) => p.name === n)?.mentions.length;
    expect([named('Ahmad Rizal'), named('Farid Ahmad')]).toEqual([5, 1]);
  });
  it('"came after X and Y met in early January": their meeting, dated by no day', () => {
    const earlier = record.events.find((e) => e.participants.some((p) => p.name === 'Shigeru Ishiba'));
    expect(earlier).toMatchObject({ type: 'meeting', date: null, parties: ['JPN', 'MYS'] });
    expect(earlier?.participants.map((p) => p.name)).toEqual(['Shigeru Ishiba', 'Anwar Ibrahim']);
  });
});

describe('a ministry release with numbered paragraphs', () => {
  const text = [
    'MINISTRY OF FOREIGN AFFAIRS',
    'PRESS RELEASE',
    'Tirana, 12 May 2025. On behalf of President Bajram Begaj, Foreign Minister Igli Hasani today led the Albanian delegation to the 51st Session of the Council of Foreign Ministers of the Organisation of Islamic Cooperation, held in Istanbul.',
    '2. In his statement, the Minister urged OIC Member States to act together on the crisis in Gaza.',
    '3. On the sidelines, the Minister met H.E. Jeyhun Bayramov, Minister of Foreign Affairs of the Republic of Azerbaijan. H.E. Bayramov invited him to Baku.',
  ].join('\n\n');
  const { record, doc } = run(text);
  it('"led the delegation to" a named session is attending it; "today" is the dateline\'s day', () => {
    const conference = record.events.find((e) => e.type === 'conference' || e.type === 'speech');
    expect(conference).toMatchObject({
      date: '2025-05-12',
      occasion: '51st session of the OIC Council of Foreign Ministers',
      location: { city: 'Istanbul', country: 'TUR' },
    });
  });
  it('one sent on behalf of is not there', () => {
    expect(record.events.flatMap((e) => e.participants.map((p) => p.name))).not.toContain('Bajram Begaj');
  });
  it('"the Minister" is the first-named minister; "Member States" is nobody; "H.E. Bayramov" is Bayramov', () => {
    const names = (n: string) =>
      doc.people.find((p) => p.name === n)?.mentions.map((m) => doc.text.slice(m.start, m.end)) ?? [];
    expect(names('Igli Hasani')).toEqual(expect.arrayContaining(['Minister', 'Minister']));
    expect(doc.people.flatMap((p) => p.mentions.map((m) => doc.text.slice(m.start, m.end)))).not.toContain('Member');
    expect(names('Jeyhun Bayramov')).toContain('Bayramov');
    expect(doc.people.map((p) => p.name)).not.toContain('E. Bayramov');
  });
});

describe('a joint commission co-chaired by two ministers', () => {
  const text = [
    'India, Kenya review trade as Joint Commission meets',
    'NEW DELHI, March 4, 2025 - Kenyan Foreign Minister Musalia Mudavadi called on Prime Minister Narendra Modi on Monday. Mr. Modi conveyed his warm greetings to His Excellency President William Ruto.',
    'On Tuesday, External Affairs Minister S. Jaishankar said the two sides had made progress after he and his Kenyan counterpart co-chaired the 10th meeting of the India-Kenya Joint Commission here.',
  ].join('\n\n');
  const { record } = run(text);
  it('"he and his Kenyan counterpart co-chaired the 10th meeting of the India-Kenya Joint Commission" is talks of the two', () => {
    expect(record.events.find((e) => e.type === 'talks')).toMatchObject({
      date: '2025-03-04',
      parties: ['IND', 'KEN'],
      occasion: '10th meeting of the India-Kenya Joint Commission',
      participants: [{ name: 'S. Jaishankar' }, { name: 'Musalia Mudavadi' }],
    });
    expect(record.events.filter((e) => e.type === 'conference')).toEqual([]);
  });
  it('one greetings are conveyed to is not at the meeting', () => {
    const call = record.events.find((e) => e.participants.some((p) => p.name === 'Narendra Modi'));
    expect(call?.participants.map((p) => p.name)).not.toContain('William Ruto');
  });
});

describe('a correspondent on a meeting at a conference, with a past and a possible one', () => {
  const text = [
    'Dhaka, Colombo envoys meet in Muscat',
    'Diplomatic Correspondent',
    'Mon Mar 10, 2025 12:00 AM',
    'Foreign Adviser Md Touhid Hossain yesterday met Sri Lankan Foreign Minister Vijitha Herath on the sidelines of the ninth Indian Ocean Conference in Muscat.',
    'The meeting was the first between the two since they met in New York on the sidelines of the UN General Assembly last September.',
    'Asked whether a meeting between Chief Adviser Muhammad Yunus and Sri Lankan President Anura Kumara Dissanayake could take place on the sidelines of the BIMSTEC summit, Touhid said Dhaka had proposed one.',
  ].join('\n\n');
  const { record } = run(text);
  const held = record.events.filter(
    (e) => e.status === 'held' && e.participants.some((p) => p.name === 'Vijitha Herath'),
  );
  it('the meeting reported takes the ordinal conference it was held at, not the one before', () => {
    expect(held[0]).toMatchObject({ date: '2025-03-09', occasion: '9th Indian Ocean Conference' });
  });
  it('the conference of the meeting reported, not that of an earlier one told next', () => {
    expect(record.events.filter((e) => e.date === '2025-03-09' && /General Assembly/.test(e.occasion ?? ''))).toEqual(
      [],
    );
  });
  it('"whether a meeting ... could take place on the sidelines of the BIMSTEC summit" is not held, nor in Muscat', () => {
    const possible = record.events.find((e) => e.participants.some((p) => p.name === 'Muhammad Yunus'));
    expect(possible).toMatchObject({ status: 'planned', occasion: 'BIMSTEC summit', location: { city: null } });
  });
});

describe('an invitation accepted', () => {
  it('"has accepted an invitation from X to visit Beijing later this autumn" is a planned visit', () => {
    const { record } = run(
      'OSLO, 11 September 2024 - Foreign Minister Espen Barth Eide held a video call with Chinese Foreign Minister Wang Yi on Tuesday.\n\nMr Eide has accepted an invitation from Mr Wang to visit Beijing later this autumn.',
    );
    expect(record.events.map((e) => [e.type, e.status, e.location.country])).toEqual([
      ['call', 'held', null],
      ['visit', 'planned', 'CHN'],
    ]);
  });
});

describe('an itinerary release with quotes', () => {
  const text = [
    'WELLINGTON, 3 August 2025 - Foreign Minister Winston Peters will visit the Philippines and Indonesia this week.',
    "On Thursday Mr Peters will deliver a lecture at the Centre for Strategic and International Studies in Jakarta on New Zealand's approach to the Indo-Pacific.",
    '"Next year we will mark sixty years of diplomatic relations between New Zealand and the Philippines."',
    '"This year New Zealand and ASEAN are marking fifty years of dialogue relations."',
  ].join('\n\n');
  const { record } = run(text);
  it('"a lecture at the Centre for ..." is a speech there', () => {
    expect(record.events.find((e) => e.type === 'speech')).toMatchObject({
      status: 'planned',
      date: '2025-08-07',
      occasion: 'lecture at the Centre for Strategic and International Studies',
    });
  });
  it('years spelled out, "Next year" opening the sentence, dialogue relations', () => {
    expect(record.anniversaries.map((a) => [a.parties.join('-'), a.ordinal, a.year])).toEqual([
      ['NZL-PHL', 60, 2026],
      ['ASEAN-NZL', 50, 2025],
    ]);
  });
});

describe('something received, not someone', () => {
  const table: { text: string; meeting: boolean }[] = [
    { text: 'He thanked the Amir for the support he received from officials.', meeting: false },
    { text: 'She received a letter from the Prime Minister.', meeting: false },
    { text: 'The Amir received the Ambassador of Chile at the Amiri Diwan.', meeting: true },
    { text: 'The State Minister received a copy of credentials from the new Ambassador of Chile.', meeting: true },
    { text: 'He received Foreign Minister Sugiono and then met the Prime Minister.', meeting: true },
  ];
  for (const row of table)
    it(row.text, () => {
      const { doc } = run(`Doha, November 4, 2025 - ${row.text}`);
      const found = buildViews(doc).flatMap((v) => findTriggers(doc, v));
      expect(found.some((t) => /^receive/.test(doc.tokens[t.tokenStart]!.key))).toBe(row.meeting);
    });
});

describe('a visit told in passing', () => {
  it('"X, who is on his first official visit to ..., asked ...": the visit is kept, the request stays with the meeting', () => {
    const { record } = run(
      [
        "Saudi Arabia's Foreign Minister Prince Faisal bin Farhan met Jordan's Foreign Minister Ayman Safadi in Riyadh on Tuesday, the Saudi Press Agency reported.",
        'Safadi, who is on his first official visit to the Kingdom this year, asked Saudi Arabia to help fund the reconstruction of schools in the north of Jordan.',
      ].join('\n\n'),
    );
    expect(record.events.map((e) => [e.type, e.requests.map((r) => `${r.by}>${r.of}:${r.kind}`)])).toEqual([
      ['meeting', ['JOR>SAU:assistance']],
      ['visit', []],
    ]);
  });
});

describe('the side of an unplaced host', () => {
  const cases: { text: string; side: string }[] = [
    {
      text: 'Tallinn, 26.05.2025 - Estonian Foreign Minister Margus Tsahkna received Moldovan Deputy Prime Minister Mihai Popșoi in Tallinn.\n\nDuring his visit, Popșoi also met with Prime Minister Kristen Michal, where they discussed digital governance and support for Ukraine.',
      side: 'EST',
    },
    {
      text: 'SEOUL, Aug. 12, 2025 - Czech Foreign Minister Jan Lipavský held talks with Foreign Minister Cho Hyun in Seoul on Monday.\n\nLipavský also met Minister of Trade, Industry and Energy Kim Jung-kwan to discuss supply chains, before flying to Tokyo.',
      side: 'KOR',
    },
  ];
  for (const c of cases)
    it(c.text.split('\n\n')[1]!, () => {
      const { record } = run(c.text);
      expect(record.events.at(-1)?.parties).toContain(c.side);
    });
});

describe('engagements told in passing', () => {
  const text = [
    'RIO DE JANEIRO, July 7, 2025 - President Luiz Inácio Lula da Silva met Malaysian Prime Minister Anwar Ibrahim on Monday on the sidelines of the 17th BRICS Summit.',
    'Anwar, who chairs ASEAN this year, invited Lula to the ASEAN summit in Kuala Lumpur in October.',
    'On Tuesday, Lula will receive Indian Prime Minister Narendra Modi, who also attended the summit in Rio, for a state visit to Brasília.',
    'Officials said preparations were under way for the next meeting of the Brazil-Malaysia Joint Commission, which will be co-chaired by the two foreign ministers in Brasília later this year.',
    'No Malaysian Prime Minister has made a bilateral visit to Brasília since 2016.',
  ].join('\n\n');
  const { record } = run(text);
  it('a clause about someone ("who chairs ASEAN", "who also attended the summit") makes no engagement', () => {
    expect(record.events.filter((e) => e.type === 'conference')).toEqual([]);
  });
  it('"will receive X ..., for a state visit": X\'s planned visit; "No ... has made a visit" is none', () => {
    expect(record.events.filter((e) => e.status === 'held').map((e) => [e.type, e.parties.join('-')])).toEqual([
      ['meeting', 'BRA-MYS'],
    ]);
    expect(record.events.find((e) => e.type === 'visit')).toMatchObject({
      status: 'planned',
      date: '2025-07-08',
      parties: ['BRA', 'IND'],
      participants: [{ name: 'Narendra Modi' }],
    });
  });
});

describe('a ministry readout of a working visit', () => {
  const text = [
    'Press release',
    '11.06.2025',
    "Federal Minister Beate Meinl-Reisinger welcomed the Minister of Foreign Affairs of North Macedonia, Timčo Mucunski, to Vienna today for a working visit. The two ministers then held talks, at which Austria's candidacy for a non-permanent seat on the United Nations Security Council was discussed.",
    '"We support North Macedonia on its path, with a clear voice in Brussels," said the Federal Minister at a joint press conference with her counterpart.',
    'Around 50,000 Austrian tourists visited Lake Ohrid last year.',
    'Next year, Austria and North Macedonia will mark the 30th anniversary of diplomatic relations.',
  ].join('\n\n');
  const { record } = run(text);
  const talks = record.events.find((e) => e.type === 'talks');
  it('"welcomed X to Vienna for a working visit": X\'s visit there, and the talks are in Vienna', () => {
    expect(record.events.find((e) => e.type === 'visit')).toMatchObject({
      location: { city: 'Vienna', country: 'AUT' },
      participants: [{ name: 'Timčo Mucunski' }],
    });
    expect(talks?.location).toEqual({ city: 'Vienna', country: 'AUT' });
  });
  it('a seat on the Security Council is no occasion; tourists pay no visit', () => {
    expect(talks?.occasion).toBe(null);
    expect(record.events.filter((e) => e.type === 'visit')).toHaveLength(1);
  });
  it('"Next year, A and B will mark the 30th anniversary"', () => {
    expect(record.anniversaries).toMatchObject([{ ordinal: 30, year: 2026 }]);
  });
});

describe('where a sentence places an engagement', () => {
  const table: { text: string; place: string | null }[] = [
    { text: 'The two ministers met in Brussels on Monday.', place: 'Brussels' },
    { text: '"We will keep a clear voice in Brussels," the minister said at the press conference.', place: null },
    { text: 'Our partners know where we stand in Brussels," the minister said at the press conference.', place: null },
    { text: 'The minister welcomed his counterpart, Ivan Petrov, to Sofia for talks.', place: 'Sofia' },
    { text: 'We are partners at sea," the minister told reporters in Tokyo after the talks.', place: 'Tokyo' },
  ];
  for (const row of table)
    it(row.text, () => {
      const { doc } = run(`Vienna, 11 June 2025 - Introduction here.\n\n${row.text}`);
      const v = buildViews(doc).find(
        (x) => x.kind === 'body' && doc.text.slice(doc.tokens[x.first]!.start).startsWith(row.text.slice(0, 12)),
      );
      expect(placeIn(doc, v)?.value.city ?? null).toBe(row.place);
    });
  it('a seat on the Security Council is not where talks were held', () => {
    const { record } = run(
      "Vienna, 11 June 2025 - Foreign Minister Beate Meinl-Reisinger held talks with North Macedonia's Foreign Minister Timčo Mucunski on Austria's bid for a non-permanent seat on the United Nations Security Council.",
    );
    expect(record.events[0]).toMatchObject({ type: 'talks', occasion: null });
  });
});

describe('requests for cooperation and scholarships', () => {
  it('"asked for Brazilian technical cooperation", "asked Japan to expand scholarships" are assistance', () => {
    const { record } = run(
      'BRASILIA, July 7, 2025 - President Luiz Inácio Lula da Silva met Indonesian President Prabowo Subianto on Sunday.\n\nPrabowo asked for Brazilian technical cooperation for his free school meals program.\n\nLula asked Indonesia to expand scholarships for Brazilian students.',
    );
    expect(record.events[0]?.requests.map((r) => `${r.by}>${r.of}:${r.kind}`).sort()).toEqual([
      'BRA>IDN:assistance',
      'IDN>BRA:assistance',
    ]);
  });
});

describe('an itinerary announced ahead', () => {
  it('planned meetings after a trip announced take its country; a trip to a capital names the city', () => {
    const { record } = run(
      [
        "WELLINGTON, 3 August 2025 - New Zealand's Foreign Minister Winston Peters will travel to the Philippines and Timor-Leste this week.",
        'Mr Peters departs for Manila on Monday. On Tuesday he will hold talks with Secretary of Foreign Affairs Ma. Theresa Lazaro.',
        'Mr Peters will travel to Dili on Friday, where he will hold talks with Minister of Foreign Affairs Bendito dos Santos Freitas.',
      ].join('\n\n'),
    );
    const talks = record.events.filter((e) => e.type === 'talks');
    expect(talks.map((e) => [e.status, e.parties.join('-'), e.location.country])).toEqual([
      ['planned', 'NZL-PHL', 'PHL'],
      ['planned', 'NZL-TLS', 'TLS'],
    ]);
    expect(record.events.find((e) => e.type === 'visit' && e.parties.includes('TLS'))?.location.city).toBe('Dili');
  });
});

describe('requests pressed for and sought', () => {
  it('"New Delhi pressed for easier visa norms"; "Oman is understood to be seeking better access"', () => {
    const { record } = run(
      [
        "NEW DELHI, January 28, 2025 - External Affairs Minister S. Jaishankar held talks with Oman's Foreign Minister Sayyid Badr Albusaidi on Tuesday.",
        'New Delhi pressed for easier work-permit and visa norms for Indian professionals in the talks.',
        'Oman, for its part, is understood to be seeking better access for its aluminium products in the Indian market.',
      ].join('\n\n'),
    );
    expect(record.events[0]?.requests.map((r) => `${r.by}>${r.of}:${r.kind}`).sort()).toEqual([
      'IND>OMN:market_access',
      'OMN>IND:market_access',
    ]);
  });
});
