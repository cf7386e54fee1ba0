import { v5 as uuidv5, v7 as uuidv7 } from 'uuid';

/** A new synced row: time-ordered id, so rows created offline on two devices never collide. */
export function newRow(now = new Date()): { id: string; updated_at: string } {
  return { id: uuidv7(), updated_at: now.toISOString() };
}

export function touched(now = new Date()): { updated_at: string } {
  return { updated_at: now.toISOString() };
}

/**
 * A record a case has only one of (its plan, its follow-up, a heading marked
 * none identified): its id comes from the case, so the same record made
 * offline on two devices meets as one on the server, not as two.
 */
export function oneOfCase(caseId: string, part: string, now = new Date()) {
  return { id: uuidv5(part, caseId), updated_at: now.toISOString() };
}
