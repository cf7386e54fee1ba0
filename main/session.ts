import type { Kysely } from 'kysely';
import { WorkabilityError } from '../core/errors';
import type { SessionStatus } from '../core/session';
import { recordAudit } from '../db/audit';
import { readSettings } from '../db/device-settings';
import { purgeDueCases } from '../db/retention';
import type { Database } from '../db/schema';
import { WrongKeyError, type Store } from '../db/store';
import { changePassphrase, createStore, storeFileState, unlockStore } from '../db/unlock';

/** Waits after wrong passphrases double from 1 second to at most a minute. */
export function retryDelayMs(failures: number): number {
  return failures === 0 ? 0 : Math.min(1000 * 2 ** (failures - 1), 60_000);
}

/**
 * The store is open only while Workability is unlocked; locking closes it, so
 * neither main nor the page holds case data. Failed unlocks can't be written
 * while the store is closed, so they are kept here and recorded at the next unlock.
 */
export class Session {
  private store: Store | null = null;
  private failures = 0;
  private retryAt = 0;
  private failedAttempts: Date[] = [];

  constructor(
    readonly dataDir: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** For tests, seeding and benchmarks that already hold an open store. */
  static over(store: Store, dataDir: string): Session {
    const session = new Session(dataDir);
    session.store = store;
    return session;
  }

  status(): SessionStatus {
    const file = storeFileState(this.dataDir);
    return {
      state: this.store ? 'unlocked' : file === 'encrypted' ? 'locked' : 'needs-passphrase',
      existingStore: file === 'plaintext',
      retryInSeconds: Math.max(0, Math.ceil((this.retryAt - this.now()) / 1000)),
    };
  }

  /** The open store, or null while locked: for work that waits rather than refuses. */
  openDb(): Kysely<Database> | null {
    return this.store?.db ?? null;
  }

  db(): Kysely<Database> {
    if (!this.store)
      throw new WorkabilityError('locked', 'Workability is locked. Unlock it to carry on.');
    return this.store.db;
  }

  /** First run, or the first unlock of an unencrypted store: sets the passphrase. */
  async setPassphrase(passphrase: string): Promise<void> {
    if (this.status().state !== 'needs-passphrase') {
      throw new WorkabilityError('not-allowed', 'A passphrase is already set. Unlock with it.');
    }
    this.store =
      storeFileState(this.dataDir) === 'new'
        ? await createStore(this.dataDir, passphrase)
        : await unlockStore(this.dataDir, passphrase);
    await recordAudit(this.store.db, { action: 'store.created', at: this.clock() });
    await this.afterUnlock();
  }

  async unlock(passphrase: string): Promise<void> {
    const { state, retryInSeconds } = this.status();
    if (state === 'unlocked') return;
    if (state === 'needs-passphrase')
      throw new WorkabilityError('not-allowed', 'Set a passphrase first.');
    if (retryInSeconds > 0) throw this.wrongPassphrase(retryInSeconds);
    try {
      this.store = await unlockStore(this.dataDir, passphrase);
    } catch (error) {
      if (!(error instanceof WrongKeyError)) throw error;
      this.failures += 1;
      this.failedAttempts.push(this.clock());
      this.retryAt = this.now() + retryDelayMs(this.failures);
      throw this.wrongPassphrase(Math.ceil(retryDelayMs(this.failures) / 1000));
    }
    for (const at of this.failedAttempts.splice(0)) {
      await recordAudit(this.store.db, { action: 'store.unlock-failed', at });
    }
    this.failures = 0;
    this.retryAt = 0;
    await recordAudit(this.store.db, { action: 'store.unlocked', at: this.clock() });
    await this.afterUnlock();
  }

  async lock(): Promise<void> {
    if (!this.store) return;
    const store = this.store;
    this.store = null;
    await recordAudit(store.db, { action: 'store.locked', at: this.clock() });
    await store.close();
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    const store = this.store;
    if (!store)
      throw new WorkabilityError('locked', 'Workability is locked. Unlock it to carry on.');
    // Proves it is the practitioner at the keyboard, not someone at an unlocked laptop.
    try {
      await (await unlockStore(this.dataDir, current)).close();
    } catch (error) {
      if (error instanceof WrongKeyError) {
        throw new WorkabilityError('invalid-input', 'Your current passphrase is not right', [
          { field: 'current', message: 'Your current passphrase is not right' },
        ]);
      }
      throw error;
    }
    await changePassphrase(store, this.dataDir, next);
    await recordAudit(store.db, { action: 'store.passphrase-changed', at: this.clock() });
  }

  /** Retention runs each time the store is opened. */
  private async afterUnlock(): Promise<void> {
    const db = this.db();
    await purgeDueCases(db, (await readSettings(db)).retentionDays, this.clock());
  }

  private clock(): Date {
    return new Date(this.now());
  }

  private wrongPassphrase(seconds: number): WorkabilityError {
    const message = `That passphrase is not right. You can try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;
    return new WorkabilityError('invalid-input', message, [{ field: 'passphrase', message }]);
  }
}
