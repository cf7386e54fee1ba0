import { api, isCallName } from '../core/api';
import { WorkabilityError, fieldErrorsFromZod, type Envelope } from '../core/errors';
import type { Handlers } from './handlers';

export type Dispatch = (name: string, input: unknown) => Promise<Envelope<unknown>>;

/**
 * The one gate both transports go through: unknown calls and bad input come back
 * as typed errors before any handler runs, and no exception escapes to the page.
 */
export function createDispatch(handlers: Handlers, log: (error: unknown) => void): Dispatch {
  return async (name, input) => {
    if (!isCallName(name)) {
      return failure(
        new WorkabilityError('unknown-call', `Workability has no call named ${name}.`),
      );
    }
    const parsed = api[name].input.safeParse(input ?? {});
    if (!parsed.success) {
      const fields = fieldErrorsFromZod(parsed.error);
      return failure(
        new WorkabilityError(
          'invalid-input',
          fields[0]?.message ?? 'Check what you entered.',
          fields,
        ),
      );
    }
    try {
      const handler = handlers[name] as (input: unknown) => Promise<unknown>;
      return { ok: true, value: api[name].output.parse(await handler(parsed.data)) };
    } catch (error) {
      if (error instanceof WorkabilityError) return failure(error);
      log(error);
      return failure(
        new WorkabilityError('internal', 'Something went wrong. Nothing you entered was lost.'),
      );
    }
  };
}

function failure(error: WorkabilityError): Envelope<never> {
  return { ok: false, error: error.toBody() };
}
