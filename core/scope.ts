import { z } from 'zod';
import { categories } from './guardrails/rulebook';

/**
 * What the EHP decided about a scope-of-practice finding: kept the text with a
 * reason, or, for safeguarding, recorded what they did. A decision belongs to
 * the words it was about, in the field they were in, so it holds while they stay.
 */
export const scopeDecisionKinds = ['kept', 'safeguarding'] as const;

export const decideSchema = z.object({
  caseId: z.uuid({ error: 'Choose a case that exists' }),
  /** The field's element id: "notes", "canDo", "goal-text"... */
  field: z.string().regex(/^[A-Za-z0-9.-]{1,80}$/, { error: 'Name the field the text is in' }),
  ruleId: z.string().regex(/^[a-z0-9-]{1,80}$/, { error: 'Name the rule' }),
  category: z.enum(categories),
  excerpt: z.string().min(1).max(500),
  kind: z.enum(scopeDecisionKinds),
  reason: z
    .string({ error: 'Say why' })
    .trim()
    .min(1, { error: 'Say why you are keeping it, or what you did' })
    .max(1000, { error: 'Keep this to 1,000 characters or fewer' }),
});
export type Decide = z.input<typeof decideSchema>;

export const scopeDecisionSchema = z.object({
  field: z.string(),
  ruleId: z.string(),
  excerpt: z.string(),
  kind: z.enum(scopeDecisionKinds),
  reason: z.string(),
  at: z.string(),
});
export type ScopeDecision = z.infer<typeof scopeDecisionSchema>;

/** Safeguarding cannot be kept with a reason: the EHP records what they did. */
export function decisionRefusal(input: z.output<typeof decideSchema>): string | null {
  if (input.category === 'safeguarding' && input.kind !== 'safeguarding') {
    return 'Record what you did about a safeguarding concern';
  }
  if (input.category !== 'safeguarding' && input.kind === 'safeguarding') {
    return 'Only a safeguarding finding is recorded as safeguarding';
  }
  return null;
}
