import type { Kysely } from 'kysely';
import { defaultRulebook } from '../core/guardrails/default-rulebook';
import { parseRulebook, type Rulebook } from '../core/guardrails/rulebook';
import { readDeviceSetting, writeDeviceSetting } from './device-settings';
import type { Database } from './schema';

const rulebookKey = 'sync.rulebook';

/** The rulebook to check with: the central one pulled, if newer than the one the app ships with. */
export async function currentRulebook(db: Kysely<Database>): Promise<Rulebook> {
  const stored = await readDeviceSetting(db, rulebookKey);
  if (!stored) return defaultRulebook;
  const pulled = parseRulebook(JSON.parse(stored));
  return pulled.version > defaultRulebook.version ? pulled : defaultRulebook;
}

/** Keeps a rulebook pulled from the server; one that does not parse is left out, with the reason. */
export async function keepRulebook(db: Kysely<Database>, text: string): Promise<void> {
  let book: Rulebook;
  try {
    book = parseRulebook(JSON.parse(text));
  } catch (error) {
    console.error('The central rulebook was not used:', error);
    return;
  }
  await writeDeviceSetting(db, rulebookKey, JSON.stringify(book));
}
