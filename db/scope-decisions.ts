import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { decideSchema, ScopeDecision } from '../core/scope';
import type { Database } from './schema';

export async function listDecisions(
  db: Kysely<Database>,
  caseId: string,
): Promise<ScopeDecision[]> {
  const rows = await db
    .selectFrom('scope_decisions')
    .select(['field', 'rule_id', 'excerpt', 'kind', 'reason', 'at'])
    .where('case_id', '=', caseId)
    .orderBy('at')
    .execute();
  return rows.map((row) => ({
    field: row.field,
    ruleId: row.rule_id,
    excerpt: row.excerpt,
    kind: row.kind,
    reason: row.reason,
    at: row.at,
  }));
}

export async function insertDecision(
  db: Kysely<Database>,
  decision: z.output<typeof decideSchema>,
): Promise<string> {
  const id = uuidv7();
  await db
    .insertInto('scope_decisions')
    .values({
      id,
      case_id: decision.caseId,
      field: decision.field,
      rule_id: decision.ruleId,
      excerpt: decision.excerpt,
      kind: decision.kind,
      reason: decision.reason,
      at: new Date().toISOString(),
    })
    .execute();
  return id;
}
