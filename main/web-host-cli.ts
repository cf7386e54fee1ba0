import { join } from 'node:path';
import { buildStale, distDir } from '../build/compile';
import { dataDirFromEnv } from '../db/data-dir';
import { createDispatch } from './dispatch';
import { createHandlers } from './handlers';
import { Session } from './session';
import { startWebHost } from './web-host';

/** `npm run web`: the app in a browser, for development, tests, and machines without Electron. */
async function main(): Promise<void> {
  await buildStale();
  const session = new Session(dataDirFromEnv());
  // For demos and tests only: anyone who can read the environment has the passphrase.
  const passphrase = process.env.WORKABILITY_PASSPHRASE;
  if (passphrase) {
    if (session.status().state === 'needs-passphrase') await session.setPassphrase(passphrase);
    else await session.unlock(passphrase);
  }
  const dispatch = createDispatch(createHandlers(session), (error) => console.error(error));
  const host = await startWebHost({
    dispatch,
    rendererDir: join(distDir, 'renderer'),
    bridgeFile: join(distDir, 'web', 'web-bridge.js'),
    port: Number(process.env.PORT ?? 5199),
  });
  console.log(`Workability web host: ${host.url}`);
  const stop = async () => {
    await host.close();
    await session.lock();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
