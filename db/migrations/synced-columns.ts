import { sql } from 'kysely';

/**
 * The sync bookkeeping every synced table shares (SYNC.md). Migrations that
 * have landed depend on this text: add a new helper rather than change it.
 */
export const syncedColumns = sql.raw(
  'rev integer not null default 0, updated_at text not null, deleted integer not null default 0 check (deleted in (0, 1))',
);
