import { create } from 'zustand';
import type { CallInput } from '../../core/api';
import type { Office, Practitioner } from '../../core/caseload';
import { workability } from '../api';

interface PractitionerState {
  practitioner: Practitioner | null;
  offices: Office[];
  loaded: boolean;
  loadError: string | null;
  load(): Promise<void>;
  save(details: CallInput<'practitioner.save'>): Promise<void>;
  addOffice(office: CallInput<'offices.add'>): Promise<Office>;
}

/** Who is using this device, and the offices they can choose from. */
export const usePractitioner = create<PractitionerState>((set) => ({
  practitioner: null,
  offices: [],
  loaded: false,
  loadError: null,
  async load() {
    try {
      const [practitioner, offices] = await Promise.all([
        workability.call('practitioner.get', {}),
        workability.call('offices.list', {}),
      ]);
      set({ practitioner, offices, loaded: true, loadError: null });
    } catch (error) {
      set({ loaded: true, loadError: error instanceof Error ? error.message : String(error) });
    }
  },
  async save(details) {
    const practitioner = await workability.call('practitioner.save', details);
    set({ practitioner });
  },
  async addOffice(office) {
    const added = await workability.call('offices.add', office);
    set({ offices: await workability.call('offices.list', {}) });
    return added;
  },
}));
