// Compiles the phrase lists in data/topics.json and data/cues.json into one phrase matcher.
// Labels are namespaced: "topic:trade", "trigger:meeting", "kind:agreement", "request",
// "agreement-noun", "negation", "cancellation", "future".
import { buildPhraseMatcher, type PhraseMatcher } from '../text/phraseMatcher.ts';
import { readJson } from './readJson.ts';

export type RequestKind = 'candidacy_support' | 'partnership_support' | 'market_access' | 'agreement' | 'assistance';
export type TriggerType = 'call' | 'talks' | 'meeting' | 'visit' | 'conference' | 'speech' | 'interview';

/** The first kind whose phrase occurs in a clause wins. */
export const REQUEST_KIND_ORDER: readonly RequestKind[] = [
  'candidacy_support',
  'partnership_support',
  'agreement',
  'market_access',
  'assistance',
];
/** Most specific engagement type first. */
export const TRIGGER_ORDER: readonly TriggerType[] = [
  'call',
  'interview',
  'speech',
  'talks',
  'meeting',
  'visit',
  'conference',
];

export interface Lexicons {
  matcher: PhraseMatcher;
  topics: readonly string[];
}

export function loadLexicons(): Lexicons {
  const topics = readJson<Record<string, string[]>>('topics.json');
  const cues = readJson<{
    requestCues: string[];
    requestKinds: Record<RequestKind, string[]>;
    agreementNouns: string[];
    negations: string[];
    cancellations: string[];
    futureCues: string[];
    triggers: Record<TriggerType, string[]>;
  }>('cues.json');
  const lexicon: Record<string, string[]> = {
    request: cues.requestCues,
    'agreement-noun': cues.agreementNouns,
    negation: cues.negations,
    cancellation: cues.cancellations,
    future: cues.futureCues,
  };
  const topicNames = Object.keys(topics).filter((t) => !t.startsWith('_'));
  for (const t of topicNames) lexicon[`topic:${t}`] = topics[t]!;
  // phrases that contain a topic word without being about it ("the international community")
  const not = (topics as unknown as { _not?: Record<string, string[]> })._not ?? {};
  for (const [t, phrases] of Object.entries(not)) if (phrases.length) lexicon[`not-topic:${t}`] = phrases;
  for (const kind of REQUEST_KIND_ORDER) lexicon[`kind:${kind}`] = cues.requestKinds[kind];
  for (const type of TRIGGER_ORDER) lexicon[`trigger:${type}`] = cues.triggers[type];
  return { matcher: buildPhraseMatcher(lexicon), topics: topicNames };
}
