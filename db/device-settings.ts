import type { Kysely } from 'kysely';
import { defaultSettings, settingsSchema, type Settings } from '../core/settings';
import type { Database } from './schema';

const settingsKey = 'settings';

/** One of this device's own values, by key; null if never set. */
export async function readDeviceSetting(db: Kysely<Database>, key: string): Promise<string | null> {
  const row = await db
    .selectFrom('device_settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.value ?? null;
}

export async function writeDeviceSetting(
  db: Kysely<Database>,
  key: string,
  value: string,
): Promise<void> {
  await db
    .insertInto('device_settings')
    .values({ key, value })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value }))
    .execute();
}

export async function readSettings(db: Kysely<Database>): Promise<Settings> {
  const value = await readDeviceSetting(db, settingsKey);
  const saved = value ? settingsSchema.partial().safeParse(JSON.parse(value)) : null;
  return { ...defaultSettings, ...(saved?.success ? saved.data : {}) };
}

export async function writeSettings(db: Kysely<Database>, settings: Settings): Promise<void> {
  await writeDeviceSetting(db, settingsKey, JSON.stringify(settings));
}
