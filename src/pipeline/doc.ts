// The document that flows through the pipeline. Every stage returns a new Doc that adds a layer;
// no stage edits what an earlier one found. Offsets are UTF-16 indices into `text`.

export type Provenance = 'stated' | 'inferred';

/** Where a value came from: a span of `text`, the rule that found it, and whether it was stated. */
export interface Evidence {
  start: number;
  end: number;
  rule: string;
  provenance: Provenance;
}

export interface Diagnostic {
  stage: string;
  rule: string;
  reason: string;
  severity: 'error' | 'warning' | 'info';
  start?: number;
  end?: number;
}

export type BlockKind = 'headline' | 'body' | 'caption' | 'furniture' | 'teaser';

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  rule: string;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  block: number;
  kind: BlockKind;
}

export interface Token {
  start: number;
  end: number;
  /** Surface text. */
  text: string;
  /** Lower-case, diacritics folded: the key for gazetteer lookup. */
  key: string;
  /** First letter is upper case. */
  cap: boolean;
  /** Word characters (letters or digits), as opposed to punctuation. */
  word: boolean;
  sentence: number;
}

export type MentionKind = 'country' | 'org' | 'title' | 'person' | 'date' | 'occasion' | 'city';

export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  /** Index of the first and one-past-last token. */
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  rule: string;
  provenance: Provenance;
  /** Kind-specific value: ISO code, org code, office key, person name, ISO date... */
  value: string;
  /** Extra attributes, e.g. form ('demonym'), office kind, date range end. */
  attrs: Record<string, string>;
}

/** A lexicon phrase found in a sentence: "trigger:meeting", "topic:trade", "request"... */
export interface Cue {
  label: string;
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
}

export interface Office {
  title: string;
  kind: string;
  affiliation: string | null;
  evidence: Evidence;
}

/** A person entity after coreference: every mention that refers to them. */
export interface Person {
  id: number;
  name: string;
  titles: Office[];
  affiliation: { value: string; evidence: Evidence } | null;
  mentions: { start: number; end: number; sentence: number; rule: string }[];
}

export interface Located<T> {
  value: T;
  evidence: Evidence;
}

export type EventType = 'meeting' | 'call' | 'visit' | 'talks' | 'conference' | 'speech' | 'interview';

export interface Participant {
  person: number;
  name: string;
  title: string | null;
  affiliation: string | null;
}

export interface Request {
  by: string;
  of: string;
  kind: 'candidacy_support' | 'partnership_support' | 'market_access' | 'agreement' | 'assistance';
  text: string;
  evidence: Evidence;
}

export interface EngagementEvent {
  id: number;
  type: EventType;
  status: 'held' | 'planned';
  date: Located<string> | null;
  city: Located<string> | null;
  country: Located<string> | null;
  occasion: Located<string> | null;
  parties: string[];
  participants: Participant[];
  topics: { topic: string; evidence: Evidence }[];
  requests: Request[];
  /** Sentences that speak about this engagement. */
  sentences: number[];
  evidence: Evidence[];
}

export interface Anniversary {
  parties: string[];
  ordinal: number;
  year: number | null;
  subject: 'diplomatic_relations' | 'partnership' | 'other';
  evidence: Evidence;
}

export interface Partnership {
  parties: string[];
  level: 'comprehensive_strategic' | 'strategic' | 'comprehensive' | 'other';
  evidence: Evidence;
}

export interface Doc {
  source: string;
  /** NFC text the offsets refer to. */
  text: string;
  title: string | null;
  published: Located<string> | null;
  /** Year the article is about when no date is printed (from numbered meetings, anniversaries). */
  year: Located<number> | null;
  blocks: Block[];
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  cues: Cue[];
  people: Person[];
  events: EngagementEvent[];
  anniversaries: Anniversary[];
  partnerships: Partnership[];
  diagnostics: Diagnostic[];
}

export function emptyDoc(source: string, text: string): Doc {
  return {
    source,
    text,
    title: null,
    published: null,
    year: null,
    blocks: [],
    sentences: [],
    tokens: [],
    mentions: [],
    cues: [],
    people: [],
    events: [],
    anniversaries: [],
    partnerships: [],
    diagnostics: [],
  };
}
