import { z } from 'zod';

export const sessionStatusSchema = z.object({
  state: z.enum(['needs-passphrase', 'locked', 'unlocked']),
  /** A store from before encryption, to be encrypted with the passphrase set now. */
  existingStore: z.boolean(),
  /** Seconds until another unlock attempt is taken, after wrong passphrases. */
  retryInSeconds: z.number().int(),
});
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

export const minimumPassphraseLength = 12;

export const newPassphraseSchema = z
  .object({
    passphrase: z
      .string({ error: 'Enter a passphrase' })
      .min(minimumPassphraseLength, {
        error: `Use at least ${minimumPassphraseLength} characters: three or four random words work well`,
      })
      .max(200, { error: 'Use 200 characters or fewer' })
      .refine((value) => new Set(value).size >= 5, {
        error: 'Use a passphrase that is harder to guess: three or four random words work well',
      }),
    confirmation: z.string({ error: 'Enter the passphrase again' }),
  })
  .refine((value) => value.passphrase === value.confirmation, {
    error: 'The passphrases do not match',
    path: ['confirmation'],
  });

export const unlockSchema = z.object({
  passphrase: z
    .string({ error: 'Enter your passphrase' })
    .min(1, { error: 'Enter your passphrase' })
    .max(200),
});
