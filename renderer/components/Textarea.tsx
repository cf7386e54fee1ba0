import { fieldId } from '../forms';
import { FormGroup, describedBy, type FieldProps } from './FormGroup';

type Props = FieldProps & { value: string; onChange: (value: string) => void; rows?: number };

export function Textarea({ id, label, hint, error, value, onChange, rows = 5 }: Props) {
  const elementId = fieldId(id);
  return (
    <FormGroup id={elementId} label={label} hint={hint} error={error}>
      <textarea
        id={elementId}
        name={elementId}
        rows={rows}
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        value={value}
        aria-describedby={describedBy({ id: elementId, hint, error })}
        onChange={(event) => onChange(event.target.value)}
      />
    </FormGroup>
  );
}
