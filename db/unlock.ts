import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import {
  deriveKey,
  discardKeyFile,
  keyFileName,
  newKeyFile,
  promotePendingKeyFile,
  readKeyFile,
  writeKeyFile,
  type KeyFile,
} from './store-key';
import { WrongKeyError, applyKey, backupsDir, openStore, storeFileName, type Store } from './store';

export type StoreFileState = 'new' | 'plaintext' | 'encrypted';

const sqliteHeader = Buffer.from('SQLite format 3\0');
const plaintextCopyName = 'plaintext-before-encryption.db';

/** new: no store yet; plaintext: a foundation store, to encrypt at its first unlock. */
export function storeFileState(dataDir: string): StoreFileState {
  const file = join(dataDir, storeFileName);
  if (!existsSync(file)) return 'new';
  const header = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  return header.equals(sqliteHeader) ? 'plaintext' : 'encrypted';
}

/** First run: a new key from the passphrase, and a new encrypted store. */
export async function createStore(
  dataDir: string,
  passphrase: string,
  kdf?: KeyFile,
): Promise<Store> {
  if (storeFileState(dataDir) !== 'new') throw new Error('There is already a store here.');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const keyFile = kdf ?? newKeyFile();
  const key = await deriveKey(passphrase, keyFile);
  writeKeyFile(dataDir, keyFile);
  return openStore(dataDir, { key });
}

/** Opens the store with the passphrase; a foundation store is encrypted in place first. */
export async function unlockStore(dataDir: string, passphrase: string): Promise<Store> {
  const state = storeFileState(dataDir);
  if (state === 'new') throw new Error('There is no store here yet.');
  let keyFile = readKeyFile(dataDir);
  if (!keyFile) {
    if (state === 'encrypted') {
      throw new Error(
        `The key settings (${keyFileName}) are missing from ${dataDir}: restore them from a backup.`,
      );
    }
    keyFile = newKeyFile();
    writeKeyFile(dataDir, keyFile);
  }
  const key = await deriveKey(passphrase, keyFile);
  if (state === 'plaintext' || existsSync(join(backupsDir(dataDir), plaintextCopyName))) {
    encryptInPlace(dataDir, key);
  }
  try {
    const store = await openStore(dataDir, { key });
    discardKeyFile(dataDir, 'pending');
    return store;
  } catch (error) {
    // A change of passphrase cut short after re-keying: the pending key settings open it.
    const pending = readKeyFile(dataDir, 'pending');
    if (!(error instanceof WrongKeyError) || !pending) throw error;
    const store = await openStore(dataDir, { key: await deriveKey(passphrase, pending) });
    promotePendingKeyFile(dataDir);
    return store;
  }
}

/**
 * Encrypts a plaintext store with a copy kept until the encrypted file is shown
 * to open and pass integrity_check. If a run is cut short, the next one starts
 * again from the copy. Afterwards no plaintext copy of the data is left behind.
 */
function encryptInPlace(dataDir: string, key: Buffer): void {
  const file = join(dataDir, storeFileName);
  const folder = backupsDir(dataDir);
  const copy = join(folder, plaintextCopyName);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  if (existsSync(copy)) {
    copyFileSync(copy, file);
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
  } else {
    const plain = new SQLite(file);
    plain.pragma('wal_checkpoint(TRUNCATE)');
    plain.close();
    copyFileSync(file, copy);
  }
  const sqlite = new SQLite(file);
  // Re-keying needs a rollback journal, not WAL; openStore turns WAL back on.
  sqlite.pragma('journal_mode = DELETE');
  applyKey(sqlite, key, 'rekey');
  sqlite.close();

  const check = new SQLite(file, { readonly: true });
  applyKey(check, key);
  const result = check.pragma('integrity_check', { simple: true });
  check.close();
  if (result !== 'ok')
    throw new Error(
      `Encrypting the store did not verify (${String(result)}); the plaintext copy is kept.`,
    );
  // Backups from before encryption are plaintext too.
  for (const name of readdirSync(folder)) rmSync(join(folder, name));
}

/** A new salt and key; the store is re-encrypted under it, then the new key settings are kept. */
export async function changePassphrase(
  store: Store,
  dataDir: string,
  passphrase: string,
): Promise<void> {
  const { N, r, p } = readKeyFile(dataDir) ?? newKeyFile();
  const keyFile = newKeyFile({ N, r, p });
  const key = await deriveKey(passphrase, keyFile);
  // Kept as pending until the store is re-keyed, so a crash between the two loses nothing.
  writeKeyFile(dataDir, keyFile, 'pending');
  store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  store.sqlite.pragma('journal_mode = DELETE');
  applyKey(store.sqlite, key, 'rekey');
  store.sqlite.pragma('journal_mode = WAL');
  promotePendingKeyFile(dataDir);
}

/** For command lines and demos given the passphrase: opens the store, or creates it. */
export function openOrCreateStore(dataDir: string, passphrase: string): Promise<Store> {
  return storeFileState(dataDir) === 'new'
    ? createStore(dataDir, passphrase)
    : unlockStore(dataDir, passphrase);
}
