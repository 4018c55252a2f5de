import { useId, useState } from 'react';
import type { z } from 'zod';
import { validate } from '../../models/validation';
import { formatNumber, parseNumber } from '../format';

interface Props {
  /** The value in the document; shown whenever the person is not mid-edit. */
  value: number | null;
  /** The field's schema from models/, so messages come from the one source. */
  schema: z.ZodType<number | null>;
  /** Accessible name, e.g. "Posts (FTE), Social worker". */
  label: string;
  /** Shown when the value is null (e.g. "16 (policy)"). */
  placeholder?: string;
  /** Called only with values the schema accepts. */
  onCommit: (value: number | null) => void;
}

function read(text: string, nullable: boolean): number | null {
  return nullable && text.trim() === '' ? null : parseNumber(text);
}

/**
 * A number input that only ever writes valid values to the document. While the text is
 * invalid the message stays beside the field and the document keeps its last valid value.
 */
export function NumberField({ value, schema, label, placeholder, onCommit }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const nullable = schema.safeParse(null).success;

  function change(text: string): void {
    setDraft(text);
    const checked = validate(schema, read(text, nullable));
    if (checked.ok) {
      setError(null);
      if (checked.value !== value) onCommit(checked.value);
    } else {
      setError(checked.issues[0]?.message ?? 'Enter a valid number');
    }
  }

  // Once valid, show the document's own formatting again; an invalid draft stays for fixing.
  function blur(): void {
    if (error === null) setDraft(null);
  }

  const shown = draft ?? (value === null ? '' : formatNumber(value));
  return (
    <div className={error ? 'field field--error' : 'field'}>
      {error && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">Error: </span>
          {capitalise(error)}
        </p>
      )}
      <input
        className="field__input"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        placeholder={placeholder}
        value={shown}
        onChange={(event) => change(event.target.value)}
        onBlur={blur}
      />
    </div>
  );
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
