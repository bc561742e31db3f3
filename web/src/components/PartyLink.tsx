// Party codes as links to their dossier, and a labelled party input with suggestions.
import { Link } from '../router.tsx';
import { dossierHref } from '../links.ts';
import { knownParties, partyLabel, partyName } from '../format.ts';

export function PartyLink({ code, full = false }: { code: string; full?: boolean }) {
  return (
    <Link href={dossierHref(code)} title={partyLabel(code)} class="party">
      {full ? partyLabel(code) : partyName(code)}
    </Link>
  );
}

export function PartyList({ codes }: { codes: string[] }) {
  return (
    <span class="parties">
      {codes.map((c, i) => (
        <span key={c}>
          {i > 0 ? ', ' : ''}
          <PartyLink code={c} />
        </span>
      ))}
    </span>
  );
}

/** The shared <datalist> of party codes (rendered once by the App). */
export function PartyOptions() {
  return (
    <datalist id="party-codes">
      {knownParties().map((p) => (
        <option key={p.code} value={p.code}>
          {p.name}
        </option>
      ))}
    </datalist>
  );
}

interface PartyInputProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  required?: boolean;
}

export function PartyInput({ id, label, value, onInput, required = false }: PartyInputProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        name={id}
        list="party-codes"
        autocomplete="off"
        spellcheck={false}
        placeholder="e.g. VNM"
        value={value}
        required={required}
        maxLength={200}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}
