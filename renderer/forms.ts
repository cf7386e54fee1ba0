import { useRef, useState, type FormEvent } from 'react';
import { WorkabilityError, type FieldError } from '../core/errors';

/** The element id for an API field path: eligibility.fitNoteValidUntil → eligibility-fitNoteValidUntil. */
export function fieldId(path: string): string {
  return path.replaceAll('.', '-');
}

export type FieldErrors = Record<string, string>;

export function fieldErrors(errors: readonly FieldError[]): FieldErrors {
  const byField: FieldErrors = {};
  for (const { field, message } of errors) byField[field] ??= message;
  return byField;
}

/** Field errors for a form; any other failure becomes one message at the top. */
export function formErrors(error: unknown): FieldError[] {
  if (error instanceof WorkabilityError && error.fields.length > 0) return error.fields;
  const message = error instanceof Error ? error.message : 'Something went wrong. Try again.';
  return [{ field: 'form', message }];
}

/**
 * A form's errors and its save. The save runs once at a time: a second Enter
 * while the first is under way is ignored, so nothing is booked twice. Errors
 * from the API are kept by field, under a prefix where one page has two forms.
 */
export function useFormSubmit(fieldPrefix = '') {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const running = useRef(false);
  const submit = (save: () => Promise<void>) => async (event?: FormEvent) => {
    event?.preventDefault();
    if (running.current) return;
    running.current = true;
    try {
      await save();
      setErrors([]);
    } catch (error) {
      setErrors(
        formErrors(error).map((e) =>
          e.field === 'form' ? e : { ...e, field: fieldPrefix + e.field },
        ),
      );
    } finally {
      running.current = false;
    }
  };
  return { errors, byField: fieldErrors(errors), submit };
}
