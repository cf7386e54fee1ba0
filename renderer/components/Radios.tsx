import { fieldId } from '../forms';
import { FieldsetGroup, type FieldProps } from './FormGroup';
import type { Option } from './Select';

type Props = FieldProps & {
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  inline?: boolean;
};

/** A GOV.UK radios fieldset; the first radio carries the field's id so errors can link to it. */
export function Radios({ id, label, hint, error, value, options, onChange, inline }: Props) {
  const elementId = fieldId(id);
  return (
    <FieldsetGroup id={elementId} label={label} hint={hint} error={error}>
      <div className={`govuk-radios govuk-radios--small${inline ? ' govuk-radios--inline' : ''}`}>
        {options.map((option, index) => {
          const optionId = index === 0 ? elementId : `${elementId}-${option.value}`;
          return (
            <div className="govuk-radios__item" key={option.value}>
              <input
                className="govuk-radios__input"
                id={optionId}
                name={elementId}
                type="radio"
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </FieldsetGroup>
  );
}
