import { parseArgs } from 'node:util';
import { dataDirFromEnv } from './data-dir';
import { seedCases } from './seed';
import { openOrCreateStore } from './unlock';

/** `npm run seed -- --cases N`: demo data in the store at WORKABILITY_DATA_DIR. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { cases: { type: 'string', default: '50' }, seed: { type: 'string', default: '1' } },
  });
  const count = Number(values.cases);
  if (!Number.isInteger(count) || count < 1 || count > 100_000) {
    throw new Error(
      'Give the number of cases as a whole number from 1 to 100000, as in: npm run seed -- --cases 200',
    );
  }
  const passphrase = process.env.WORKABILITY_PASSPHRASE;
  if (!passphrase) {
    throw new Error(
      'Set WORKABILITY_PASSPHRASE to the passphrase of the store to fill (or of a new one).',
    );
  }
  const dataDir = dataDirFromEnv();
  const store = await openOrCreateStore(dataDir, passphrase);
  try {
    await seedCases(store.db, count, Number(values.seed));
    console.log(`Added ${count} demo cases to the store in ${dataDir}.`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
