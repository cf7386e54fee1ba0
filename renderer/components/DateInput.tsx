import { useState } from 'react';
import { fieldId } from '../forms';
import { FieldsetGroup } from './FormGroup';

type Parts = { day: string; month: string; year: string };

function partsOf(isoDate: string): Parts {
  const [year = '', month = '', day = ''] = isoDate ? isoDate.split('-') : [];
  return { day, month, year };
}

/**
 * Day, month and year as one ISO date: empty when all three are; malformed, so
 * the API refuses it with a message, when one is missing or the year is short.
 */
function isoOf({ day, month, year }: Parts): string {
  if (!day && !month && !year) return '';
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * GOV.UK date input: three numeric fields rather than a browser date picker,
 * which reads dates in the browser's locale and is hard to use by keyboard.
 */
export function DateInput({
  id,
  legend,
  hint,
  error,
  value,
  onChange,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (isoDate: string) => void;
}) {
  const elementId = fieldId(id);
  const [parts, setParts] = useState(() => partsOf(value));
  // A value set from outside (a form cleared after saving) replaces what was typed.
  if (value !== isoOf(parts)) setParts(partsOf(value));
  const update = (change: Partial<Parts>) => {
    const next = { ...parts, ...change };
    setParts(next);
    onChange(isoOf(next));
  };
  const fields: [keyof Parts, string, string][] = [
    ['day', 'Day', '2'],
    ['month', 'Month', '2'],
    ['year', 'Year', '4'],
  ];
  return (
    <FieldsetGroup id={elementId} label={legend} hint={hint} error={error}>
      <div className="govuk-date-input">
        {fields.map(([part, label, width], index) => {
          const partId = index === 0 ? elementId : `${elementId}-${part}`;
          return (
            <div className="govuk-date-input__item" key={part}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={partId}>
                  {label}
                </label>
                <input
                  id={partId}
                  className={`govuk-input govuk-date-input__input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}`}
                  inputMode="numeric"
                  value={parts[part]}
                  onChange={(event) => update({ [part]: event.target.value.trim() })}
                />
              </div>
            </div>
          );
        })}
      </div>
    </FieldsetGroup>
  );
}
