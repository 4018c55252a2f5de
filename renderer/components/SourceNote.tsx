import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { DEFAULTS } from '../../models/defaults';
import { describeSource } from '../../models/source';
import { formatNumber } from '../format';
import { InfoIcon } from './InfoIcon';

interface Props {
  /** The tooltip's id, which the field names in its aria-describedby. */
  id: string;
  /** The default the value came from, or null when the person typed it. */
  sourceId: string | null;
  label: string;
  /** The field itself has focus: keyboard users see the source without reaching for the ⓘ. */
  fieldFocused: boolean;
}

/**
 * Where a value came from (DESIGN §2): a small ⓘ beside the field, opening a tooltip on hover
 * and on focus of the field or the ⓘ; Escape closes it. Placed with fixed coordinates so the
 * table's scrolling box cannot clip it.
 */
export function SourceNote({ id, sourceId, label, fieldFocused }: Props) {
  const [hover, setHover] = useState(false);
  const [focus, setFocus] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [position, setPosition] = useState<CSSProperties>({});
  const anchor = useRef<HTMLButtonElement>(null);
  const open = (hover || focus || fieldFocused) && !dismissed;
  const entry = sourceId ? DEFAULTS[sourceId] : undefined;

  useEffect(() => {
    if (!hover && !focus && !fieldFocused) setDismissed(false);
  }, [hover, focus, fieldFocused]);

  useEffect(() => {
    if (!open) return;
    const close = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setDismissed(true);
    };
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, [open]);

  useLayoutEffect(() => {
    if (!open || !anchor.current) return;
    const box = anchor.current.getBoundingClientRect();
    const width = 320;
    const left = Math.max(8, Math.min(window.innerWidth - width - 8, box.right - width));
    const below = box.bottom + 6;
    setPosition(below + 140 > window.innerHeight ? { left, bottom: window.innerHeight - box.top + 6, width } : { left, top: below, width });
  }, [open]);

  return (
    <span className="source" onMouseEnter={() => setHover(true)} onMouseLeave={() => setHover(false)}>
      <button
        ref={anchor}
        type="button"
        className={entry ? 'source__button' : 'source__button source__button--yours'}
        aria-label={`Source of ${label}`}
        aria-describedby={id}
        onFocus={() => setFocus(true)}
        onBlur={() => setFocus(false)}
        onClick={() => setDismissed((d) => !d)}
      >
        <InfoIcon />
      </button>
      <span id={id} role="tooltip" className="source__tip" hidden={!open} style={position}>
        {entry ? (
          <>
            <strong>
              Default: {formatNumber(entry.value)} {entry.unit}
            </strong>{' '}
            — {describeSource(entry.source)}
            {entry.source.year ? `, ${entry.source.year}` : ''}
            {entry.source.note ? `. ${entry.source.note}` : ''}
          </>
        ) : (
          'Entered by you'
        )}
      </span>
    </span>
  );
}
