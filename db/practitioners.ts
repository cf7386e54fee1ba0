import type { Kysely } from 'kysely';
import type { Practitioner } from '../core/caseload';
import type { Role } from '../core/domain';
import { newRow, touched } from './row-stamp';
import type { Database } from './schema';
import { inTransaction } from './transaction';

export const currentPractitionerKey = 'current-practitioner-id';

/** The practitioner who uses this device, as set on first run. */
export async function findCurrentPractitioner(db: Kysely<Database>): Promise<Practitioner | null> {
  const row = await db
    .selectFrom('device_settings')
    .innerJoin('practitioners', 'practitioners.id', 'device_settings.value')
    .innerJoin('offices', 'offices.id', 'practitioners.office_id')
    .select([
      'practitioners.id',
      'practitioners.rev',
      'practitioners.updated_at',
      'practitioners.name',
      'practitioners.role',
      'practitioners.office_id',
      'offices.name as office_name',
    ])
    .where('device_settings.key', '=', currentPractitionerKey)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    rev: row.rev,
    updatedAt: row.updated_at,
    name: row.name,
    role: row.role,
    officeId: row.office_id,
    officeName: row.office_name,
  };
}

/** Creates the device's practitioner, or updates them if one is set already. */
export async function saveCurrentPractitioner(
  db: Kysely<Database>,
  details: { name: string; role: Role; officeId: string },
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const values = { name: details.name, role: details.role, office_id: details.officeId };
    const current = await findCurrentPractitioner(trx);
    if (current) {
      await trx
        .updateTable('practitioners')
        .set({ ...values, ...touched() })
        .where('id', '=', current.id)
        .execute();
      return;
    }
    const row = { ...newRow(), ...values };
    await trx.insertInto('practitioners').values(row).execute();
    await trx
      .insertInto('device_settings')
      .values({ key: currentPractitionerKey, value: row.id })
      .execute();
  });
}
