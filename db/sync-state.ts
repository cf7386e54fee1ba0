import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { WorkabilityError } from '../core/errors';
import { readDeviceSetting, writeDeviceSetting } from './device-settings';
import { currentPractitionerKey, findCurrentPractitioner } from './practitioners';
import type { Database } from './schema';
import { whileApplying } from './server-records';
import { inTransaction } from './transaction';

/** This device's link to the central API, kept in the encrypted store. */
export const connectionSchema = z.object({
  serverUrl: z.string(),
  token: z.string(),
  expiresAt: z.string(),
  deviceId: z.string(),
  practitioner: z.object({
    id: z.string(),
    name: z.string(),
    role: z.string(),
    officeId: z.string().nullable(),
  }),
});
export type Connection = z.infer<typeof connectionSchema>;

const connectionKey = 'sync.connection';
const lastSyncedKey = 'sync.last-synced';

export async function readConnection(db: Kysely<Database>): Promise<Connection | null> {
  const value = await readDeviceSetting(db, connectionKey);
  const parsed = value ? connectionSchema.safeParse(JSON.parse(value)) : null;
  return parsed?.success ? parsed.data : null;
}

export async function readLastSynced(db: Kysely<Database>): Promise<string | null> {
  return readDeviceSetting(db, lastSyncedKey);
}

export async function writeLastSynced(db: Kysely<Database>, at: Date): Promise<void> {
  await writeDeviceSetting(db, lastSyncedKey, at.toISOString());
}

/** Signing out forgets the token; the cursor and the outbox stay for the next sign-in. */
export async function forgetToken(db: Kysely<Database>): Promise<void> {
  const connection = await readConnection(db);
  if (connection)
    await writeDeviceSetting(db, connectionKey, JSON.stringify({ ...connection, token: '' }));
}

/**
 * Links this device to the practitioner the server signed in. The first time,
 * the practitioner set up on this device takes the server's id (with their
 * cases), so both name the same person; a device already linked to someone
 * else refuses, so one person's cases never go up under another's name.
 */
export async function saveConnection(
  db: Kysely<Database>,
  connection: Omit<Connection, 'deviceId'>,
): Promise<void> {
  await inTransaction(db, (trx) =>
    whileApplying(trx, async () => {
      const before = await readConnection(trx);
      if (before && before.practitioner.id !== connection.practitioner.id) {
        throw new WorkabilityError(
          'not-allowed',
          `This device holds the cases of ${before.practitioner.name}. Sign in as them.`,
          [{ field: 'username', message: `Sign in as ${before.practitioner.name}` }],
        );
      }
      const { id, name, role, officeId } = connection.practitioner;
      if ((role !== 'ehp' && role !== 'manager') || !officeId) {
        throw new WorkabilityError(
          'not-allowed',
          'Only an EHP or a manager of an office works cases in Workability.',
          [{ field: 'username', message: 'Sign in as an EHP or a manager' }],
        );
      }
      const current = await findCurrentPractitioner(trx);
      if (current && current.id !== id) await takeServerId(trx, current.id, id);
      // The office's name and nation arrive with the first pull (rev 1 replaces rev 0).
      await trx
        .insertInto('offices')
        .values({
          id: officeId,
          name: 'Your office',
          nation: 'England',
          updated_at: new Date(0).toISOString(),
        })
        .onConflict((conflict) => conflict.column('id').doNothing())
        .execute();
      const stamp = { updated_at: new Date().toISOString() };
      await trx
        .insertInto('practitioners')
        .values({ id, name, role, office_id: officeId, ...stamp })
        .onConflict((conflict) =>
          conflict.column('id').doUpdateSet({ name, role, office_id: officeId, ...stamp }),
        )
        .execute();
      await writeDeviceSetting(trx, currentPractitionerKey, id);
      await writeDeviceSetting(
        trx,
        connectionKey,
        JSON.stringify({ ...connection, deviceId: before?.deviceId ?? uuidv7() }),
      );
    }),
  );
}

/** The practitioner made on this device becomes the server's, with everything that names them. */
async function takeServerId(trx: Kysely<Database>, localId: string, serverId: string) {
  const local = await trx
    .selectFrom('practitioners')
    .selectAll()
    .where('id', '=', localId)
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('practitioners')
    .values({ ...local, id: serverId, rev: 0 })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .execute();
  await trx
    .updateTable('cases')
    .set({ practitioner_id: serverId })
    .where('practitioner_id', '=', localId)
    .execute();
  await trx
    .updateTable('library_items')
    .set({ added_by: serverId })
    .where('added_by', '=', localId)
    .execute();
}
