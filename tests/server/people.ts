import type { Kysely } from 'kysely';
import type { ServerRole } from '../../core/sync';
import { buildServer } from '../../server/app';
import { addOffice, addUser } from '../../server/directory';
import type { ServerDatabase } from '../../server/schema';

export const password = 'copper kettle river lamp';
export const hull = '019ac0de-0000-7000-8000-00000000b001';
export const leeds = '019ac0de-0000-7000-8000-00000000b002';

/**
 * A server on the database with Hull and Leeds JCPs and the people given,
 * each signed in: their tokens and ids by username.
 */
export async function serverWithPeople(
  db: Kysely<ServerDatabase>,
  people: readonly (readonly [string, ServerRole, string])[],
) {
  await addOffice(db, { id: hull, name: 'Hull JCP', nation: 'England' });
  await addOffice(db, { id: leeds, name: 'Leeds JCP', nation: 'England' });
  const ids: Record<string, string> = {};
  for (const [username, role, officeId] of people) {
    ({ id: ids[username] } = await addUser(db, {
      username,
      password,
      role,
      officeId,
      name: username,
    }));
  }
  const app = await buildServer({ db });
  const tokens: Record<string, string> = {};
  for (const [username] of people) {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/auth/token',
      payload: { username, password },
    });
    tokens[username] = response.json<{ token: string }>().token;
  }
  return { app, tokens, ids };
}
