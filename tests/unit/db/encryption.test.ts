import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WrongKeyError, openStore, storeFileName } from '../../../db/store';
import { deriveKey, newKeyFile, readKeyFile, writeKeyFile } from '../../../db/store-key';
import { changePassphrase, createStore, storeFileState, unlockStore } from '../../../db/unlock';
import { appOver } from '../../support/app';
import { referral } from '../../support/referrals';
import { tempDir } from '../../support/temp-store';

const passphrase = 'copper kettle river lamp';
const customers = [
  ['Sharon Pearce', 'UC-4417-2290'],
  ['Tomasz Wójcik', 'UC-5520-1187'],
] as const;

/** Every file the store has left in its folder: the database, its WAL, its backups. */
function storeFiles(dir: string): string[] {
  const files = readdirSync(dir).map((name) => join(dir, name));
  const backups = join(dir, 'backups');
  return [
    ...files.filter((file) => !file.endsWith('backups')),
    ...(existsSync(backups) ? readdirSync(backups).map((name) => join(backups, name)) : []),
  ];
}

function expectNoTrace(dir: string, secrets: readonly string[]) {
  const files = storeFiles(dir);
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const bytes = readFileSync(file);
    for (const secret of secrets) {
      for (const encoding of ['utf8', 'utf16le'] as const) {
        expect(bytes.includes(Buffer.from(secret, encoding)), `${secret} in ${file}`).toBe(false);
      }
    }
  }
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function addCustomers(store: Awaited<ReturnType<typeof openStore>>) {
  const app = appOver(store);
  const offices = await app.call('offices.list', {});
  await app.call('practitioner.save', {
    name: 'Aisha Khan',
    role: 'ehp',
    officeId: offices[0]!.id,
  });
  for (const [customerName, customerReference] of customers) {
    await app.call('cases.create', referral(offices[0]!.id, { customerName, customerReference }));
  }
}

describe('encryption at rest', () => {
  it('keeps no customer name or reference readable in the file, its WAL or its backups', async () => {
    const dir = tempDir();
    // A store left by an earlier version, so opening it now makes a migration backup.
    const keyFile = newKeyFile();
    writeKeyFile(dir, keyFile);
    const earlier = await openStore(dir, {
      key: await deriveKey(passphrase, keyFile),
      migrateTo: '2026-11-25-03-pilot-offices',
    });
    // That version had no audit trail, so its rows go in as it wrote them.
    earlier.sqlite.exec(`
      insert into practitioners (id, name, role, office_id, updated_at)
        select '019ac000-0000-7000-8000-000000000001', 'Aisha Khan', 'ehp', id, '2026-11-01' from offices limit 1;
      insert into cases (id, customer_name, customer_reference, referral_date, referrer_name, referrer_role,
          office_id, practitioner_id, on_health_journey, wca_status, unemployed, preferred_channel, status,
          created_at, updated_at)
        select '019ac000-0000-7000-8000-000000000002', 'Linda Okafor', 'UC-9911-0042', '2026-11-01', 'Dev Mistry',
          'work-coach', office_id, id, 1, 'not-assessed', 1, 'telephone', 'referred', '2026-11-01', '2026-11-01'
        from practitioners;
    `);
    await earlier.close();

    const store = await unlockStore(dir, passphrase);
    expect(store.backupFile).not.toBeNull();
    await addCustomers(store);
    expect(existsSync(join(dir, `${storeFileName}-wal`))).toBe(true);
    const secrets = [...customers.flat(), 'Linda Okafor', 'UC-9911-0042'];
    expectNoTrace(dir, secrets);
    await store.close();

    expectNoTrace(dir, secrets);
    const header = readFileSync(join(dir, storeFileName)).subarray(0, 16);
    expect(header.toString('latin1')).not.toBe('SQLite format 3\0');
    expect(storeFileState(dir)).toBe('encrypted');
  });

  it('opens with the right passphrase, refuses a wrong one and changes nothing', async () => {
    const dir = tempDir();
    const created = await createStore(dir, passphrase);
    await addCustomers(created);
    await created.close();
    const before = sha(join(dir, storeFileName));

    await expect(unlockStore(dir, 'copper kettle river lump')).rejects.toBeInstanceOf(
      WrongKeyError,
    );
    expect(sha(join(dir, storeFileName))).toBe(before);
    expect(readdirSync(dir).sort()).toEqual([storeFileName, 'workability.key.json']);

    const store = await unlockStore(dir, passphrase);
    const names = await store.db
      .selectFrom('cases')
      .select('customer_name')
      .orderBy('customer_name')
      .execute();
    expect(names.map((row) => row.customer_name)).toEqual(['Sharon Pearce', 'Tomasz Wójcik']);
    await store.close();
  });

  it('derives the key with scrypt at the strength the README states', () => {
    const dir = tempDir();
    writeKeyFile(dir, newKeyFile());
    expect(readKeyFile(dir)).toMatchObject({ kdf: 'scrypt', N: 131072, r: 8, p: 1 });
  });

  it('encrypts a store from before encryption in place, and leaves no plaintext copy', async () => {
    const dir = tempDir();
    const plain = await openStore(dir, { key: null });
    await addCustomers(plain);
    await plain.close();
    expect(storeFileState(dir)).toBe('plaintext');

    const store = await unlockStore(dir, passphrase);
    expect(await store.db.selectFrom('cases').select('customer_name').execute()).toHaveLength(2);
    await store.close();
    expect(storeFileState(dir)).toBe('encrypted');
    expect(readdirSync(join(dir, 'backups'))).toEqual([]);
    expectNoTrace(dir, customers.flat());
    await expect(unlockStore(dir, 'another passphrase')).rejects.toBeInstanceOf(WrongKeyError);
  });

  it('re-keys the store when the passphrase changes', async () => {
    const dir = tempDir();
    const store = await createStore(dir, passphrase);
    await addCustomers(store);
    await changePassphrase(store, dir, 'a new passphrase for winter');
    await store.close();
    await expect(unlockStore(dir, passphrase)).rejects.toBeInstanceOf(WrongKeyError);
    const reopened = await unlockStore(dir, 'a new passphrase for winter');
    expect(await reopened.db.selectFrom('cases').select('id').execute()).toHaveLength(2);
    await reopened.close();
    expect(existsSync(join(dir, 'workability.key.json.pending'))).toBe(false);
  });
});
