import { create } from 'zustand';
import type { CallInput } from '../../core/api';
import type { AppointmentSession } from '../../core/discussion';
import { workability } from '../api';

interface AppointmentState {
  session: AppointmentSession | null;
  loadError: string | null;
  open(appointmentId: string): Promise<void>;
  /** Saves part of the record; resolves with when it was saved. */
  save(change: Omit<CallInput<'appointments.saveRecord'>, 'appointmentId'>): Promise<string>;
}

/** The appointment the EHP has open during the discussion. */
export const useAppointment = create<AppointmentState>((set, get) => ({
  session: null,
  loadError: null,
  async open(appointmentId) {
    set({ session: null, loadError: null });
    try {
      set({ session: await workability.call('appointments.open', { appointmentId }) });
    } catch (error) {
      set({ loadError: error instanceof Error ? error.message : String(error) });
    }
  },
  async save(change) {
    const session = get().session;
    if (!session) throw new Error('No appointment is open.');
    const { savedAt } = await workability.call('appointments.saveRecord', {
      appointmentId: session.appointmentId,
      ...change,
    });
    set({ session: { ...session, record: { ...session.record, ...change } } });
    return savedAt;
  },
}));
