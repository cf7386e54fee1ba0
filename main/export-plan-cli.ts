import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { dataDirFromEnv } from '../db/data-dir';
import { listVersions } from '../db/plan-versions';
import { storeFileState, unlockStore } from '../db/unlock';
import { exportService } from './services/export';

const usage =
  'Usage: WORKABILITY_PASSPHRASE=... npm run --silent export-plan -- --case ID --out FILE.docx [--version N] [--notes]';

/**
 * For support staff: the same plan (an issued version, the latest by default)
 * or meeting notes document the app exports, from the store at
 * WORKABILITY_DATA_DIR. The export is audited as the app's is.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      case: { type: 'string' },
      out: { type: 'string' },
      version: { type: 'string' },
      notes: { type: 'boolean', default: false },
    },
  });
  const caseId = z.uuid().safeParse(values.case);
  if (!caseId.success || !values.out?.endsWith('.docx')) throw new Error(usage);
  const passphrase = process.env.WORKABILITY_PASSPHRASE;
  if (!passphrase)
    throw new Error(`Set WORKABILITY_PASSPHRASE to the store's passphrase.\n${usage}`);
  const dataDir = dataDirFromEnv();
  if (storeFileState(dataDir) !== 'encrypted') {
    throw new Error(`There is no encrypted store in ${dataDir}: set WORKABILITY_DATA_DIR.`);
  }
  const store = await unlockStore(dataDir, passphrase);
  try {
    const documents = exportService(store.db);
    let exported;
    if (values.notes) {
      exported = await documents.notesDocx(caseId.data);
    } else {
      const version = values.version
        ? Number(values.version)
        : (await listVersions(store.db, caseId.data)).at(-1)?.version;
      if (!version || !Number.isInteger(version)) {
        throw new Error(
          'That case has no issued plan: issue it in the app first, or give --notes.',
        );
      }
      exported = await documents.planDocx({ caseId: caseId.data, version });
    }
    writeFileSync(values.out, Buffer.from(exported.contentBase64, 'base64'), { mode: 0o600 });
    console.log(`Wrote ${values.out} (${exported.fileName}).`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
