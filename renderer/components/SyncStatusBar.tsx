import { format, parseISO } from 'date-fns';
import { useEffect } from 'react';
import type { SyncStatus } from '../../core/sync-client';
import { useSync } from '../stores/sync';

const pollMs = 3000;

const changes = (count: number) => `${count} ${count === 1 ? 'change' : 'changes'}`;

/** The sync state in words: what an EHP needs to know before the customer leaves. */
export function describeSync(status: SyncStatus): string {
  switch (status.state) {
    case 'signed-out':
      return 'Not signed in to the central server: your work stays on this device.';
    case 'syncing':
      return 'Syncing…';
    case 'synced':
      return 'Synced.';
    case 'waiting':
      return `${changes(status.waiting)} waiting to sync.`;
    case 'offline':
      return `Offline: ${changes(status.waiting)} waiting, kept on this device until the server can be reached.`;
    case 'error':
      return `Sync problem: ${status.error ?? 'unknown'} ${changes(status.waiting)} waiting.`;
  }
}

/** Always on screen while unlocked: sync's state, conflicts to resolve, and Sync now. */
export function SyncStatusBar() {
  const { status, load, now } = useSync();
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), pollMs);
    return () => clearInterval(timer);
  }, [load]);
  if (!status) return null;
  return (
    <div className="app-sync-status govuk-width-container">
      <p className="govuk-body-s">
        {/* Only the state is announced: the time changes at every sync and would chatter. */}
        <span role="status" id="sync-status">
          {describeSync(status)}
        </span>
        {status.lastSynced && status.state !== 'signed-out' && (
          <> Last synced at {format(parseISO(status.lastSynced), 'HH:mm')}.</>
        )}
        {status.conflicts > 0 && (
          <>
            {' '}
            <a className="govuk-link" href="#/settings/conflicts">
              {status.conflicts} {status.conflicts === 1 ? 'conflict' : 'conflicts'} to resolve
            </a>
          </>
        )}
        {status.refused.length > 0 && (
          <>
            {' '}
            <a className="govuk-link" href="#/settings/conflicts">
              {changes(status.refused.length)} refused by the server
            </a>
          </>
        )}
      </p>
      {status.state === 'signed-out' ? (
        <a className="govuk-link govuk-body-s" href="#/settings">
          Sign in
        </a>
      ) : (
        <button
          type="button"
          className="govuk-button govuk-button--secondary app-sync-now"
          disabled={status.state === 'syncing'}
          onClick={() => void now()}
        >
          Sync now
        </button>
      )}
    </div>
  );
}
