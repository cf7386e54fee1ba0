import { z } from 'zod';

export const categories = [
  'treatment',
  'medication',
  'diagnosis',
  'wca',
  'nhs-promise',
  'safeguarding',
] as const;
export type Category = (typeof categories)[number];

export const severities = ['advice', 'warning', 'urgent'] as const;
export type Severity = (typeof severities)[number];

const pattern = z.string().trim().min(1, { error: 'A pattern cannot be empty' });

export const ruleSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'A rule id is lower-case words joined by hyphens, like medication-stop',
  }),
  category: z.enum(categories, { error: `The category is one of ${categories.join(', ')}` }),
  severity: z.enum(severities, { error: `The severity is one of ${severities.join(', ')}` }),
  patterns: z.array(pattern).min(1, { error: 'A rule needs at least one pattern' }),
  /** In the same sentence, any of these makes a match allowed: "ask your GP about ...". */
  unless: z.array(pattern).default([]),
  /** "flag": "don't stop taking them" is still advice. "allow": "I can't say what the WCA will decide" is fine. */
  negated: z.enum(['flag', 'allow']).default('flag'),
  explanation: z.string().min(1, { error: 'Say what is wrong, in plain English' }),
  instead: z.string().min(1, { error: 'Say what to do instead' }),
  examples: z.object({
    match: z.array(z.string()).min(1, { error: 'Give at least one example that must match' }),
    noMatch: z.array(z.string()).min(1, { error: 'Give at least one example that must not match' }),
  }),
});
export type Rule = z.infer<typeof ruleSchema>;

export const rulebookSchema = z
  .object({
    version: z.string().min(1, { error: 'Give the rulebook a version' }),
    /** Named word lists a pattern can use as {name}. */
    sets: z.record(z.string().regex(/^[a-z]+$/), z.array(z.string().min(1))).default({}),
    /** Allowed in any sentence, for the categories given: signposting to a GP, pharmacist, 111. */
    allow: z
      .array(
        z.object({ categories: z.array(z.enum(categories)).min(1), patterns: z.array(pattern) }),
      )
      .default([]),
    rules: z.array(ruleSchema).min(1, { error: 'A rulebook needs at least one rule' }),
  })
  .superRefine((book, ctx) => {
    const seen = new Set<string>();
    for (const [index, rule] of book.rules.entries()) {
      if (seen.has(rule.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', index, 'id'],
          message: `Two rules are called ${rule.id}`,
        });
      }
      seen.add(rule.id);
    }
  });
export type Rulebook = z.infer<typeof rulebookSchema>;

/** A rulebook as read from a file: every problem named by where it is, so governance can fix it. */
export function parseRulebook(json: unknown): Rulebook {
  const parsed = rulebookSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new Error(
    `The rulebook is not valid:\n${parsed.error.issues
      .map((issue) => `- ${issue.path.join('.') || 'rulebook'}: ${issue.message}`)
      .join('\n')}`,
  );
}
