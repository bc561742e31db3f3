// chrono runs every parser's pattern over every window. Several patterns can only match where
// their keyword is ("3 days ago", "two weeks later", "within a month", "last week", "on Monday")
// and some of them compile to very large regular expressions (the duration ones repeat a unit
// pattern ten times): together they were a third of chrono's time, and more in the pipeline,
// where their code is cold by the next window. A window gets a chrono without the parsers whose
// keyword it lacks; the other parsers run in the same order through the same refiners, so the
// results are the same.
import * as chrono from 'chrono-node';

/**
 * Per parser class: text its pattern cannot match without. Each lists every literal alternative
 * the pattern requires (read from chrono 2.10's patterns), tested case-insensitively with Unicode
 * case folding, which accepts everything the patterns' own /i accepts and more.
 */
type Needs = Record<string, RegExp>;

const SHARED: Needs = {
  ENTimeUnitAgoFormatParser: /ago|before|earlier/iu,
  ENTimeUnitLaterFormatParser: /later|after|from now|henceforth|forward|out/iu,
  ENSlashMonthFormatParser: /\//u,
  // sunday/sun/sun., monday/mon/mon., ... thursday/thurs/thur/thu, ..., weekend, weekday
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|week/iu,
};

const STRICT: Needs = {
  ...SHARED,
  // strict durations name their unit in full
  ENTimeUnitWithinFormatParser: /second|minute|hour|day|week|month|quarter|year/iu,
};

const CASUAL: Needs = {
  ...SHARED,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/iu,
  ENCasualTimeParser: /morning|afternoon|evening|night|midday|noon/iu,
  ENEndOfCurrentMonthParser: /month/iu,
  ENRelativeDateFormatParser: /this|last|past|next|after/iu,
  ENTimeUnitCasualRelativeFormatParser: /this|last|past|next|after|\+|-/iu,
};

interface Variants {
  base: chrono.Chrono;
  /** Per parser, in order: what it needs, or null when it always runs. */
  needs: (RegExp | null)[];
  /** Instances by the bit set of parsers left out. */
  byMask: Map<number, chrono.Chrono>;
}

function variants(base: chrono.Chrono, needs: Needs): Variants {
  return {
    base,
    needs: base.parsers.map((p) => needs[p.constructor.name] ?? null),
    byMask: new Map([[0, base]]),
  };
}

const strict = variants(chrono.strict, STRICT);
const casual = variants(chrono.casual, CASUAL);

/** chrono.casual or chrono.strict, without the parsers that cannot match in `text`. */
export function chronoFor(text: string, isCasual: boolean): chrono.Chrono {
  const v = isCasual ? casual : strict;
  let mask = 0;
  for (let i = 0; i < v.needs.length; i++) if (v.needs[i] && !v.needs[i]!.test(text)) mask |= 1 << i;
  let instance = v.byMask.get(mask);
  if (!instance) {
    instance = new chrono.Chrono({
      parsers: v.base.parsers.filter((_, i) => !(mask & (1 << i))),
      refiners: v.base.refiners,
    });
    v.byMask.set(mask, instance);
  }
  return instance;
}
