import { useEffect, useRef } from 'react';
import type { FieldError } from '../../core/errors';
import { fieldId } from '../forms';

/** GOV.UK error summary: takes focus when it appears, each error links to its field. */
export function ErrorSummary({ errors }: { errors: readonly FieldError[] }) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" ref={summary} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={error.field + error.message}>
                {error.field === 'form' ? (
                  error.message
                ) : (
                  <a
                    href={`#${fieldId(error.field)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(fieldId(error.field))?.focus();
                    }}
                  >
                    {error.message}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
