import { create } from 'zustand';
import type { CallInput } from '../../core/api';
import type { CaseDetail } from '../../core/caseload';
import { workability } from '../api';

type CaseChange =
  | ['cases.close', CallInput<'cases.close'>]
  | ['cases.recordFollowUp', CallInput<'cases.recordFollowUp'>]
  | ['appointments.schedule', CallInput<'appointments.schedule'>]
  | ['appointments.recordAttendance', CallInput<'appointments.recordAttendance'>]
  | ['appointments.reschedule', CallInput<'appointments.reschedule'>];

interface CaseState {
  detail: CaseDetail | null;
  loadError: string | null;
  open(caseId: string): Promise<void>;
  create(referral: CallInput<'cases.create'>): Promise<CaseDetail>;
  /** Saves one change to the open case; throws WorkabilityError for the form to show. */
  change(...[name, input]: CaseChange): Promise<void>;
}

/** The case the EHP has open. */
export const useCase = create<CaseState>((set) => ({
  detail: null,
  loadError: null,
  async open(caseId) {
    set({ detail: null, loadError: null });
    try {
      set({ detail: await workability.call('cases.get', { caseId }) });
    } catch (error) {
      set({ loadError: error instanceof Error ? error.message : String(error) });
    }
  },
  async create(referral) {
    const detail = await workability.call('cases.create', referral);
    set({ detail, loadError: null });
    return detail;
  },
  async change(name, input) {
    const detail = await workability.call(name, input as never);
    set({ detail });
  },
}));
