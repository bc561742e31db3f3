// Conference and speech candidates: the occasion a cue names (after itself, or the cue is the
// gathering's own noun), else the article's occasion when the sentence says "at the Summit".
import { fold } from '../../text/fold.ts';
import { attendedOccasions, attendees, hyphenPairParties, sidesOf } from './attendance.ts';
import type { Base, Candidate, CandidateInput } from './candidates.ts';

const GATHERING = '(\\w+ )?(summit|forum|conference|session|meeting|assembly|council|dialogue|plenary)\\b';
const AT_GATHERING = new RegExp(`\\b(at|address\\w*|attend\\w*|to) the ${GATHERING}`, 'i');
const POSSESSED_SPEECH =
  /^(.*\b)?(his|her|their|its) (opening |closing |plenary |keynote )?(address|speech|remarks)\b/i;
const OPENS_AT_GATHERING = new RegExp(`^(at|during|on the sidelines of|on the margins of) the ${GATHERING}`, 'i');

/** Occasion key of a speech or conference that names its occasion only as "the Summit". */
export const LEAD_OCCASION = '@lead';

export function gatheringCandidates({ doc, v, t, subject, people }: CandidateInput, base: Base): Candidate[] {
  if (!subject) return [];
  // the cue may be the gathering's own noun ("for the meeting of the NB8 foreign ministers")
  const own = v.mentions.filter(
    (m) => m.kind === 'occasion' && m.tokenStart <= t.tokenStart && t.tokenEnd <= m.tokenEnd,
  );
  const occasions = own.length ? own : attendedOccasions(doc, v, t);
  // "At the Summit, EAM delivered the statement", "addressed the Forum leaders": the article's
  // occasion; after the cue, or opening the sentence ("Looking ahead to the European Council,
  // they addressed enlargement" is no address)
  const sentenceText = (from: number) => doc.text.slice(doc.tokens[from]!.start, doc.tokens[v.end - 1]!.end);
  if (
    !occasions.length &&
    (AT_GATHERING.test(sentenceText(t.tokenStart)) ||
      OPENS_AT_GATHERING.test(sentenceText(v.first)) ||
      // "In his opening address, ...", "used his plenary speech to ...": a speech at the
      // article's occasion
      (t.type === 'speech' && POSSESSED_SPEECH.test(sentenceText(Math.max(v.first, t.tokenStart - 3)))))
  )
    return [
      base({
        persons: attendees(doc, v, t, subject),
        parties: sidesOf(attendees(doc, v, t, subject), people),
        occasionKey: LEAD_OCCASION,
      }),
    ];
  return occasions.map((occ) => {
    const parties = sidesOf(attendees(doc, v, t, subject), people);
    for (const p of hyphenPairParties(v, occ)) parties.add(p);
    return base({ persons: attendees(doc, v, t, subject), parties, occasionKey: fold(occ.value) });
  });
}
