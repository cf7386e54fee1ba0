import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { officeInputSchema, userInputSchema } from '../core/sync';
import { hashPassword } from './passwords';
import { insertRecord } from './records';
import type { ServerDatabase } from './schema';

/** Offices and users, as the command line creates them; each refuses a duplicate by name. */
export async function addOffice(
  db: Kysely<ServerDatabase>,
  office: z.output<typeof officeInputSchema>,
) {
  const clash = await db
    .selectFrom('offices')
    .select('id')
    .where((eb) => eb.or([eb('id', '=', office.id), eb('name', '=', office.name)]))
    .executeTakeFirst();
  if (clash) throw new Error(`There is already an office with that id or the name ${office.name}.`);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('offices')
      .values({ ...office, created_at: new Date().toISOString() })
      .execute();
    // Offices reach every app by pull, as reference data.
    await insertRecord(trx, {
      entity: 'office',
      id: office.id,
      by: null,
      scope: { case_id: null, owner_id: null, office_id: null },
      fields: { name: office.name, nation: office.nation },
    });
  });
  return { id: office.id, name: office.name, nation: office.nation };
}

export async function addUser(db: Kysely<ServerDatabase>, user: z.output<typeof userInputSchema>) {
  if (
    await db
      .selectFrom('users')
      .select('id')
      .where('username', '=', user.username)
      .executeTakeFirst()
  ) {
    throw new Error(`There is already a user called ${user.username}.`);
  }
  if (
    user.officeId &&
    !(await db
      .selectFrom('offices')
      .select('id')
      .where('id', '=', user.officeId)
      .executeTakeFirst())
  ) {
    throw new Error(`There is no office ${user.officeId}: add it first with office add.`);
  }
  const id = uuidv7();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('users')
      .values({
        id,
        username: user.username,
        password_hash: await hashPassword(user.password),
        role: user.role,
        office_id: user.officeId,
        name: user.name,
        created_at: new Date().toISOString(),
      })
      .execute();
    // Names and roles reach every app by pull, so a manager's shows whose case is whose.
    await insertRecord(trx, {
      entity: 'practitioner',
      id,
      by: null,
      scope: { case_id: null, owner_id: null, office_id: user.officeId },
      fields: { name: user.name, role: user.role, officeId: user.officeId },
    });
  });
  return { id, username: user.username, role: user.role, officeId: user.officeId, name: user.name };
}
