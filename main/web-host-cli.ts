import { join } from 'node:path';
import { buildStale, distDir } from '../build/compile';
import { openStore } from '../db/store';
import { dataDirFromEnv } from '../db/data-dir';
import { createDispatch } from './dispatch';
import { createHandlers } from './handlers';
import { startWebHost } from './web-host';

/** `npm run web`: the app in a browser, for development, tests, and machines without Electron. */
async function main(): Promise<void> {
  await buildStale();
  const store = await openStore(dataDirFromEnv());
  const dispatch = createDispatch(createHandlers(store.db), (error) => console.error(error));
  const host = await startWebHost({
    dispatch,
    rendererDir: join(distDir, 'renderer'),
    bridgeFile: join(distDir, 'web', 'web-bridge.js'),
    port: Number(process.env.PORT ?? 5199),
  });
  console.log(`Workability web host: ${host.url}`);
  const stop = async () => {
    await host.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
