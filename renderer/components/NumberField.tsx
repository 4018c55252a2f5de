import { useContext, useEffect, useId, useRef, useState } from 'react';
import type { z } from 'zod';
import { validate } from '../../models/validation';
import { ScenarioContext } from '../document/context';
import { formatNumber, parseNumber } from '../format';
import { useReportFieldError } from './fieldErrors';
import { SourceNote } from './SourceNote';

interface Props {
  /** The value in the document; shown whenever the person is not mid-edit. */
  value: number | null;
  /** Checks the number as shown (a percentage for `scale` 100), so messages match what was typed. */
  schema: z.ZodType<number | null>;
  /** Accessible name, e.g. "Posts (FTE), Social worker". */
  label: string;
  /** Shown when the value is null (e.g. "16 (policy)"). */
  placeholder?: string;
  /** The document holds value ÷ scale of what is shown: 100 shows a share as a percentage. */
  scale?: number;
  /** The scenario path of the value, to show where it came from (`Scenario.sources`). */
  sourcePath?: string;
  /** The input's id, so an error summary can link to it. */
  id?: string;
  width?: 'narrow' | 'normal';
  /**
   * Called only with values the schema accepts. `gesture` is the same for every keystroke of
   * one visit to the field, so the history folds them into one undo step.
   */
  onCommit: (value: number | null, gesture: string) => void;
}

function read(text: string, nullable: boolean): number | null {
  return nullable && text.trim() === '' ? null : parseNumber(text);
}

/**
 * A number input that only ever writes valid values to the document. While the text is
 * invalid the message stays beside the field and the document keeps its last valid value.
 */
export function NumberField({ value, schema, label, placeholder, scale = 1, sourcePath, id, width = 'normal', onCommit }: Props) {
  const scope = useContext(ScenarioContext);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const generated = useId();
  const inputId = id ?? `field-${generated.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const errorId = `${inputId}-error`;
  const session = useRef(0);
  const committed = useRef(value);
  const nullable = schema.safeParse(null).success;
  useReportFieldError(inputId, label, error ? capitalise(error) : null);

  // Undo, redo or another view changed the value: what the person typed no longer applies.
  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      setDraft(null);
      setError(null);
    }
  }, [value]);

  function change(text: string): void {
    setDraft(text);
    const checked = validate(schema, read(text, nullable));
    if (checked.ok) {
      setError(null);
      const next = checked.value === null ? null : checked.value / scale;
      if (next !== value) {
        committed.current = next;
        onCommit(next, `${inputId}#${session.current}`);
      }
    } else {
      setError(checked.issues[0]?.message ?? 'Enter a valid number');
    }
  }

  function focus(): void {
    session.current += 1;
    setFocused(true);
  }

  // Once valid, show the document's own formatting again; an invalid draft stays for fixing.
  function blur(): void {
    setFocused(false);
    scope?.store.endGesture();
    if (error === null) setDraft(null);
  }

  const shown = draft ?? (value === null ? '' : formatNumber(value * scale));
  const sourceId = sourcePath && scope ? `${inputId}-source` : undefined;
  const describedBy = [error ? errorId : null, sourceId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      {error && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">Error: </span>
          {capitalise(error)}
        </p>
      )}
      <div className="field__row">
        <input
          id={inputId}
          className={width === 'narrow' ? 'field__input field__input--narrow' : 'field__input'}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          aria-label={label}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          placeholder={placeholder}
          value={shown}
          onChange={(event) => change(event.target.value)}
          onFocus={focus}
          onBlur={blur}
        />
        {sourcePath && scope && sourceId && (
          <SourceNote id={sourceId} sourceId={scope.scenario.sources[sourcePath] ?? null} label={label} fieldFocused={focused} />
        )}
      </div>
    </div>
  );
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
