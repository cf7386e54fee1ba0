import type { WorkabilityBridge } from '../core/client';
import type { Envelope } from '../core/errors';

/**
 * Injected by the web host before the renderer loads: the same window.workability
 * the Electron preload gives, carried over fetch with the launch token.
 */
const token = document.querySelector<HTMLMetaElement>('meta[name="workability-token"]')?.content;

const bridge: WorkabilityBridge = {
  async call(name, input) {
    try {
      const response = await fetch(`./api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
        body: JSON.stringify(input ?? {}),
      });
      if (response.status === 401) {
        return unavailable(
          'This browser tab is no longer connected. Open the address the web host printed.',
        );
      }
      return (await response.json()) as Envelope<unknown>;
    } catch {
      return unavailable('Workability is not running. Start it again; nothing you saved is lost.');
    }
  },
};

function unavailable(message: string): Envelope<never> {
  return { ok: false, error: { code: 'internal', message, fields: [] } };
}

Object.defineProperty(window, 'workability', { value: Object.freeze(bridge) });
