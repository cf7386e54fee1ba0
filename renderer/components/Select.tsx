import { fieldId } from '../forms';
import { FormGroup, describedBy, type FieldProps } from './FormGroup';

export interface Option {
  value: string;
  label: string;
}

type Props = FieldProps & {
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
};

export function Select({ id, label, hint, error, value, options, onChange }: Props) {
  const elementId = fieldId(id);
  return (
    <FormGroup id={elementId} label={label} hint={hint} error={error}>
      <select
        id={elementId}
        name={elementId}
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        value={value}
        aria-describedby={describedBy({ id: elementId, hint, error })}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}

/** Options from one of core/domain's labelled lists. */
export function optionsOf<T extends string>(list: {
  values: readonly T[];
  labels: Record<T, string>;
}): Option[] {
  return list.values.map((value) => ({ value, label: list.labels[value] }));
}
