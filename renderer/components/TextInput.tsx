import type { InputHTMLAttributes } from 'react';
import { fieldId } from '../forms';
import { FormGroup, describedBy, type FieldProps } from './FormGroup';

type Props = FieldProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> & {
    value: string;
    onChange: (value: string) => void;
    width?: 'full' | '20' | '10' | '5';
  };

export function TextInput({ id, label, hint, error, value, onChange, width, ...input }: Props) {
  const elementId = fieldId(id);
  const widthClass = width && width !== 'full' ? ` govuk-input--width-${width}` : '';
  return (
    <FormGroup id={elementId} label={label} hint={hint} error={error}>
      <input
        {...input}
        id={elementId}
        name={elementId}
        className={`govuk-input${widthClass}${error ? ' govuk-input--error' : ''}`}
        value={value}
        aria-describedby={describedBy({ id: elementId, hint, error })}
        onChange={(event) => onChange(event.target.value)}
      />
    </FormGroup>
  );
}
