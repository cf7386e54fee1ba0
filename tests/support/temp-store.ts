import { rmSync } from 'node:fs';
import { afterEach } from 'vitest';
import { openStore, type OpenOptions, type Store } from '../../db/store';
import { tempDir } from './temp-dir';

const opened: { store: Store; dir: string }[] = [];

export { tempDir };

/** A fixed key, so tests skip the slow key derivation; db/unlock.ts is tested with real ones. */
export const testKey = Buffer.alloc(32, 7);

/** A real encrypted SQLite file in a fresh folder, closed and removed after the test. */
export async function tempStore(
  dir = tempDir(),
  options: OpenOptions = { key: testKey },
): Promise<Store> {
  const store = await openStore(dir, options);
  opened.push({ store, dir });
  return store;
}

afterEach(async () => {
  for (const { store, dir } of opened.splice(0)) {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
