import { z } from 'zod';
import { discussionSchema } from './plan';
import type { PlanFinding } from './plan-checks';

/**
 * Issuing freezes the plan as a numbered version: what the customer and the
 * Work Coach were given, with a hash of its content, when and by whom. Edits
 * after that are the draft of the next version.
 */
export const issuedPlanSchema = z.object({
  customerName: z.string(),
  customerReference: z.string(),
  officeName: z.string(),
  /** When the customer will be contacted to see how they are getting on, once set. */
  followUpDue: z.string().nullable().default(null),
  discussion: discussionSchema,
  /** The appointments held, in order, with the work ability score given at each. */
  attended: z.array(
    z.object({
      number: z.number().int(),
      startsAt: z.string(),
      channel: z.string(),
      workAbilityScore: z.number().int().nullable(),
    }),
  ),
});
export type IssuedPlan = z.infer<typeof issuedPlanSchema>;

const checkId = z.string().regex(/^[a-z-]{1,60}$/, { error: 'Name the check' });

export const issuePlanSchema = z.object({
  caseId: z.uuid({ error: 'Choose a case that exists' }),
  /**
   * The checks whose findings the EHP saw and chose to issue with. The EHP is
   * in charge, but an open finding is never passed over without being shown.
   */
  openChecksConfirmed: z.array(checkId).max(50).default([]),
});

export const planVersionSchema = z.object({
  version: z.number().int().min(1),
  issuedAt: z.string(),
  issuedBy: z.string().nullable(),
  contentHash: z.string(),
  /** What the checklist still listed when the EHP confirmed issuing. */
  openFindings: z.array(z.object({ check: z.string(), message: z.string() })),
});
export type PlanVersion = z.infer<typeof planVersionSchema>;

export const planVersionsSchema = z.object({
  versions: z.array(planVersionSchema),
  /** Whether the plan now differs from the last version issued (true when none has been). */
  changedSinceIssued: z.boolean(),
});
export type PlanVersions = z.infer<typeof planVersionsSchema>;

/** The findings the EHP has not confirmed issuing with. */
export function unconfirmedFindings(
  findings: readonly PlanFinding[],
  confirmed: readonly string[],
): PlanFinding[] {
  return findings.filter((finding) => !confirmed.includes(finding.check));
}
