// Command-line inputs → a stream of SourceItems. In two steps so a progress bar can know the
// total early: planInputs walks directories (cheap: names and stats only), then acquire reads,
// fetches and parses one planned input at a time. Files, stdin and URLs may each turn out to be
// a feed, which then brings its items (the progress total grows through opts.onDiscover).
import { fetchUrl } from './fetchUrl.ts';
import { looksLikeFeed } from './looksLikeFeed.ts';
import { readFeed } from './readFeed.ts';
import { readInput, STDIN_ARG, type Input } from './readInput.ts';
import type { SourceItem, SourceOptions } from './sourceItem.ts';
import { walkPath } from './walkPath.ts';

export type PlannedInput =
  | { kind: 'path'; path: string }
  | { kind: 'stdin' }
  | { kind: 'url'; url: string }
  | { kind: 'failure'; source: string; reason: string };

const HTTP_URL = /^https?:\/\//i;
const OTHER_URL = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Every file under the arguments, every URL, stdin, and what could not be walked, in order. */
export async function planInputs(args: readonly string[]): Promise<PlannedInput[]> {
  const planned: PlannedInput[] = [];
  for (const arg of args) {
    if (arg === STDIN_ARG) planned.push({ kind: 'stdin' });
    else if (HTTP_URL.test(arg)) planned.push({ kind: 'url', url: arg });
    else if (OTHER_URL.test(arg)) planned.push({ kind: 'failure', source: arg, reason: 'unsupported URL scheme' });
    else {
      for await (const entry of walkPath(arg)) {
        planned.push(entry.kind === 'file' ? { kind: 'path', path: entry.path } : entry);
      }
    }
  }
  return planned;
}

/** Bytes read locally: a feed's items, or the bytes as one document. */
async function* local(
  source: string,
  bytes: Uint8Array,
  format: 'file' | 'stdin',
  opts: SourceOptions,
): AsyncGenerator<SourceItem> {
  if (looksLikeFeed(null, bytes)) yield* readFeed(source, bytes, null, opts);
  else yield { kind: 'document', source, url: null, bytes, format, title: null, published: null };
}

/** The items one planned input brings; a path's bytes come from `preread` when it is given (its
 * read already started, see readAhead.ts). */
export async function* acquire(
  input: PlannedInput,
  opts: SourceOptions,
  preread?: Promise<Input>,
): AsyncGenerator<SourceItem> {
  switch (input.kind) {
    case 'failure':
      yield input;
      return;
    case 'stdin':
    case 'path': {
      const path = input.kind === 'stdin' ? STDIN_ARG : input.path;
      const got = await (preread ?? readInput(path, opts.maxBytes, opts.stdin));
      if (!got.ok) yield { kind: 'failure', source: got.source, reason: got.reason };
      else yield* local(got.source, got.bytes, input.kind === 'stdin' ? 'stdin' : 'file', opts);
      return;
    }
    case 'url': {
      const got = await fetchUrl(input.url, opts);
      if (!got.ok) yield { kind: 'failure', source: input.url, reason: got.reason };
      else if (looksLikeFeed(got.contentType, got.bytes)) yield* readFeed(input.url, got.bytes, got.url, opts);
      else {
        yield {
          kind: 'document',
          source: input.url,
          url: got.url,
          bytes: got.bytes,
          format: 'url',
          title: null,
          published: null,
        };
      }
      return;
    }
  }
}

/** planInputs then acquire, as one stream (for callers that need no progress total). */
export async function* expandInputs(args: readonly string[], opts: SourceOptions): AsyncGenerator<SourceItem> {
  for (const input of await planInputs(args)) yield* acquire(input, opts);
}
