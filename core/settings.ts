import { z } from 'zod';

/** The device's settings, with the defaults the issue sets: lock after 5 minutes, keep closed cases 90 days. */
export const settingsSchema = z.object({
  lockAfterMinutes: z
    .number({ error: 'Enter the number of minutes' })
    .int({ error: 'Enter a whole number of minutes' })
    .min(1, { error: 'Lock after at least 1 minute' })
    .max(60, { error: 'Lock after at most 60 minutes' }),
  retentionDays: z
    .number({ error: 'Enter the number of days' })
    .int({ error: 'Enter a whole number of days' })
    .min(7, { error: 'Keep closed cases for at least 7 days' })
    .max(3650, { error: 'Keep closed cases for at most 3,650 days' }),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { lockAfterMinutes: 5, retentionDays: 90 };
