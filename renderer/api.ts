import { createClient } from '../core/client';

/** Stores call this; it cannot tell Electron from the web host. */
export const workability = createClient(window.workability);
