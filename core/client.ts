import type { CallInput, CallName, CallOutput } from './api';
import { WorkabilityError, apiErrorSchema, type Envelope } from './errors';

/**
 * What window.workability is, from the Electron preload or the web host's bridge.
 * It resolves with an envelope rather than throwing, because an error thrown
 * across Electron's context bridge loses everything but its message.
 */
export interface WorkabilityBridge {
  call(name: CallName, input: unknown): Promise<Envelope<unknown>>;
}

/** The typed client the renderer uses: resolves with a call's output, throws WorkabilityError. */
export interface WorkabilityClient {
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>>;
}

export function createClient(bridge: WorkabilityBridge): WorkabilityClient {
  return {
    async call(name, input) {
      const envelope = await bridge.call(name, input);
      if (envelope.ok) return envelope.value as never;
      const parsed = apiErrorSchema.safeParse(envelope.error);
      throw parsed.success
        ? WorkabilityError.fromBody(parsed.data)
        : new WorkabilityError('internal', 'Workability gave an answer it could not read.');
    },
  };
}
