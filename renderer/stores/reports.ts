import { addDays, formatISO, parseISO, subYears } from 'date-fns';
import { create } from 'zustand';
import type { MiReport } from '../../core/mi';
import { workability } from '../api';
import { today } from '../format';

export type Whose = 'caseload' | 'office';

interface ReportsState {
  from: string;
  to: string;
  whose: Whose | null;
  report: MiReport | null;
  /** Shows the figures for a period; the API's errors are thrown for the form to show. */
  show(query: { from: string; to: string; whose: Whose }): Promise<void>;
}

/** The year up to today, the first day a year and a day back. */
function lastYear() {
  const to = today();
  return {
    from: formatISO(addDays(subYears(parseISO(to), 1), 1), { representation: 'date' }),
    to,
  };
}

/** The report as last shown, so going back to Reports finds the same period. */
export const useReports = create<ReportsState>((set) => ({
  ...lastYear(),
  whose: null,
  report: null,
  async show({ from, to, whose }) {
    set({ from, to, whose });
    try {
      const report =
        whose === 'office'
          ? await workability.call('mi.office', { from, to })
          : await workability.call('mi.caseload', { from, to });
      set({ report });
    } catch (error) {
      // Figures for another period or office must not stand beside the error.
      set({ report: null });
      throw error;
    }
  },
}));
