import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { referralSchema } from '../core/caseload';
import { insertCase } from '../db/cases';
import { listOffices } from '../db/offices';
import { findCurrentPractitioner } from '../db/practitioners';
import { seedCases } from '../db/seed';
import { openStore, type OpenOptions } from '../db/store';
import { createStore, unlockStore } from '../db/unlock';
import { referral } from '../tests/support/referrals';
import { timeCaseload } from './web-timing';
import { median, type Figures } from './figures';

const passphrase = 'copper kettle river lamp';

async function inTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'workability-bench-'));
  try {
    return await work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Unlocking as the EHP does: scrypt at full strength, then opening the store. */
async function unlockMs(): Promise<number> {
  return inTempDir(async (dir) => {
    await (await createStore(dir, passphrase)).close();
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      const store = await unlockStore(dir, passphrase);
      times.push(performance.now() - started);
      await store.close();
    }
    return median(times);
  });
}

/** 10,000 cases inserted in one transaction; median of three fresh stores. */
async function insertsMs(key: OpenOptions['key']): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    times.push(
      await inTempDir(async (dir) => {
        const store = await openStore(dir, { key });
        await seedCases(store.db, 1, 1);
        const practitioner = (await findCurrentPractitioner(store.db))!;
        const officeId = (await listOffices(store.db))[0]!.id;
        const started = performance.now();
        await store.db.transaction().execute(async (trx) => {
          for (let index = 0; index < 10_000; index++) {
            await insertCase(
              trx,
              referralSchema.parse(
                referral(officeId, {
                  customerName: `Customer ${index}`,
                  customerReference: `UC-${index}`,
                }),
              ),
              practitioner.id,
            );
          }
        });
        const elapsed = performance.now() - started;
        await store.close();
        return elapsed;
      }),
    );
  }
  return median(times);
}

async function caseloadMs(key: OpenOptions['key']): Promise<number> {
  return inTempDir(async (dir) => {
    const store = await openStore(dir, { key });
    try {
      await seedCases(store.db, 5000, 42);
      return (await timeCaseload(store, 5)).caseload;
    } finally {
      await store.close();
    }
  });
}

/** What encryption costs: unlocking, and the same work encrypted and not, as ratios. */
export async function run(): Promise<Figures> {
  const unlock = await unlockMs();
  const insertsEncrypted = await insertsMs(randomBytes(32));
  const insertsPlain = await insertsMs(null);
  const caseloadEncrypted = await caseloadMs(randomBytes(32));
  const caseloadPlain = await caseloadMs(null);
  const ratio = (a: number, b: number) => Number((a / b).toFixed(2));
  return {
    unlockMedian: { value: Math.round(unlock), unit: 'ms' },
    inserts10kEncryptedMedian: { value: Math.round(insertsEncrypted), unit: 'ms' },
    inserts10kPlaintextMedian: { value: Math.round(insertsPlain), unit: 'ms' },
    inserts10kRatio: { value: ratio(insertsEncrypted, insertsPlain), unit: 'x' },
    caseloadEncryptedMedian: { value: Math.round(caseloadEncrypted), unit: 'ms' },
    caseloadPlaintextMedian: { value: Math.round(caseloadPlain), unit: 'ms' },
    caseloadRatio: { value: ratio(caseloadEncrypted, caseloadPlain), unit: 'x' },
  };
}
