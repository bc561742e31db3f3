// What acquisition hands to the ingest loop: one item per document-to-be (its bytes), per input
// that could not be read (a reason), per batch of feed items left out by the per-feed cap, and
// per feed item already seen by an earlier poll of `watch`.
import type { Readable } from 'node:stream';

export type SourceItem =
  | {
      kind: 'document';
      /** Path or URL as the user gave it (a feed item: its link, or FEED#item-N). */
      source: string;
      /** The URL the bytes came from (after redirects), or null for local input. */
      url: string | null;
      bytes: Uint8Array;
      /** Where the bytes came from: informational, stored with the document. */
      format: 'file' | 'stdin' | 'url' | 'feed-item';
      /** Metadata a feed gives for its item; null when unknown. */
      title: string | null;
      published: string | null;
    }
  | { kind: 'failure'; source: string; reason: string }
  /** Feed items over the per-feed cap: reported, never silently dropped. */
  | { kind: 'skipped'; source: string; reason: string; count: number }
  /** A feed item an earlier poll already delivered (watch mode): not fetched again. */
  | { kind: 'seen'; source: string };

export interface SourceOptions {
  /** Per file, per HTTP response body. */
  maxBytes: number;
  /** Per HTTP request, redirects and body included. */
  timeoutMs: number;
  maxRedirects: number;
  /** Items taken from one feed; the rest are reported as skipped. */
  maxFeedItems: number;
  /** A feed item whose content has at least this many characters of text is used as it is;
   * shorter content means a teaser, and the item's link is fetched instead. */
  completeContentChars: number;
  /** Feed item links fetched at the same time. */
  concurrency: number;
  userAgent: string;
  stdin: Readable;
  /** Feed item keys delivered by earlier polls; new keys are added as items are delivered. */
  seen?: Set<string>;
  /** Told how many more items a feed brought than the one input it was planned as. */
  onDiscover?: (extra: number) => void;
  /** Aborts fetches in flight (e.g. on SIGINT). */
  signal?: AbortSignal;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_FEED_ITEMS = 500;

export function defaultSourceOptions(stdin: Readable, maxBytes: number): SourceOptions {
  return {
    maxBytes,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    maxRedirects: 5,
    maxFeedItems: DEFAULT_MAX_FEED_ITEMS,
    completeContentChars: 1500,
    concurrency: 4,
    userAgent: 'sidelines (+https://github.com/sidelines)',
    stdin,
  };
}
