import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { startWebHost, type RunningWebHost } from '../../support/web-host-process';

/** Each test gets its own store and web host. */
export const test = base.extend<{ webHost: RunningWebHost }>({
  webHost: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'workability-e2e-'));
    const host = await startWebHost(dataDir);
    await use(host);
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
