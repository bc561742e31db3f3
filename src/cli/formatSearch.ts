// `sidelines search QUERY`: matching articles, best first, each with its snippet (matched words
// in « »); as CSV, one row per hit.
import type { SearchPage } from '../store/store.ts';
import { pageLine } from './formatEngagements.ts';
import { cell, truncate, type Style } from './formatTable.ts';
import { toCsv } from './toCsv.ts';

const SNIPPET_MAX = 240;

export function formatSearch(q: string, page: SearchPage, style: Style): string {
  const more = page.totalCapped ? ' (more than that match: add words to narrow the search)' : '';
  const out = [`${pageLine(page, 'matching article')} for "${cell(q)}"${more}`];
  for (const h of page.items) {
    const label = h.title ?? h.url ?? h.source;
    out.push('', `  ${style.bold(`#${h.documentId}`)}  ${cell(h.published)}  ${cell(label)}`);
    if (h.url && h.url !== label) out.push(`      ${cell(h.url)}`);
    out.push(`      ${truncate(cell(h.snippet), SNIPPET_MAX)}`);
  }
  return out.join('\n');
}

export function searchCsv(page: SearchPage): string {
  return toCsv(
    ['document_id', 'published', 'title', 'source', 'url', 'rank', 'snippet'],
    page.items.map((h) => [h.documentId, h.published, h.title, h.source, h.url, h.rank, h.snippet]),
  );
}
