import type { Kysely } from 'kysely';
import pilotOffices from '../../db/migrations/pilot-offices.json';
import { buildServer } from '../../server/app';
import { addOffice, addUser } from '../../server/directory';
import type { ServerDatabase } from '../../server/schema';
import { serverDatabases } from '../server/databases';
import { appOver } from './app';
import { tempStore } from './temp-store';

export const password = 'copper kettle river lamp';
/** The first pilot office: the server knows it by the id the app ships with. */
export const office = pilotOffices[0]!;

/** A central API on a fresh PostgreSQL database, listening on loopback, with the office and its people. */
export async function startCentral(people: readonly (readonly [string, 'ehp' | 'manager'])[]) {
  const database = await serverDatabases.find((kind) => kind.name === 'PostgreSQL')!.open();
  await addOffice(database.db, {
    id: office.id,
    name: office.name,
    nation: office.nation as 'England' | 'Wales',
  });
  for (const [username, role] of people) {
    await addUser(database.db, { username, password, role, officeId: office.id, name: username });
  }
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

/** An app on its own store, its practitioner set up, signed in to the server. */
export async function deviceSignedIn(url: string, username: string) {
  const app = appOver(await tempStore());
  await app.call('practitioner.save', { name: username, role: 'ehp', officeId: office.id });
  await app.call('sync.signIn', { serverUrl: url, username, password });
  return app;
}
