import { create } from 'zustand';
import type { CallOutput } from '../../core/api';
import type { CaseloadPage } from '../../core/caseload';
import type { CaseStatus } from '../../core/domain';
import { workability } from '../api';
import { today } from '../format';

interface CaseloadState {
  status: CaseStatus | null;
  search: string;
  page: number;
  result: CaseloadPage | null;
  error: string | null;
  /** Completed cases whose six-week follow-up is due this week or overdue. */
  followUps: CallOutput<'cases.followUpsDue'> | null;
  setStatus(status: CaseStatus | null): Promise<void>;
  setSearch(search: string): Promise<void>;
  setPage(page: number): Promise<void>;
  load(): Promise<void>;
  loadFollowUps(): Promise<void>;
}

export const caseloadPageSize = 50;
let latestRequest = 0;

/** The caseload screen's filters and the page of cases they give; kept while the EHP opens a case. */
export const useCaseload = create<CaseloadState>((set, get) => ({
  status: null,
  search: '',
  page: 1,
  result: null,
  error: null,
  followUps: null,
  async setStatus(status) {
    set({ status, page: 1 });
    await get().load();
  },
  async setSearch(search) {
    set({ search, page: 1 });
    await get().load();
  },
  async setPage(page) {
    set({ page });
    await get().load();
  },
  async load() {
    // Typing fires a search per key: only the newest answer may reach the screen.
    const request = ++latestRequest;
    const { status, search, page } = get();
    try {
      const result = await workability.call('cases.list', {
        status,
        search,
        page,
        pageSize: caseloadPageSize,
      });
      if (request === latestRequest) set({ result, error: null });
    } catch (error) {
      if (request === latestRequest)
        set({ error: error instanceof Error ? error.message : String(error) });
    }
  },
  async loadFollowUps() {
    try {
      set({ followUps: await workability.call('cases.followUpsDue', { today: today() }) });
    } catch (error) {
      set({ error: error instanceof Error ? error.message : String(error) });
    }
  },
}));
