import type { WorkabilityBridge } from '../core/client';

declare global {
  interface Window {
    /** Given by the Electron preload or the web host's bridge; the renderer's only way out. */
    readonly workability: WorkabilityBridge;
  }
}
