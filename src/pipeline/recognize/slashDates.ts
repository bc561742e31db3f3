// "9/7/2025" is 9 July in most of the world and September 7 in the US; chrono reads it the US
// way. When both readings are dates, the one the stated weekday fits wins ("Wednesday 9/7/2025"),
// else the one nearest the article's date without being far after it, else day first (as the
// publication-date reader does).
export interface DayMonth {
  day?: number;
  month?: number;
  year?: number;
  weekday?: number;
}

const SLASH = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/;

function utc(year: number, month: number, day: number): Date | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 ? d : null;
}

export function slashOrder(text: string, k: DayMonth, published: string | null): DayMonth {
  const m = SLASH.exec(text);
  if (!m || k.day === undefined || k.month === undefined) return k;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a > 12 || b > 12 || a === b) return k;
  const year = k.year ?? (published ? Number(published.slice(0, 4)) : null);
  if (year === null) return { ...k, day: a, month: b };
  const us = utc(year, a, b);
  const dayFirst = utc(year, b, a);
  if (!us || !dayFirst) return k;
  const pick = (d: Date): DayMonth => ({ ...k, day: d.getUTCDate(), month: d.getUTCMonth() + 1 });
  if (k.weekday !== undefined) {
    if (dayFirst.getUTCDay() === k.weekday) return pick(dayFirst);
    if (us.getUTCDay() === k.weekday) return pick(us);
  }
  if (published) {
    const pub = Date.parse(published);
    // a report is mostly about the days just before it; a week after is as far as it looks ahead
    const cost = (d: Date) => {
      const diff = (d.getTime() - pub) / 86_400_000;
      return diff > 7 ? 1000 + diff : Math.abs(diff);
    };
    return pick(cost(us) < cost(dayFirst) ? us : dayFirst);
  }
  return pick(dayFirst);
}
