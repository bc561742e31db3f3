// In-app URLs of every view, built in one place so views link to each other consistently, and
// the check that outside URLs from the API (article sources) must pass before going into an href.
import { href } from './router.tsx';
import type { EngagementItem, TimelineOrder } from './api.ts';
import type { Filter } from './filters.ts';

export const dossierHref = (party: string): string => `/dossier/${encodeURIComponent(party)}`;
export const personHref = (id: number | string): string => `/person/${encodeURIComponent(String(id))}`;
export const documentHref = (id: number): string => `/document/${id}`;
export const searchHref = (filter: Filter): string => href('/', filter);
export const mapHref = (party: string): string => href('/map', { party });

/** A party's timeline, or a pair's at a page and order (the defaults, first page and oldest
 * first, are left out of the URL). */
export function timelineHref(a: string, b?: string, page: { offset?: number; order?: TimelineOrder } = {}): string {
  if (!b) return href('/timeline', { party: a });
  return href('/timeline', {
    a,
    b,
    offset: page.offset || undefined,
    order: page.order === 'desc' ? 'desc' : undefined,
  });
}

/** An engagement's page. `doc` (a source document) lets a shared URL find the engagement;
 * `focus` names the field whose evidence the article view shows ('date', 'topic:trade'...). */
export function engagementHref(
  e: Pick<EngagementItem, 'id' | 'sources'>,
  options: { doc?: number; focus?: string; src?: number } = {},
): string {
  const doc = options.doc ?? e.sources[0]?.documentId;
  return href(`/engagement/${e.id}`, { doc, focus: options.focus, src: options.src === doc ? undefined : options.src });
}

// URLs from the API (article sources) go into href only when they are absolute http(s) URLs:
// `javascript:`, `data:` and anything unparsable are refused and shown as text instead.

/** The URL normalised by the URL parser when its scheme is http or https, else null. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (typeof value !== 'string' || value.length > 4096) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  return url.href;
}
