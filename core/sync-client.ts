import { z } from 'zod';

/** What the app shows of sync, always (SYNC.md client rules). */
export const syncStatusSchema = z.object({
  state: z.enum(['signed-out', 'syncing', 'synced', 'waiting', 'offline', 'error']),
  /** Edits on this device the server has not accepted yet. */
  waiting: z.number().int(),
  /** Fields with two values, for the practitioner to choose between. */
  conflicts: z.number().int(),
  /** Edits the server refused, with its reasons. */
  refused: z.array(z.string()),
  /** Why the last attempt failed, in words for the practitioner. */
  error: z.string().nullable(),
  lastSynced: z.string().nullable(),
  serverUrl: z.string().nullable(),
  signedInAs: z.string().nullable(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

export const signInSchema = z.object({
  serverUrl: z
    .string()
    .trim()
    .min(1, { error: 'Enter the server address', abort: true })
    .refine(
      (value) => {
        try {
          const url = new URL(value);
          // Health data never travels in the clear, except to this machine.
          return (
            url.protocol === 'https:' ||
            (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
          );
        } catch {
          return false;
        }
      },
      { error: 'Enter the server address as https://…' },
    ),
  username: z.string().trim().min(1, { error: 'Enter your username' }).max(100),
  password: z.string().min(1, { error: 'Enter your password' }).max(200),
});

/** A conflict as the practitioner sees it: both values, and what they belong to. */
export const conflictSchema = z.object({
  id: z.string(),
  /** e.g. "Obstacle", "Goal". */
  what: z.string(),
  /** e.g. "Text", "Customer name". */
  field: z.string(),
  caseId: z.string().nullable(),
  customerName: z.string().nullable(),
  serverValue: z.string(),
  clientValue: z.string(),
  /** Text can be merged by hand; a number, a choice or a removal is one or the other. */
  mergeable: z.boolean(),
  createdAt: z.string(),
});

/** A removal on one device of a record changed on another is a conflict over these two. */
export const removal = { field: 'deleted', kept: 'Kept', removed: 'Removed' } as const;
export type Conflict = z.infer<typeof conflictSchema>;

export const resolveConflictSchema = z.object({
  id: z.string().min(1),
  value: z.string().max(20_000, { error: 'Keep this to 20,000 characters or fewer' }),
});
