// Templates in the styles of news outlets: an ambassador's courtesy call, a statistics story with
// no meeting, postponed talks, a wire story with a dateline, a Vietnamese-outlet story with photo
// captions and share rows, and a Q&A interview.
import { OUTLETS, PRODUCTS, RELATED, SHARE_ROWS, TOPICS, ordinal } from '../vocab.ts';
import {
  type Draft,
  type G,
  cap,
  caption,
  filler,
  fmtDate,
  full,
  last,
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

export function courtesyCall(g: G): Draft {
  const [home, guest] = pair(g);
  const host = official(g, home, g.r.chance(0.3) ? 'leader' : 'fm');
  const amb = { name: g.v.person(g.r), office: 'Ambassador', c: guest };
  const outlet = g.r.pick(OUTLETS);
  return {
    style: 'courtesy-call',
    parties: [home, guest],
    more: () =>
      `${g.r.pick([`Ambassador ${last(amb)}`, short(g, host)])} ${g.r.pick(['also noted', 'pointed out', 'stressed'])} that cooperation in ${topics(g, 2)} had grown, and said the two sides should ${g.r.pick(['work together', 'coordinate closely'])} on ${g.r.pick(TOPICS)}.`,
    head: [
      `${home.name} ${outlet}`,
      'General News',
      `${last(host)} asks ${guest.name} to help with ${g.r.pick(TOPICS)}`,
      `By ${g.v.person(g.r)}`,
      fmtDate(g, g.day, 0),
      g.r.pick(SHARE_ROWS),
    ],
    lead: [
      `${home.capital}, ${fmtDate(g, g.day, 4).replace(/, \d+$/, '')}, ${outlet
        .split(' ')
        .map((w) => w[0])
        .join(
          '',
        )} – ${host.name}, the ${host.office}, has called on ${guest.the} to support ${home.name}'s efforts in ${topics(g, 2)}.`,
      `${host.office === 'President' ? 'He' : 'The Minister'} made the call when ${amb.name}, the Ambassador of ${guest.the} to ${home.the}, paid a courtesy call on ${host.office === 'President' ? 'him' : 'the Minister'} in ${home.capital} ${onDay(g, shift(g.day, -1))}.`,
    ],
    extra: [
      `${short(g, host)} ${request(g, home, guest)}, and asked the Ambassador to encourage more ${guest.demonym} investment in ${g.r.pick(TOPICS)}.`,
      `Ambassador ${last(amb)} congratulated ${short(g, host)} on ${g.r.pick(['the appointment', 'the successful elections', 'the recent reforms'])} and said ${guest.name} would continue to support ${home.the} in ${topics(g, 2)}.`,
      `The Ambassador noted that the two countries would mark the ${ordinal(g.r.int(20, 70))} anniversary of diplomatic relations next year.`,
      filler(g, guest, home),
    ],
    tail: [
      outlet
        .split(' ')
        .map((w) => w[0])
        .join(''),
      g.r.pick(RELATED),
      ...teasers(g, home, guest),
    ],
  };
}

export function statistics(g: G): Draft {
  const [a, b] = pair(g);
  const p = g.r.pick(PRODUCTS);
  const minister = official(g, a, 'other');
  return {
    style: 'statistics',
    parties: [a, b],
    more: () =>
      `Shipments of ${g.r.pick(PRODUCTS)} ${g.r.pick(['fell', 'rose'])} by ${g.r.int(2, 45)}% in value, while volumes ${g.r.pick(['edged up', 'declined'])} ${g.r.int(1, 9)}.${g.r.int(0, 9)}%, the ${g.r.pick(['customs agency', 'statistics office', 'trade ministry'])} said ${onDay(g, shift(g.day, -g.r.int(1, 5)))}.`,
    head: [
      'Markets | Economy',
      `${a.demonym} ${p} exports ${g.r.pick(['jump', 'slide', 'hold steady'])} as prices ${g.r.pick(['rise', 'ease'])}`,
      fmtDate(g, g.day, 0),
    ],
    lead: [
      `${a.capital.toUpperCase()} — ${a.demonym} export revenue from ${p} rose ${g.r.int(1, 30)}.${g.r.int(0, 9)}% year on year to USD ${g.r.int(1, 9)}.${g.r.int(0, 9)} billion, official figures released ${onDay(g, g.day)} showed.`,
    ],
    extra: [
      `Total exports reached USD ${g.r.int(2, 40)}.${g.r.int(0, 9)} billion for the month, leaving a trade ${g.r.pick(['surplus', 'deficit'])} of USD ${g.r.int(1, 5)}.${g.r.int(0, 9)} billion, the central bank said.`,
      `"${cap(p)} remains the backbone of our external accounts," ${minister.office} ${minister.name} said in a statement.`,
      `${b.name} remained the largest destination, followed by ${others(g, a, 3)
        .map((c) => c.the)
        .join(', ')}, according to the statistics office.`,
      `Analysts expect shipments to ${g.r.pick(['slow', 'pick up'])} in the second half. The currency was little changed at ${g.r.int(10, 990)} per dollar.`,
    ],
    tail: [],
  };
}

export function postponed(g: G): Draft {
  const [a, b] = pair(g);
  const m = others(g, a, 1)[0] ?? b;
  const x = official(g, a),
    y = official(g, b),
    z = official(g, m);
  return {
    style: 'postponed',
    parties: [a, b, m],
    head: [
      g.r.pick(['AFRICA', 'WORLD', 'ASIA', 'DIPLOMACY']),
      `${m.demonym}-brokered ${a.name}-${b.name} talks ${g.r.pick(['postponed', 'called off', 'cancelled'])}`,
      `${fmtDate(g, g.day, 0)} ${g.r.int(1, 12)}:${g.r.int(10, 59)} PM`,
    ],
    lead: [
      `${m.capital.toUpperCase()} — A ${ordinal(g.r.int(2, 5))} round of talks between ${a.the} and ${b.the} that ${m.name} had planned to host in ${m.capital} this week has been postponed, officials said ${g.day.wd}, with no new date set.`,
    ],
    extra: [
      `${a.demonym} ${x.office} ${x.name} said in a statement that ${a.name} would not meet the ${b.demonym} delegation until ${g.r.pick(['the dispute over the border was addressed', 'the agreement was withdrawn'])}.`,
      `${full(g, y)} told lawmakers that ${b.the} remained committed to the process.`,
      `${z.office} ${z.name} mediated the first rounds, on ${fmtDate(g, shift(g.day, -20), 1)} and ${fmtDate(g, shift(g.day, -8), 1)}, which ended without a breakthrough.`,
    ],
    tail: [],
  };
}

export function wire(g: G): Draft {
  const [a, b] = pair(g);
  const x = official(g, a),
    y = official(g, b);
  const agency = g.r.pick(['Reuters', 'AFP', 'AP', 'Xinhua', 'Anadolu']);
  return {
    style: 'wire',
    parties: [a, b],
    head: [
      g.r.pick(['Americas', 'Asia Pacific', 'Europe', 'Middle East', 'Africa']),
      `${a.name}, ${b.name} foreign ministers seek to ${g.r.pick(['reset ties', 'boost trade', 'ease tensions'])}`,
      `By ${g.v.person(g.r)} and ${g.v.person(g.r)}`,
      `${fmtDate(g, g.day, 0)} ${g.r.int(1, 12)}:${g.r.int(10, 59)} PM UTC`,
    ],
    lead: [
      `${b.capital.toUpperCase()}, ${fmtDate(g, g.day, 4).replace(/, \d+$/, '')} (${agency}) - ${a.demonym} ${x.office} ${x.name} met ${g.r.pick(['her', 'his'])} ${b.demonym} counterpart ${y.name} in ${b.capital} ${onDay(g, g.day)}, as the two countries sought to focus on ${topics(g, 2)}.`,
    ],
    extra: [
      `"Our relationship goes far beyond the governments of the day," ${last(y)} told reporters after the meeting.`,
      `The two discussed ${topics(g)}. ${last(x)} ${request(g, a, b)}, a ${b.demonym} official said.`,
      `${last(x)} is due to travel to ${g.r.pick(g.v.countries).name} later this month.`,
      `(Reporting by ${g.v.person(g.r)}; Editing by ${g.v.person(g.r)})`,
    ],
    tail: [],
  };
}

export function vnOutlet(g: G): Draft {
  const [a, host] = pair(g);
  const x = official(g, a);
  const met = others(g, a, g.r.int(2, 4));
  const extra: string[] = [];
  const meet = (c = others(g, a, 1)[0] ?? host): string => {
    const y = official(g, c);
    const pic = g.r.chance(0.5)
      ? `${caption(g, `${x.office} ${x.name}`, `${c.demonym} ${y.office} ${y.name}`, 'VNA')}\n`
      : '';
    return (
      pic +
      `${g.r.pick(['Receiving', 'At his meeting with', 'Meeting'])} ${c.demonym} ${y.office} ${y.name} ${onDay(g, g.day)}, ${last(x)} said ${a.name} treasures its partnership with ${c.the}. ${last(x)} ${request(g, a, c)}.`
    );
  };
  for (const c of met) extra.push(meet(c));
  return {
    style: 'vn-outlet',
    parties: [a, host, ...met],
    more: () => meet(),
    head: [
      `${x.office} ${x.name} holds talks with ${met.map((c) => c.demonym).join(', ')} counterparts in ${host.capital}`,
      caption(g, `${x.office} ${x.name}`, 'a counterpart', 'VNA'),
      g.r.pick(SHARE_ROWS),
    ],
    lead: [
      `${host.capital} (VNA) – ${x.office} ${x.name} had bilateral meetings with the top diplomats of ${met.map((c) => c.name).join(', ')} ${onDay(g, g.day)} on the sidelines of the ${ordinal(g.r.int(40, 60))} ASEAN Foreign Ministers' Meeting in ${host.capital}.`,
    ],
    extra,
    tail: [
      'VNA',
      ...teasers(g, a, host),
      `Source: https://en.example-news.vn/${x.name.toLowerCase().replace(/\W+/g, '-')}-post${g.r.int(100000, 999999)}.vnp`,
      'Comment (0)',
    ],
  };
}

export function interview(g: G): Draft {
  const [a] = pair(g);
  const x = official(g, a);
  const qa: string[] = [];
  const ask = (t = g.r.pick(TOPICS)): string =>
    `${g.r.pick(['What about', 'Where do you stand on', 'How will you handle'])} ${t}?\n\n${cap(t)} is a priority. We are working with ${others(
      g,
      a,
      2,
    )
      .map((c) => c.the)
      .join(
        ' and ',
      )} and we hope to ${g.r.pick(['conclude talks', 'see results', 'sign an agreement'])} by ${g.day.y + 1}.`;
  for (const t of g.r.sample(TOPICS, g.r.int(2, 4))) qa.push(ask(t));
  return {
    style: 'interview',
    parties: [a],
    more: () => ask(),
    head: [
      `${a.capital} ${g.r.pick(['Post', 'Times', 'Herald'])}`,
      'NEWS > POLITICS',
      `'We want to be at the table'`,
      `${x.office} ${x.name} sets out ${a.name}'s priorities`,
      `PUBLISHED : ${fmtDate(g, g.day, 6)} at ${g.r.int(1, 23)}:00`,
      `WRITER: ${g.v.person(g.r)}`,
    ],
    lead: [
      `In an interview with the ${a.capital} ${g.r.pick(['Post', 'Times', 'Herald'])} in ${a.capital} ${onDay(g, shift(g.day, -1))}, ${x.office} ${x.name} spoke about ${topics(g)}.`,
    ],
    extra: qa,
    tail: [g.r.pick(RELATED), ...teasers(g, a, g.r.pick(g.v.countries))],
  };
}
