import { z } from 'zod';

/** Errors cross IPC and HTTP as plain objects, so both transports carry the same thing. */
export const apiErrorCodes = [
  'invalid-input',
  'not-found',
  'not-allowed',
  'locked',
  /** The central server could not answer: offline, busy or signed out. */
  'unavailable',
  'unknown-call',
  'internal',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

export const fieldErrorSchema = z.object({ field: z.string(), message: z.string() });
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const apiErrorSchema = z.object({
  code: z.enum(apiErrorCodes),
  message: z.string(),
  fields: z.array(fieldErrorSchema).default([]),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

export class WorkabilityError extends Error {
  readonly code: ApiErrorCode;
  readonly fields: FieldError[];

  constructor(code: ApiErrorCode, message: string, fields: FieldError[] = []) {
    super(message);
    this.name = 'WorkabilityError';
    this.code = code;
    this.fields = fields;
  }

  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message, fields: this.fields };
  }

  static fromBody(body: ApiErrorBody): WorkabilityError {
    return new WorkabilityError(body.code, body.message, body.fields);
  }
}

/** What every call returns over either transport. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export function fieldErrorsFromZod(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || 'input',
    message: issue.message,
  }));
}
