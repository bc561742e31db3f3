// The HTTP API from the browser: typed GET helpers and a hook that loads a URL and re-loads
// when it changes (aborting the previous request). Responses are the Store's own result types
// (type-only imports, erased from the bundle) and the shapes of the UI-specific routes.
import { useEffect, useState } from 'preact/hooks';
import type { EngagementItem } from '../../src/store/types.ts';

export type {
  Dossier,
  EngagementItem,
  EngagementSource,
  Office,
  Paged,
  PersonProfile,
  PersonSummary,
  SearchHit,
  Stats,
  StoredDocument,
  TimelineOrder,
} from '../../src/store/types.ts';
export type { PartyNetwork } from '../../src/server/partyNetwork.ts';
export type { Span, SourceEvidence } from '../../src/store/eventFacts.ts';

export interface IngestResult {
  documentId: number;
  status: 'new' | 'unchanged' | 'new-version';
  nearDuplicateOf: number | null;
  previousVersionId: number | null;
  engagements: number;
}

export interface DocumentEngagements {
  documentId: number;
  items: EngagementItem[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function errorOf(res: Response): Promise<ApiError> {
  let message = `${res.status} ${res.statusText}`;
  try {
    const body = (await res.json()) as { error?: unknown };
    if (typeof body.error === 'string') message = body.error;
  } catch {
    // not JSON: keep the status line
  }
  return new ApiError(res.status, message);
}

/** '/api/x' with the non-empty params as a query string. */
export function apiUrl(path: string, params: Record<string, string | number | undefined | null> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  if (!res.ok) throw await errorOf(res);
  return (await res.json()) as T;
}

export interface PostResult<T> {
  status: number;
  body: T | null;
  error: string | null;
}

/** POSTs JSON with a bearer token; never throws for HTTP errors (they come back in `error`). */
export async function postJson<T>(url: string, body: unknown, token: string): Promise<PostResult<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (!res.ok) return { status: res.status, body: null, error: (await errorOf(res)).message };
  return { status: res.status, body: (await res.json()) as T, error: null };
}

export interface Loaded<T> {
  data: T | null;
  error: ApiError | Error | null;
  loading: boolean;
}

/** Loads `url` (null: nothing to load); the state follows the latest url only. */
export function useApi<T>(url: string | null): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: url !== null });
  useEffect(() => {
    if (url === null) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    const ctrl = new AbortController();
    setState((s) => ({ data: s.data, error: null, loading: true }));
    getJson<T>(url, ctrl.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: unknown) => {
        if (ctrl.signal.aborted) return;
        setState({ data: null, error: error instanceof Error ? error : new Error(String(error)), loading: false });
      },
    );
    return () => ctrl.abort();
  }, [url]);
  return state;
}
