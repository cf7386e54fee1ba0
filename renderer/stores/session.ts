import { create } from 'zustand';
import type { CallInput } from '../../core/api';
import type { SessionStatus } from '../../core/session';
import { workability } from '../api';
import { useAppointment } from './appointment';
import { useCase } from './case';
import { useCaseload } from './caseload';
import { useLibrary } from './library';
import { usePlan } from './plan';
import { usePractitioner } from './practitioner';

/** Every store that holds case data, each put back to its state before anything was loaded. */
function emptier<T>(store: { getState(): T; setState(state: T, replace: true): void }) {
  const empty = store.getState();
  return () => store.setState(empty, true);
}
const emptyCaseStores = [
  emptier(useCaseload),
  emptier(useCase),
  emptier(useAppointment),
  emptier(usePlan),
  emptier(usePractitioner),
  emptier(useLibrary),
];

interface SessionState {
  status: SessionStatus | null;
  load(): Promise<void>;
  setPassphrase(input: CallInput<'session.setPassphrase'>): Promise<void>;
  unlock(passphrase: string): Promise<void>;
  lock(): Promise<void>;
}

/** Locked or unlocked. Locking empties every store that held case data, then closes the store in main. */
export const useSession = create<SessionState>((set) => ({
  status: null,
  async load() {
    set({ status: await workability.call('session.status', {}) });
  },
  async setPassphrase(input) {
    set({ status: await workability.call('session.setPassphrase', input) });
  },
  async unlock(passphrase) {
    set({ status: await workability.call('session.unlock', { passphrase }) });
  },
  async lock() {
    emptyCaseStores.forEach((empty) => empty());
    set({ status: await workability.call('session.lock', {}) });
  },
}));
