import type { Kysely, Selectable } from 'kysely';
import type { Office } from '../core/caseload';
import type { Nation } from '../core/domain';
import { newRow } from './row-stamp';
import type { Database, OfficeTable } from './schema';

export function toOffice(row: Selectable<OfficeTable>): Office {
  return {
    id: row.id,
    rev: row.rev,
    updatedAt: row.updated_at,
    name: row.name,
    nation: row.nation,
  };
}

export async function listOffices(db: Kysely<Database>): Promise<Office[]> {
  const rows = await db
    .selectFrom('offices')
    .selectAll()
    .where('deleted', '=', 0)
    .orderBy('name')
    .execute();
  return rows.map(toOffice);
}

export async function findOffice(db: Kysely<Database>, id: string): Promise<Office | undefined> {
  const row = await db
    .selectFrom('offices')
    .selectAll()
    .where('id', '=', id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  return row && toOffice(row);
}

export async function findOfficeByName(
  db: Kysely<Database>,
  name: string,
): Promise<Office | undefined> {
  const row = await db
    .selectFrom('offices')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .where('deleted', '=', 0)
    .executeTakeFirst();
  return row && toOffice(row);
}

export async function insertOffice(
  db: Kysely<Database>,
  office: { name: string; nation: Nation },
): Promise<Office> {
  const row = await db
    .insertInto('offices')
    .values({ ...newRow(), ...office })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toOffice(row);
}
