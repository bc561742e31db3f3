// Ingest from the browser: paste an article, give a URL to fetch, or upload files; each goes to
// POST /api/ingest with the bearer token, one at a time, with progress and a result per item.
import { useState } from 'preact/hooks';
import { type IngestResult, postJson } from '../api.ts';
import { plural } from '../format.ts';
import { documentHref } from '../links.ts';
import { Link } from '../router.tsx';

const MAX_FILE_BYTES = 2 * 1024 * 1024 - 4096;

interface Job {
  label: string;
  body: () => Promise<{ text?: string; url?: string; source?: string }>;
}
interface Outcome {
  label: string;
  state: 'waiting' | 'running' | 'done' | 'failed';
  result?: IngestResult;
  error?: string;
}

const STATUS_TEXT: Record<IngestResult['status'], string> = {
  new: 'stored',
  unchanged: 'already stored',
  'new-version': 'stored as a new version',
};

function jobsFrom(text: string, source: string, url: string, fetchUrl: string, files: File[]): Job[] {
  const jobs: Job[] = [];
  if (text.trim())
    jobs.push({
      label: source.trim() || url.trim() || 'pasted text',
      body: async () => ({
        text,
        ...(source.trim() ? { source: source.trim() } : {}),
        ...(url.trim() ? { url: url.trim() } : {}),
      }),
    });
  if (fetchUrl.trim()) jobs.push({ label: fetchUrl.trim(), body: async () => ({ url: fetchUrl.trim() }) });
  for (const file of files)
    jobs.push({
      label: file.name,
      body: async () => {
        if (file.size > MAX_FILE_BYTES) throw new Error('larger than the 2 MB limit');
        return { text: await file.text(), source: file.name };
      },
    });
  return jobs;
}

export function IngestView() {
  const [token, setToken] = useState('');
  const [text, setText] = useState('');
  const [source, setSource] = useState('');
  const [url, setUrl] = useState('');
  const [fetchUrl, setFetchUrl] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const jobs = jobsFrom(text, source, url, fetchUrl, files);
    if (!jobs.length) return setProblem('Paste an article, give a URL or choose files first.');
    setProblem(null);
    setRunning(true);
    const list: Outcome[] = jobs.map((j) => ({ label: j.label, state: 'waiting' }));
    const update = (i: number, o: Partial<Outcome>): void => {
      list[i] = { ...(list[i] as Outcome), ...o };
      setOutcomes([...list]);
    };
    setOutcomes([...list]);
    for (const [i, job] of jobs.entries()) {
      update(i, { state: 'running' });
      try {
        const res = await postJson<IngestResult>('/api/ingest', await job.body(), token.trim());
        update(
          i,
          res.body ? { state: 'done', result: res.body } : { state: 'failed', error: `${res.status}: ${res.error}` },
        );
      } catch (err) {
        update(i, { state: 'failed', error: err instanceof Error ? err.message : String(err) });
      }
    }
    setRunning(false);
  };

  const done = outcomes.filter((o) => o.state === 'done' || o.state === 'failed').length;
  return (
    <>
      <h1>Ingest articles</h1>
      <form class="ingest" aria-label="Ingest articles" onSubmit={(e) => void submit(e)}>
        <div class="field">
          <label for="i-token">API token</label>
          <input
            id="i-token"
            type="password"
            autocomplete="off"
            required
            value={token}
            onInput={(e) => setToken(e.currentTarget.value)}
          />
          <small>The server's SIDELINES_API_TOKEN; it is kept in this page only.</small>
        </div>
        <fieldset>
          <legend>Paste an article</legend>
          <div class="field wide">
            <label for="i-text">Article text (plain text or HTML)</label>
            <textarea id="i-text" rows={8} value={text} onInput={(e) => setText(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="i-source">Source label (optional)</label>
            <input id="i-source" value={source} maxLength={500} onInput={(e) => setSource(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="i-url">Its URL (optional)</label>
            <input id="i-url" type="url" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
          </div>
        </fieldset>
        <fieldset>
          <legend>Fetch an article by URL</legend>
          <div class="field wide">
            <label for="i-fetch">Article URL to fetch</label>
            <input
              id="i-fetch"
              type="url"
              placeholder="https://…"
              value={fetchUrl}
              onInput={(e) => setFetchUrl(e.currentTarget.value)}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>Upload files</legend>
          <div class="field wide">
            <label for="i-files">Article files (.txt, .html)</label>
            <input
              id="i-files"
              type="file"
              multiple
              accept=".txt,.text,.html,.htm,text/plain,text/html"
              onChange={(e) => setFiles([...(e.currentTarget.files ?? [])])}
            />
          </div>
        </fieldset>
        <div class="actions">
          <button type="submit" disabled={running}>
            {running ? 'Ingesting…' : 'Ingest'}
          </button>
        </div>
        {problem ? (
          <p role="alert" class="error">
            {problem}
          </p>
        ) : null}
      </form>
      {outcomes.length ? (
        <section class="panel" aria-labelledby="ingest-results-h">
          <h2 id="ingest-results-h">Results</h2>
          <progress value={done} max={outcomes.length} aria-label="Ingest progress" />
          <p role="status" aria-live="polite">
            {done} of {plural(outcomes.length, 'item')} done
          </p>
          <ul class="plain results-list" data-testid="ingest-results">
            {outcomes.map((o, i) => (
              <li key={i} class={`outcome ${o.state}`} data-state={o.state}>
                <strong>{o.label}</strong>:{' '}
                {o.state === 'waiting' ? 'waiting' : o.state === 'running' ? 'sending…' : null}
                {o.error ? <span class="error-text">failed ({o.error})</span> : null}
                {o.result ? (
                  <>
                    {STATUS_TEXT[o.result.status]}, {plural(o.result.engagements, 'engagement')} ·{' '}
                    <Link href={documentHref(o.result.documentId)}>open article {o.result.documentId}</Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
