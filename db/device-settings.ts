import type { Kysely } from 'kysely';
import { defaultSettings, settingsSchema, type Settings } from '../core/settings';
import type { Database } from './schema';

const settingsKey = 'settings';

export async function readSettings(db: Kysely<Database>): Promise<Settings> {
  const row = await db
    .selectFrom('device_settings')
    .select('value')
    .where('key', '=', settingsKey)
    .executeTakeFirst();
  const saved = row ? settingsSchema.partial().safeParse(JSON.parse(row.value)) : null;
  return { ...defaultSettings, ...(saved?.success ? saved.data : {}) };
}

export async function writeSettings(db: Kysely<Database>, settings: Settings): Promise<void> {
  await db
    .insertInto('device_settings')
    .values({ key: settingsKey, value: JSON.stringify(settings) })
    .onConflict((conflict) =>
      conflict.column('key').doUpdateSet({ value: JSON.stringify(settings) }),
    )
    .execute();
}
