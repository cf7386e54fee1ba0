import { v7 as uuidv7 } from 'uuid';

/** A new synced row: time-ordered id, so rows created offline on two devices never collide. */
export function newRow(now = new Date()): { id: string; updated_at: string } {
  return { id: uuidv7(), updated_at: now.toISOString() };
}

export function touched(now = new Date()): { updated_at: string } {
  return { updated_at: now.toISOString() };
}
