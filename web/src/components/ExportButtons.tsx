// "Export CSV" / "Export JSON" for the current filter, with progress while pages are fetched.
import { useState } from 'preact/hooks';
import { download, engagementsToCsv, fetchAllEngagements, MAX_EXPORT } from '../exportEngagements.ts';
import { describeFilter, exportName, type Filter } from '../filters.ts';

export function ExportButtons({ filter }: { filter: Filter }) {
  const [state, setState] = useState<string | null>(null);
  const run = async (format: 'csv' | 'json'): Promise<void> => {
    setState('Preparing export…');
    try {
      const { items, total } = await fetchAllEngagements(filter, (done, all) =>
        setState(`Fetched ${done} of ${all} engagements…`),
      );
      const name = `${exportName(filter)}.${format}`;
      if (format === 'csv') download(name, 'text/csv;charset=utf-8', engagementsToCsv(items));
      else
        download(
          name,
          'application/json',
          JSON.stringify({ filter, description: describeFilter(filter), total, items }, null, 2),
        );
      setState(
        `Exported ${items.length} engagements as ${format.toUpperCase()}` +
          (total > items.length ? ` (the first ${MAX_EXPORT} of ${total})` : ''),
      );
    } catch (err) {
      setState(`Export failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  return (
    <div class="export">
      <button type="button" class="secondary" onClick={() => void run('csv')}>
        Export CSV
      </button>
      <button type="button" class="secondary" onClick={() => void run('json')}>
        Export JSON
      </button>
      <span role="status" aria-live="polite" class="muted">
        {state ?? ''}
      </span>
    </div>
  );
}
