import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { WorkabilityError } from '../../core/errors';
import type { signInSchema, SyncStatus } from '../../core/sync-client';
import { recordAudit } from '../../db/audit';
import { describeRefused } from '../../db/conflicts';
import { acknowledge, nextBatch, waitingCount } from '../../db/outbox';
import { applyPulledPage, pullCursor } from '../../db/pull';
import type { Database } from '../../db/schema';
import {
  forgetToken,
  readConnection,
  readLastSynced,
  saveConnection,
  writeLastSynced,
  type Connection,
} from '../../db/sync-state';
import { CentralApi, SyncFailure } from './central-api';
import { uploadIssuedPlans } from './documents';

export interface SyncTiming {
  /** Between syncs while all is well. */
  intervalMs: number;
  /** The first wait after a failure; it doubles, up to maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
  /** 0..1; replaced in tests for a fixed sequence. */
  random: () => number;
}

export const defaultTiming: SyncTiming = {
  intervalMs: 15_000,
  backoffMs: 2_000,
  maxBackoffMs: 60_000,
  random: Math.random,
};

/** Waits double after each failure, with jitter, so many devices coming back online don't arrive at once. */
export function backoffDelay(failures: number, timing: SyncTiming): number {
  const ceiling = Math.min(timing.maxBackoffMs, timing.backoffMs * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling * (0.5 + timing.random() / 2));
}

/**
 * Sync in the background (ARCHITECTURE.md): push the outbox, upload issued
 * plans, pull the server's changes; again after an interval, or after a
 * back-off when the network or the server fails. The UI reads its status and
 * never waits on it. Runs only while the store is open.
 */
export class SyncEngine {
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private lastFailure: SyncFailure | null = null;

  constructor(
    private readonly database: () => Kysely<Database> | null,
    private readonly timing: SyncTiming = defaultTiming,
  ) {}

  async status(): Promise<SyncStatus> {
    const db = this.database();
    const connection = db ? await readConnection(db) : null;
    if (!db || !connection) return signedOut(connection);
    const [waiting, conflicts, refused, lastSynced] = await Promise.all([
      waitingCount(db),
      db
        .selectFrom('sync_conflicts')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow(),
      describeRefused(db),
      readLastSynced(db),
    ]);
    const failure = this.lastFailure;
    return {
      state: !connection.token
        ? 'signed-out'
        : this.running
          ? 'syncing'
          : failure?.kind === 'offline'
            ? 'offline'
            : failure
              ? 'error'
              : waiting > 0
                ? 'waiting'
                : 'synced',
      waiting,
      conflicts: Number(conflicts.count),
      refused,
      error: failure?.message ?? null,
      lastSynced,
      serverUrl: connection.serverUrl,
      signedInAs: connection.token ? connection.practitioner.name : null,
    };
  }

  async signIn(details: z.output<typeof signInSchema>): Promise<SyncStatus> {
    const db = this.requireDb();
    const serverUrl = details.serverUrl.replace(/\/+$/, '');
    let answer;
    try {
      answer = await new CentralApi(serverUrl).signIn(details.username, details.password);
    } catch (error) {
      if (!(error instanceof SyncFailure)) throw error;
      const field = error.kind === 'signed-out' ? 'password' : 'serverUrl';
      const message =
        error.kind === 'signed-out'
          ? 'The username or password is not right'
          : error.kind === 'offline'
            ? 'The server cannot be reached at this address'
            : error.message;
      throw new WorkabilityError('invalid-input', message, [{ field, message }]);
    }
    await db.transaction().execute(async (trx) => {
      await saveConnection(trx, {
        serverUrl,
        token: answer.token,
        expiresAt: answer.expiresAt,
        practitioner: answer.practitioner,
      });
      await recordAudit(trx, { action: 'sync.signed-in', detail: serverUrl });
    });
    this.lastFailure = null;
    this.failures = 0;
    this.soon(0);
    return this.status();
  }

  async signOut(): Promise<SyncStatus> {
    const db = this.requireDb();
    await db.transaction().execute(async (trx) => {
      await forgetToken(trx);
      await recordAudit(trx, { action: 'sync.signed-out' });
    });
    this.stop();
    return this.status();
  }

  /** Syncs now (or joins the sync under way) and gives the status after it. */
  async now(): Promise<SyncStatus> {
    await this.run();
    return this.status();
  }

  /** Starts the background cycle; call again after an unlock. */
  start(): void {
    this.soon(0);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private soon(delayMs: number) {
    this.stop();
    // A store locked or closed while a cycle starts ends that cycle; nothing is left unhandled.
    this.timer = setTimeout(() => {
      this.run().catch((error: unknown) => console.error('sync cycle ended', error));
    }, delayMs);
    this.timer.unref?.();
  }

  private run(): Promise<void> {
    this.running ??= this.cycle().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async cycle(): Promise<void> {
    const db = this.database();
    const connection = db ? await readConnection(db) : null;
    if (!db || !connection?.token) return;
    try {
      const moved = await exchange(db, connection);
      this.failures = 0;
      this.lastFailure = null;
      await writeLastSynced(db, new Date());
      if (moved > 0) {
        await recordAudit(db, { action: 'sync.exchanged', detail: `${moved} records` });
      }
      this.soon(this.timing.intervalMs);
    } catch (error) {
      const failure =
        error instanceof SyncFailure
          ? error
          : new SyncFailure('server', 'Sync stopped on something unexpected; it will try again.');
      if (!(error instanceof SyncFailure)) console.error('sync failed', error);
      this.failures += 1;
      this.lastFailure = failure;
      if (failure.kind === 'signed-out') {
        await forgetToken(db);
        return;
      }
      this.soon(failure.retryAfterMs ?? backoffDelay(this.failures, this.timing));
    }
  }

  private requireDb(): Kysely<Database> {
    const db = this.database();
    if (!db) throw new WorkabilityError('locked', 'Workability is locked. Unlock it to carry on.');
    return db;
  }
}

function signedOut(connection: Connection | null): SyncStatus {
  return {
    state: 'signed-out',
    waiting: 0,
    conflicts: 0,
    refused: [],
    error: null,
    lastSynced: null,
    serverUrl: connection?.serverUrl ?? null,
    signedInAs: null,
  };
}

/**
 * One round: push the whole outbox in batches, upload issued plans, pull to
 * the end of the log, and push again what the pull gave rise to (a referral
 * taken). Returns how many records moved either way.
 */
export async function exchange(db: Kysely<Database>, connection: Connection): Promise<number> {
  const api = new CentralApi(connection.serverUrl, connection.token);
  const self = { id: connection.practitioner.id, role: connection.practitioner.role };
  let moved = await pushAll(db, api, connection.deviceId);
  moved += await uploadIssuedPlans(db, api);
  for (let more = true; more;) {
    const page = await api.pull(await pullCursor(db));
    await applyPulledPage(db, page, self);
    moved += page.changes.length;
    more = page.hasMore;
  }
  return moved + (await pushAll(db, api, connection.deviceId));
}

/** Pushes the outbox in batches until it is empty; returns how many edits went up. */
export async function pushAll(db: Kysely<Database>, api: CentralApi, deviceId: string) {
  let pushed = 0;
  for (;;) {
    const batch = await nextBatch(db);
    if (batch.length === 0) return pushed;
    const { results } = await api.push(
      deviceId,
      batch.map((outgoing) => outgoing.mutation),
    );
    await acknowledge(db, batch, results);
    pushed += batch.length;
  }
}
