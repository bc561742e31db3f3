// Templates for visits and meetings with heads of government or organisations: a planned
// official visit, a state visit with several meetings, a multilateral meeting with sideline
// bilaterals, a UN head's meeting and an Indonesian-style release with a "(14/5)" date.
import { OCCASIONS, ORGS, RELATED, SHARE_ROWS, TOPICS } from '../vocab.ts';
import {
  type Draft,
  type G,
  cap,
  caption,
  filler,
  fmtDate,
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
  teasers,
  topics,
} from './common.ts';

export function plannedVisit(g: G): Draft {
  const [a, b] = pair(g);
  const c = others(g, a, 1)[0] ?? b;
  const x = official(g, a);
  const d1 = g.day,
    d2 = shift(g.day, 2),
    d3 = shift(g.day, 4);
  const y = official(g, b, 'leader'),
    z = official(g, c);
  return {
    style: 'planned-visit',
    parties: [a, b, c],
    head: [
      `${x.office} ${x.name}'s Official Visit to ${b.the} and ${c.the}, ${d1.d} to ${d3.d} ${fmtDate(g, d3, 1).split(' ').slice(1).join(' ')}`,
    ],
    lead: [
      `${x.office} ${x.name} will make an Official Visit to ${b.the} from ${d1.d} to ${fmtDate(g, d2, 1)}, and to ${c.the} from ${d2.d} to ${fmtDate(g, d3, 1)}.`,
    ],
    extra: [
      `In ${b.capital}, ${short(g, x)} will call on ${y.office} ${y.name} and review bilateral cooperation in ${topics(g)}.`,
      `In ${c.capital}, ${short(g, x)} will meet ${z.office} ${z.name} to discuss ${topics(g)}.`,
      `${b.name} is one of ${a.name}'s oldest partners in the region. This will be ${short(g, x)}'s first visit to ${c.the} in this capacity.`,
      `${short(g, x)} will be accompanied by officials from the Ministry of Foreign Affairs.`,
    ],
    tail: [
      '.  .  .  .  .',
      'MINISTRY OF FOREIGN AFFAIRS',
      a.name.toUpperCase(),
      fmtDate(g, shift(g.day, -1), 1).toUpperCase(),
    ],
  };
}

export function stateVisit(g: G): Draft {
  const [a, b] = pair(g);
  const guest = official(g, a, 'leader'),
    host = official(g, b, 'leader');
  const pm = official(g, b, 'leader'),
    speaker = official(g, b, 'leader');
  const next = shift(g.day, 1);
  return {
    style: 'state-visit',
    parties: [a, b],
    more: () => {
      const o = official(g, b, g.r.pick(['other', 'leader'] as const));
      return `${cap(g.r.pick(['the same day', 'later', 'in the afternoon']))}, ${last(guest)} ${g.r.pick(['met with', 'received'])} ${o.office} ${o.name}. They discussed ${topics(g)}.`;
    },
    head: [
      `${g.r.pick(['National News Agency', 'State News Agency'])}`,
      'Politics',
      `${b.name} and ${a.name} elevate ties to Strategic Partnership`,
      fmtDate(g, next, 5),
    ],
    lead: [
      `${b.capital} /${g.r.pick(['NNA', 'SNA', 'Agency'])}/. ${guest.office} of ${a.the} ${guest.name} paid a state visit to ${b.the} ${onDay(g, g.day).replace(/^on /, 'on ')} and ${fmtDate(g, next, 1)} at the invitation of ${host.office} of ${b.the} ${host.name}.`,
    ],
    extra: [
      'Official talks',
      `${cap(onDay(g, g.day))}, ${host.office} ${last(host)} and ${guest.office} ${last(guest)} held official talks at the ${g.r.pick(['State Palace', 'Presidential Palace', 'Government House'])}. They agreed to raise the relationship to a Strategic Partnership and to cooperate in ${topics(g)}.`,
      `Meeting with the ${pm.office}`,
      `The following day, ${last(guest)} met with ${pm.office} of ${b.the} ${pm.name}. The ${pm.office} ${request(g, b, a)}.`,
      `Meeting with the ${speaker.office === pm.office ? 'Speaker' : speaker.office}`,
      `The same day, ${last(guest)} met with ${speaker.office} ${speaker.name}. The two sides agreed to strengthen exchanges in ${topics(g, 2)}.`,
      filler(g, b, a),
    ],
    tail: [],
  };
}

export function multilateral(g: G): Draft {
  const [home, host] = pair(g);
  const x = official(g, home);
  const occ = occasion(g, g.r.pick(OCCASIONS));
  const met = others(g, home, g.r.int(2, 6));
  const org = g.r.pick(ORGS);
  const extra = [
    `Addressing the first session ${onDay(g, g.day)}, ${short(g, x)} called for ${topics(g, 2)}.`,
    'Bilateral meetings',
    `On the margins of the meeting, ${short(g, x)} held separate meetings with counterparts from ${met.map((c) => `${c.name}, ${g.v.person(g.r)}`).join('; ')}, as well as with the ${org.head} of ${org.name}, ${g.v.person(g.r)}.`,
  ];
  const meet = (c = others(g, home, 1)[0] ?? host): string => {
    const y = official(g, c);
    return `${cap(onDay(g, shift(g.day, g.r.int(0, 1))))}, ${short(g, x)} met ${y.office} of ${c.the} ${y.name}. They discussed ${topics(g)}. ${y.name} ${request(g, c, home)}.`;
  };
  for (const c of met.slice(0, 3)) extra.push(meet(c));
  return {
    style: 'multilateral',
    parties: [home, host, ...met],
    more: () => meet(),
    head: [
      `Department of International Relations`,
      home.the.replace(/^the /, 'The '),
      'Media Statement',
      `${x.office} participates in ${occ} in ${host.capital}, ${host.name}`,
      fmtDate(g, shift(g.day, 1), 1),
    ],
    lead: [
      `The ${x.office} of ${home.the}, ${x.name}, participated in ${occ}, which took place in ${host.capital}, ${host.name}, from ${g.day.d} to ${fmtDate(g, shift(g.day, 1), 1)}.`,
    ],
    extra,
    tail: [
      `Enquiries: ${g.v.person(g.r)}, Spokesperson`,
      `Issued by the Department of International Relations`,
      `${host.capital === home.capital ? 'Head Office' : home.capital}`,
    ],
  };
}

export function unHead(g: G): Draft {
  const [a] = pair(g);
  const org = g.r.pick(ORGS);
  const head = g.v.person(g.r);
  const pm = official(g, a, 'leader');
  const title = `${org.short.replace(/^the /, '')} chief ${head.split(' ').at(-1)}, ${a.demonym} ${pm.office} ${last(pm)} discuss ${g.r.pick(TOPICS)}`;
  return {
    style: 'un-head',
    parties: [a],
    head: [
      g.r.chance(0.5) ? ` date ${fmtDate(g, g.day, 2)} ${title}` : title,
      caption(g, `${org.head} ${head}`, `${pm.office} ${pm.name}`, 'UN'),
      g.r.pick(SHARE_ROWS),
    ],
    lead: [
      `${a.capital.toUpperCase()} — ${org.head} of ${org.name} ${head} held talks with ${a.name}'s ${pm.office} ${pm.name} in the capital ${onDay(g, g.day)}.`,
    ],
    extra: [
      `During the meeting, ${last(pm)} asked ${org.short} to help ${a.the} with ${topics(g, 2)}, and sought support for ${a.demonym} ${g.r.pick(['early warning systems', 'climate finance', 'vaccine production', 'school meals'])}.`,
      `${head.split(' ').at(-1)} praised ${a.name}'s ${g.r.pick(['resilience', 'leadership', 'commitment'])} and pledged that ${org.short} would work with the government on ${topics(g, 2)}.`,
      `The following day, ${head.split(' ').at(-1)} addressed ${g.r.pick(['parliament', 'a regional forum', 'students at the national university'])}.`,
    ],
    tail: [g.r.pick(RELATED), ...teasers(g, a, a), 'Comment (0)'],
  };
}

export function kemlu(g: G): Draft {
  const [a, b] = pair(g);
  const x = official(g, a),
    y = official(g, b);
  return {
    style: 'kemlu',
    parties: [a, b],
    head: [
      `Ministry of Foreign Affairs of ${a.the}`,
      'PRESS RELEASE',
      `${a.name} Reaffirms Support for ${b.name}`,
      `${a.capital}, ${fmtDate(g, g.day, 1)}`,
    ],
    lead: [
      `${x.office} of ${a.the}, ${x.name}, received ${full(g, y)} at the ministry in ${a.capital}, on ${g.day.wd} (${g.day.d}/${g.day.m}).`,
    ],
    extra: [
      `The meeting focused on ${topics(g, 3)}.`,
      `Minister ${last(y)} ${request(g, b, a)}. "We will stay the course," said Minister ${last(x)}.`,
      filler(g, a, b),
    ],
    tail: ['***'],
  };
}
