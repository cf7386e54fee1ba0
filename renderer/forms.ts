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
