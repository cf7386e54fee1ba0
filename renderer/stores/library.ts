import { create } from 'zustand';
import type { Heading } from '../../core/plan';
import type { LibraryResult, LibraryType } from '../../core/library';
import { workability } from '../api';

export interface LibraryFilters {
  query: string;
  heading: Heading | null;
  type: LibraryType | null;
  /** The office whose area is shown: the EHP's own, or one they are covering. */
  officeId: string;
}

interface LibraryState {
  filters: LibraryFilters | null;
  results: LibraryResult[];
  /** A search is under way: the results are about to change. */
  searching: boolean;
  searchError: string | null;
  /** Changes the search; results follow, the latest search winning. */
  search(change: Partial<LibraryFilters> & { officeId?: string }): Promise<void>;
}

let latest = 0;

/** The library search as the EHP left it, so going back to the list finds it as it was. */
export const useLibrary = create<LibraryState>((set, get) => ({
  filters: null,
  results: [],
  searching: false,
  searchError: null,
  async search(change) {
    const filters = {
      query: '',
      heading: null,
      type: null,
      officeId: '',
      ...get().filters,
      ...change,
    };
    set({ filters, searching: true });
    const asked = ++latest;
    try {
      const results = await workability.call('library.search', { ...filters, limit: 50 });
      if (asked === latest) set({ results, searching: false, searchError: null });
    } catch (error) {
      if (asked === latest) {
        set({
          searching: false,
          searchError: error instanceof Error ? error.message : String(error),
        });
      }
    }
  },
}));
