import { fieldId } from '../forms';

/** One GOV.UK checkbox for a yes-or-no answer. */
export function Checkbox({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const elementId = fieldId(id);
  return (
    <div className="govuk-checkboxes__item">
      <input
        className="govuk-checkboxes__input"
        id={elementId}
        name={elementId}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className="govuk-label govuk-checkboxes__label" htmlFor={elementId}>
        {label}
      </label>
    </div>
  );
}
