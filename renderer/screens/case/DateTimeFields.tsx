import { fieldId } from '../../forms';

export interface DateTime {
  date: string;
  time: string;
}

/** A date and a time as one answer; errors link to the date, the first field. */
export function DateTimeFields({
  id,
  legend,
  value,
  onChange,
  error,
}: {
  id: string;
  legend: string;
  value: DateTime;
  onChange: (value: DateTime) => void;
  error?: string | undefined;
}) {
  const elementId = fieldId(id);
  const errorClass = error ? ' govuk-input--error' : '';
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={error ? `${elementId}-error` : undefined}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {error && (
          <p id={`${elementId}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="app-filters">
          <div className="govuk-form-group govuk-!-margin-bottom-0">
            <label className="govuk-label" htmlFor={elementId}>
              Date
            </label>
            <input
              id={elementId}
              type="date"
              className={`govuk-input govuk-input--width-10${errorClass}`}
              value={value.date}
              onChange={(event) => onChange({ ...value, date: event.target.value })}
            />
          </div>
          <div className="govuk-form-group govuk-!-margin-bottom-0">
            <label className="govuk-label" htmlFor={`${elementId}-time`}>
              Time
            </label>
            <input
              id={`${elementId}-time`}
              type="time"
              className={`govuk-input govuk-input--width-5${errorClass}`}
              value={value.time}
              onChange={(event) => onChange({ ...value, time: event.target.value })}
            />
          </div>
        </div>
      </fieldset>
    </div>
  );
}
