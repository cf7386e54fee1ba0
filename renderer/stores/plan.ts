import { create } from 'zustand';
import type { CallInput } from '../../core/api';
import type { Drafts } from '../../core/drafts';
import type { Discussion, PlanEnd } from '../../core/plan';
import type { Decide, ScopeDecision } from '../../core/scope';
import { workability } from '../api';

type PlanChange =
  | ['plan.saveGoal', CallInput<'plan.saveGoal'>]
  | ['plan.saveObstacle', CallInput<'plan.saveObstacle'>]
  | ['plan.saveStep', CallInput<'plan.saveStep'>]
  | ['plan.addSuggestedStep', CallInput<'plan.addSuggestedStep'>]
  | ['plan.reviewStep', CallInput<'plan.reviewStep'>]
  | ['plan.removeGoal', CallInput<'plan.removeGoal'>]
  | ['plan.removeObstacle', CallInput<'plan.removeObstacle'>]
  | ['plan.removeStep', CallInput<'plan.removeStep'>]
  | ['plan.markHeading', CallInput<'plan.markHeading'>];

interface PlanState {
  discussion: Discussion | null;
  /** Forms typed into but not submitted when the case was last open, by form. */
  drafts: Drafts;
  /** Scope-of-practice findings the EHP kept, or acted on, for this case. */
  decisions: ScopeDecision[];
  load(caseId: string): Promise<void>;
  decide(decision: Decide): Promise<void>;
  /** Saves part of the end of the discussion; resolves with when it was saved. */
  saveEnd(caseId: string, end: Partial<PlanEnd>): Promise<string>;
  /** Saves one change; throws WorkabilityError for the form to show. */
  change(...[name, input]: PlanChange): Promise<void>;
}

/** The goals, obstacles and steps of the case whose appointment is open. */
export const usePlan = create<PlanState>((set, get) => ({
  discussion: null,
  drafts: {},
  decisions: [],
  async load(caseId) {
    set({ discussion: null, drafts: {}, decisions: [] });
    const [discussion, drafts, decisions] = await Promise.all([
      workability.call('plan.get', { caseId }),
      workability.call('drafts.list', { caseId }),
      workability.call('scope.decisions', { caseId }),
    ]);
    set({ discussion, drafts, decisions });
  },
  async saveEnd(caseId, end) {
    const { savedAt } = await workability.call('plan.saveEnd', { caseId, ...end });
    const discussion = get().discussion;
    if (discussion?.caseId === caseId) {
      set({ discussion: { ...discussion, end: { ...discussion.end, ...end } } });
    }
    return savedAt;
  },
  async decide(decision) {
    set({ decisions: await workability.call('scope.decide', decision) });
  },
  async change(name, input) {
    set({ discussion: await workability.call(name, input as never) });
  },
}));
