import type { Kysely } from 'kysely';
import type { Store } from '../../db/store';
import { syncedTables, toWire } from '../../db/synced-records';
import pilotOffices from '../../db/migrations/pilot-offices.json' with { type: 'json' };
import { buildServer } from '../../server/app';
import { addOffice, addUser } from '../../server/directory';
import type { ServerDatabase } from '../../server/schema';
import { serverDatabases } from '../server/databases';

export const password = 'copper kettle river lamp';
/** The first pilot office: the server knows it by the id the app ships with. */
export const office = pilotOffices[0]!;

type People = readonly (readonly [string, 'ehp' | 'manager' | 'referrer' | 'admin'])[];

/** A fresh PostgreSQL database for the central API, with the office and its people. */
export async function centralDatabase(people: People) {
  const database = await serverDatabases.find((kind) => kind.name === 'PostgreSQL')!.open();
  await addOffice(database.db, {
    id: office.id,
    name: office.name,
    nation: office.nation as 'England' | 'Wales',
  });
  for (const [username, role] of people) {
    await addUser(database.db, { username, password, role, officeId: office.id, name: username });
  }
  return database;
}

/** A central API on its own database, listening on loopback. */
export async function startCentral(people: People) {
  const database = await centralDatabase(people);
  const server = await buildServer({ db: database.db, requestsPerMinute: 100_000 });
  const url = await server.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    db: database.db as Kysely<ServerDatabase>,
    async stop() {
      await server.close();
      await database.drop();
    },
  };
}

/** Every synced record as the server would see it, with its rev and tombstone: what must converge. */
export function syncedContents(store: Store) {
  return Object.fromEntries(
    syncedTables.map((synced) => [
      synced.table,
      (
        store.sqlite
          .prepare(`select * from ${synced.table} where rev > 0 order by id`)
          .all() as Record<string, unknown>[]
      )
        .filter((row) => synced.table !== 'library_items' || row.source === 'local')
        // A tombstone's fields are whatever each device last had: only its rev counts.
        .map((row) => ({
          id: row.id,
          rev: row.rev,
          deleted: row.deleted,
          ...(row.deleted === 0 && toWire(synced, row)),
        })),
    ]),
  );
}
