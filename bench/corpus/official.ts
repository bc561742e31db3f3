// Templates in the styles of foreign-ministry releases: a US-style readout, a Chinese MFA talks
// release, an Indian MEA numbered summary with sideline meetings, a Japanese MOFA meeting
// overview and a round of phone calls.
import { OCCASIONS, ordinal } from '../vocab.ts';
import {
  type Draft,
  type G,
  cap,
  fmtDate,
  filler,
  full,
  last,
  occasion,
  official,
  onDay,
  others,
  pair,
  request,
  shift,
  short,
  topics,
} from './common.ts';

export function readout(g: G): Draft {
  const [a, b] = pair(g);
  const x = official(g, a),
    y = official(g, b);
  const title = `${x.office} ${last(x)}'s ${g.r.pick(['Meeting', 'Call'])} with ${b.demonym} ${y.office} ${last(y)}`;
  return {
    style: 'readout',
    head: [
      `Home > Office of the Spokesperson > Press Releases > ${title}`,
      title,
      'READOUT',
      'OFFICE OF THE SPOKESPERSON',
      fmtDate(g, g.day, 3),
    ],
    lead: [
      `The following is attributable to Spokesperson ${g.v.person(g.r)}:`,
      `${x.office} ${x.name} met today with ${b.demonym} ${y.office} ${y.name} in ${g.r.pick([a.capital, b.capital])}. They discussed ${topics(g)}.`,
    ],
    extra: [
      `${x.office} ${last(x)} and ${y.office} ${last(y)} reviewed cooperation on ${topics(g)} and ${g.r.pick(['reaffirmed', 'underscored'])} the strength of the partnership between ${a.the} and ${b.the}.`,
      `The ${x.office} thanked ${y.office} ${last(y)} for ${b.name}'s contributions to ${g.r.pick(['regional stability', 'humanitarian relief', 'peacekeeping'])}. ${short(g, x)} ${request(g, a, b)}.`,
    ],
    parties: [a, b],
    tail: [
      '###',
      'Tags',
      `Bureau of ${g.r.pick(['African', 'European', 'East Asian and Pacific', 'Western Hemisphere'])} Affairs`,
      b.name,
      'Related Articles',
      `${fmtDate(g, shift(g.day, -1), 3)} | ${x.office} ${last(x)}'s Call with ${g.r.pick(g.v.countries).demonym} Counterpart ...`,
    ],
  };
}

export function mfaTalks(g: G): Draft {
  const [a, b] = pair(g);
  const x = official(g, a),
    y = official(g, b);
  const act = g.r.pick(['Holds Talks with', 'Meets with', 'Meets']);
  return {
    style: 'mfa-talks',
    parties: [a, b],
    more: () =>
      `${g.r.pick([x.name, y.name])} said that the two sides should ${g.r.pick(['expand', 'deepen', 'upgrade'])} cooperation in ${topics(g)}, and ${g.r.pick(['welcomed', 'supported'])} closer coordination on ${topics(g, 2)}.`,
    head: [`${x.name} ${act} ${y.office} of ${b.the} ${y.name}`, fmtDate(g, g.day, 5)],
    lead: [
      `On ${fmtDate(g, g.day, 0)}, ${x.office} ${x.name} ${act.toLowerCase().replace(' with', '')} ${full(g, y)} in ${a.capital}.`,
    ],
    extra: [
      `${x.name} said that this year marks the ${ordinal(g.r.int(10, 75))} anniversary of diplomatic relations between ${a.the} and ${b.the}. ${a.name} stands ready to work with ${b.name} to deepen mutual trust and expand cooperation in ${topics(g)}.`,
      `${y.name} said that ${b.name} attaches great importance to its relations with ${a.name}. ${b.name} hopes that ${a.name} will ${g.r.pick(['import more', 'open its market further to'])} ${b.demonym} ${g.r.pick(['beef', 'fruit', 'coffee', 'seafood'])}.`,
      `Both sides exchanged views in depth on ${topics(g, 2)}. They agreed that dialogue and consultation are the only viable way forward.`,
      filler(g, a, b),
    ],
    tail: [],
  };
}

export function meaSummary(g: G): Draft {
  const [home] = pair(g);
  const host = others(g, home, 1)[0] ?? home;
  const x = official(g, home);
  const occ = occasion(g, g.r.pick(OCCASIONS));
  const met = others(g, home, g.r.int(2, 5));
  const lead = [
    `${x.office} ${x.name} led the ${home.demonym} delegation to ${occ}, hosted by ${host.the} in ${host.capital} ${onDay(g, g.day)}.`,
  ];
  const extra = [
    `At the meeting, ${short(g, x)} delivered the national statement, which called for ${topics(g, 2)}.`,
    `On the margins of the meeting, ${short(g, x)} held bilateral meetings with several leaders.`,
  ];
  let n = 4;
  const meet = (c = others(g, home, 1)[0] ?? host): string => {
    const y = official(g, c, g.r.chance(0.3) ? 'leader' : 'fm');
    return `${n++}. ${cap(onDay(g, shift(g.day, -(n % 2))))}, ${short(g, x)} met ${y.office} of ${c.the} ${y.name}. They discussed ${topics(g)}. ${short(g, x)} ${request(g, home, c)}.`;
  };
  for (const c of met) extra.push(meet(c));
  return {
    style: 'mea-summary',
    parties: [home, host, ...met],
    more: () => meet(),
    head: [
      'Ministry of External Affairs',
      `Government of ${home.name}`,
      'Press Releases',
      `Participation in ${occ} and bilateral meetings in ${host.capital}`,
      fmtDate(g, g.day, 0),
    ],
    lead,
    extra,
    tail: [host.capital, fmtDate(g, g.day, 0)],
  };
}

export function mofaOverview(g: G): Draft {
  const [a, b] = pair(g);
  const x = official(g, a),
    y = official(g, b);
  const upper = (o: typeof x): string => `${last(o).toUpperCase()} ${o.name.split(' ')[0] ?? ''}`;
  const title = `${a.name}-${b.name} Foreign Ministers' Meeting`;
  return {
    style: 'mofa-overview',
    parties: [a, b],
    more: () =>
      `The two Ministers ${g.r.pick(['confirmed', 'concurred', 'shared the view'])} that they would ${g.r.pick(['promote', 'advance'])} cooperation on ${topics(g, 2)}, and Minister ${last(g.r.pick([x, y]))} explained ${g.r.pick([a, b]).demonym} efforts on ${g.r.pick(['regional security', 'economic security', 'climate action'])}.`,
    head: [
      `Ministry of Foreign Affairs of ${a.name}`,
      `Home > Press Releases > ${title}`,
      title,
      fmtDate(g, g.day, 0),
      a.demonym,
    ],
    lead: [
      `${cap(onDay(g, g.day))}, commencing at ${g.r.int(9, 17)}:${g.r.pick(['00', '15', '30', '45'])} for approximately ${g.r.pick([30, 40, 50, 60])} minutes, ${g.r.pick(['Mr.', 'Ms.'])} ${upper(x)}, ${x.office} of ${a.name}, held a Foreign Ministers' Meeting with H.E. ${upper(y)}, ${y.office} of ${b.the}, who is visiting ${a.name}. The overview of the meeting is as follows.`,
    ],
    extra: [
      `1. At the outset, Minister ${last(x)} welcomed Minister ${last(y)}'s visit and stated that relations between ${a.name} and ${b.the} are stronger than ever.`,
      `2. The two Ministers confirmed that they would deepen cooperation in ${topics(g)}. Minister ${last(y)} ${request(g, b, a)}.`,
      `3. The two Ministers exchanged views on regional situations, including ${topics(g, 2)}, and confirmed close coordination.`,
      `(Reference) Following the meeting, the two Ministers attended a working lunch hosted by Minister ${last(x)}.`,
    ],
    tail: [`Back to ${a.name}-${b.name} Relations`],
  };
}

export function phoneCalls(g: G): Draft {
  const [a] = pair(g);
  const x = official(g, a);
  const calls = others(g, a, g.r.int(1, 3));
  const city = a.capital.toUpperCase();
  const extra: string[] = [];
  const lead: string[] = [];
  const call = (c: typeof a, i: number): void => {
    const y = official(g, c);
    const verb = g.r.pick([
      'held a phone call with',
      'received a phone call today from',
      'spoke by telephone with',
      'had a telephone conversation with',
    ]);
    const s = `${i === 0 ? `${city} ${fmtDate(g, g.day, 1)} — ` : ''}${x.office} ${x.name} ${verb} ${full(g, y)} ${i === 0 ? 'yesterday' : 'on the same day'}.`;
    (i === 0 ? lead : extra).push(s);
    extra.push(`During the call, the two ministers discussed ${topics(g)}. ${short(g, x)} ${request(g, a, c)}.`);
  };
  calls.forEach(call);
  return {
    style: 'phone-calls',
    parties: [a, ...calls],
    more: () => {
      const c = others(g, a, 1)[0] ?? a,
        y = official(g, c);
      return `${x.office} ${last(x)} also ${g.r.pick(['spoke by telephone with', 'held a phone call with'])} ${full(g, y)}. They discussed ${topics(g)}, and ${y.name} ${request(g, c, a)}.`;
    },
    head: [
      `${g.r.pick(['Department', 'Ministry'])} of Foreign Affairs`,
      `${a.the.replace(/^the /, 'The ')}`,
      'NEWS AND UPDATES',
      `${x.office} ${last(x)} Holds Phone Call${calls.length > 1 ? 's' : ''} with ${calls.map((c) => c.demonym).join(', ')} Counterpart${calls.length > 1 ? 's' : ''}`,
    ],
    lead,
    extra,
    tail: [g.r.pick(['END', '--', '* * *'])],
  };
}
