// Compiles the phrase lists in data/topics.json and data/cues.json into regular expressions over a
// "key stream": the folded token keys of a text joined by single spaces.
import { fold } from '../text/fold.ts';
import { readJson } from './readJson.ts';

export interface Lexicons {
  topics: { topic: string; re: RegExp }[];
  requestCues: RegExp;
  /** In priority order: the first kind whose phrase occurs in a clause wins. */
  requestKinds: { kind: RequestKind; re: RegExp }[];
  agreementNouns: RegExp;
  negations: RegExp;
  /** Words that cancel every engagement a sentence mentions ("the talks were postponed"). */
  cancellations: RegExp;
  futureCues: RegExp;
  /** Event type cues, one regex per type, most specific type first. */
  triggers: { type: TriggerType; re: RegExp }[];
}

export type TriggerType = 'call' | 'talks' | 'meeting' | 'visit' | 'conference' | 'speech' | 'interview';
const TRIGGER_ORDER: TriggerType[] = ['call', 'interview', 'speech', 'talks', 'meeting', 'visit', 'conference'];

export type RequestKind = 'candidacy_support' | 'partnership_support' | 'market_access' | 'agreement' | 'assistance';
const KIND_ORDER: RequestKind[] = [
  'candidacy_support',
  'partnership_support',
  'agreement',
  'market_access',
  'assistance',
];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "open* * market*" → regex source over space-joined keys. A lone "*" is any one word. */
export function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((w) => {
      if (w === '*') return '[^ ]+';
      const star = w.endsWith('*');
      const body = fold(star ? w.slice(0, -1) : w)
        .split(/([^\p{L}\p{M}\p{N}])/u)
        .filter(Boolean)
        .map(escape)
        .join(' ');
      return star ? `${body}[^ ]*` : body;
    })
    .join(' ');
}

export function compilePhrases(phrases: readonly string[]): RegExp {
  const alts = [...new Set(phrases.map(phraseSource))].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<= |^)(?:${alts.join('|')})(?= |$)`, 'g');
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
  return {
    topics: Object.entries(topics)
      .filter(([t]) => !t.startsWith('_'))
      .map(([topic, phrases]) => ({ topic, re: compilePhrases(phrases) })),
    requestCues: compilePhrases(cues.requestCues),
    requestKinds: KIND_ORDER.map((kind) => ({ kind, re: compilePhrases(cues.requestKinds[kind]) })),
    agreementNouns: compilePhrases(cues.agreementNouns),
    negations: compilePhrases(cues.negations),
    cancellations: compilePhrases(cues.cancellations),
    futureCues: compilePhrases(cues.futureCues),
    triggers: TRIGGER_ORDER.map((type) => ({ type, re: compilePhrases(cues.triggers[type]) })),
  };
}
