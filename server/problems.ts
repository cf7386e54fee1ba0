import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

/** An error a route throws on purpose, to leave as problem+json with its status. */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
  ) {
    super(detail);
  }
}

const titles: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found',
  413: 'Too large',
  429: 'Too many requests',
  500: 'Server error',
};

/**
 * Every error leaves as RFC 9457 problem details: bad input names each field,
 * and a server fault says nothing of its insides (they go to the log).
 */
export function sendProblem(
  error: FastifyError | Problem,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const status =
    error instanceof Problem
      ? error.status
      : hasZodFastifySchemaValidationErrors(error)
        ? 400
        : error.statusCode && error.statusCode >= 400 && error.statusCode < 500
          ? error.statusCode
          : 500;
  if (status === 500) request.log.error({ err: error }, 'request failed');
  const errors = hasZodFastifySchemaValidationErrors(error)
    ? error.validation.map((issue) => ({
        field: issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || 'body',
        message: issue.message ?? 'Not valid',
      }))
    : undefined;
  const detail =
    status === 500
      ? 'Something went wrong on the server. Nothing was changed; try again.'
      : errors
        ? errors.map((issue) => `${issue.field}: ${issue.message}`).join('; ')
        : status === 413
          ? 'The request is larger than the server accepts.'
          : error.message;
  return reply
    .status(status)
    .type('application/problem+json')
    .send({
      type: 'about:blank',
      title: error instanceof Problem ? error.title : (titles[status] ?? 'Error'),
      status,
      detail,
      ...(errors && { errors }),
    });
}
