import { useId } from 'react';
import { useFieldErrors, type FieldErrorRegistry } from './fieldErrors';

/**
 * The GOV.UK error summary: at the top of the view, one link per invalid field that moves focus
 * to it. It appears without taking focus, because the person is typing in the field it names.
 */
export function ErrorSummary({ registry }: { registry: FieldErrorRegistry }) {
  const errors = useFieldErrors(registry);
  const titleId = useId();
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby={titleId} data-testid="error-summary">
      <h2 className="error-summary__title" id={titleId}>
        There {errors.length === 1 ? 'is a problem' : `are ${errors.length} problems`}
      </h2>
      <p className="error-summary__body">The values below are not used until they are corrected; the last valid value stays in force.</p>
      <ul className="error-summary__list">
        {errors.map((e) => (
          <li key={e.id}>
            <a
              href={`#${e.id}`}
              onClick={(event) => {
                event.preventDefault();
                const field = document.getElementById(e.id);
                field?.scrollIntoView({ block: 'center' });
                field?.focus();
              }}
            >
              {e.label}: {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
