// The engagement filter form. Every control is labelled; submitting writes the filter into the
// URL (so the result can be shared) and the list reloads from there.
import { useState } from 'preact/hooks';
import { DATE_BOUND, type Filter } from '../filters.ts';
import { ENGAGEMENT_TYPES, label, STATUSES, TOPICS } from '../format.ts';
import { href, navigate } from '../router.tsx';
import { PartyInput } from './PartyLink.tsx';

function TextField(props: { id: string; label: string; value: string; onInput: (v: string) => void; hint?: string }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        name={props.id}
        value={props.value}
        maxLength={200}
        placeholder={props.hint}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </div>
  );
}

function Choice(props: { id: string; label: string; value: string; options: string[]; onChange: (v: string) => void }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} name={props.id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">any</option>
        {props.options.map((o) => (
          <option key={o} value={o}>
            {label(o)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FilterForm({ filter }: { filter: Filter }) {
  const [f, setF] = useState<Filter>(filter);
  const [pairA = '', pairB = ''] = (filter.pair ?? '').split(',');
  const [pair, setPair] = useState({ a: pairA.trim(), b: pairB.trim() });
  const [problem, setProblem] = useState<string | null>(null);
  const set = (key: keyof Filter) => (value: string) => setF({ ...f, [key]: value });

  const submit = (e: Event): void => {
    e.preventDefault();
    const a = pair.a.trim().toUpperCase();
    const b = pair.b.trim().toUpperCase();
    if ((a === '') !== (b === '')) return setProblem('A pair needs both parties.');
    for (const key of ['from', 'to'] as const) {
      const v = f[key]?.trim();
      if (v && !DATE_BOUND.test(v)) return setProblem(`"${key}" must be YYYY, YYYY-MM or YYYY-MM-DD.`);
    }
    setProblem(null);
    const next: Filter = { ...f, party: f.party?.trim().toUpperCase(), pair: a && b ? `${a},${b}` : undefined };
    navigate(href('/', next));
  };

  return (
    <form class="filters" role="search" aria-label="Filter engagements" onSubmit={submit}>
      <div class="field wide">
        <label for="f-q">Full text</label>
        <input
          id="f-q"
          name="q"
          type="search"
          value={f.q ?? ''}
          maxLength={500}
          placeholder="words in the articles"
          onInput={(e) => set('q')(e.currentTarget.value)}
        />
      </div>
      <PartyInput id="f-party" label="Party" value={f.party ?? ''} onInput={set('party')} />
      <PartyInput id="f-pair-a" label="Pair: first party" value={pair.a} onInput={(a) => setPair({ ...pair, a })} />
      <PartyInput id="f-pair-b" label="Pair: second party" value={pair.b} onInput={(b) => setPair({ ...pair, b })} />
      <TextField id="f-person" label="Person" value={f.person ?? ''} onInput={set('person')} hint="name or id" />
      <Choice id="f-type" label="Type" value={f.type ?? ''} options={ENGAGEMENT_TYPES} onChange={set('type')} />
      <Choice id="f-status" label="Status" value={f.status ?? ''} options={STATUSES} onChange={set('status')} />
      <Choice id="f-topic" label="Topic" value={f.topic ?? ''} options={TOPICS} onChange={set('topic')} />
      <TextField id="f-occasion" label="Occasion" value={f.occasion ?? ''} onInput={set('occasion')} hint="e.g. G20" />
      <TextField id="f-from" label="From" value={f.from ?? ''} onInput={set('from')} hint="YYYY[-MM[-DD]]" />
      <TextField id="f-to" label="To" value={f.to ?? ''} onInput={set('to')} hint="YYYY[-MM[-DD]]" />
      <div class="actions">
        <button type="submit">Search</button>
        <button type="button" class="secondary" onClick={() => navigate('/')}>
          Clear
        </button>
      </div>
      {problem ? (
        <p class="error" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
