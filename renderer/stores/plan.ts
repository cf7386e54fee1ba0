import { create } from 'zustand';
import type { CallInput } from '../../core/api';
import type { Drafts } from '../../core/drafts';
import type { Discussion } from '../../core/plan';
import { workability } from '../api';

type PlanChange =
  | ['plan.saveGoal', CallInput<'plan.saveGoal'>]
  | ['plan.saveObstacle', CallInput<'plan.saveObstacle'>]
  | ['plan.saveStep', CallInput<'plan.saveStep'>]
  | ['plan.reviewStep', CallInput<'plan.reviewStep'>]
  | ['plan.removeGoal', CallInput<'plan.removeGoal'>]
  | ['plan.removeObstacle', CallInput<'plan.removeObstacle'>]
  | ['plan.removeStep', CallInput<'plan.removeStep'>]
  | ['plan.markHeading', CallInput<'plan.markHeading'>];

interface PlanState {
  discussion: Discussion | null;
  /** Forms typed into but not submitted when the case was last open, by form. */
  drafts: Drafts;
  load(caseId: string): Promise<void>;
  /** Saves one change; throws WorkabilityError for the form to show. */
  change(...[name, input]: PlanChange): Promise<void>;
}

/** The goals, obstacles and steps of the case whose appointment is open. */
export const usePlan = create<PlanState>((set) => ({
  discussion: null,
  drafts: {},
  async load(caseId) {
    set({ discussion: null, drafts: {} });
    const [discussion, drafts] = await Promise.all([
      workability.call('plan.get', { caseId }),
      workability.call('drafts.list', { caseId }),
    ]);
    set({ discussion, drafts });
  },
  async change(name, input) {
    set({ discussion: await workability.call(name, input as never) });
  },
}));
