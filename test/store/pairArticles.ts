// Short articles reporting one Việt Nam–United States engagement each, on a given day or on none:
// as many distinct engagements of one pair as a paging test needs. Each stays under the 40
// words below which texts are never taken for near-duplicates of one another.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A phone call on `day` ('YYYY-MM-DD', day of month 1..27), reported the next day; with `day`
 * null, a report without any date. `topic` varies the text (and so its identity). */
export function vnmUsaCall(day: string | null, topic = 'trade'): string {
  const head = 'Vietnamese, US top diplomats talk by phone';
  const call = 'Foreign Minister Nguyễn Văn Hải held a phone call with US Secretary of State Daniel Brooks';
  if (day === null) return `${head}\n\n${call}.\n\nThey discussed ${topic}.`;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const month = MONTHS[m - 1]!;
  return `${head}\n\nHanoi, ${month} ${d + 1}, ${y} - ${call} on ${month} ${d}.\n\nThey discussed ${topic}.`;
}

/** The same call told by the other side, in other words: joins the engagement as a source. */
export function usaVnmReadout(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const month = MONTHS[m - 1]!;
  return `Secretary Brooks's Call with Vietnamese Foreign Minister\n\nWashington, ${month} ${d + 1}, ${y} - Secretary of State Daniel Brooks spoke by phone with Vietnamese Foreign Minister Nguyễn Văn Hải on ${month} ${d}.`;
}
