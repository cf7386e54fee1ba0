import type { Kysely } from 'kysely';
import { WorkabilityError } from '../../core/errors';
import type { MiReport } from '../../core/mi';
import { officeRows } from '../../db/mi';
import type { Database } from '../../db/schema';
import { readConnection } from '../../db/sync-state';
import { CentralApi, SyncFailure } from './central-api';

/**
 * A manager's office figures, from the central API: the office's cases are
 * all there, where this device holds only what it has pulled.
 */
export async function officeMi(
  db: Kysely<Database>,
  period: { from: string; to: string },
): Promise<MiReport> {
  const connection = await readConnection(db);
  if (!connection?.token) {
    throw new WorkabilityError(
      'not-allowed',
      'Sign in to the central server in Settings to see your office’s figures.',
    );
  }
  const { role, officeId } = connection.practitioner;
  if (role !== 'manager' || !officeId) {
    throw new WorkabilityError('not-allowed', 'Only a manager sees the figures of their office.');
  }
  try {
    const figures = await new CentralApi(connection.serverUrl, connection.token).mi(
      officeId,
      period,
    );
    return { scope: 'office', figures, offices: await officeRows(db, [figures]) };
  } catch (error) {
    if (!(error instanceof SyncFailure)) throw error;
    throw new WorkabilityError(
      'unavailable',
      error.kind === 'offline'
        ? 'The central server cannot be reached, so your office’s figures cannot be shown. Your own caseload’s figures are here without it.'
        : error.message,
    );
  }
}
