import { z } from 'zod';
import discussion from './data/discussion.json' with { type: 'json' };

/** Wording and prompts are data, so clinical governance can change them without a release. */
export const workAbilityQuestion: string = discussion.workAbilityQuestion;
export const expectationPoints: readonly { id: string; text: string }[] =
  discussion.expectationPoints;

export const workAbilityScoreSchema = z
  .number({ error: 'Choose a score from 0 to 10' })
  .int({ error: 'Choose a whole number from 0 to 10' })
  .min(0, { error: 'Choose a score from 0 to 10' })
  .max(10, { error: 'Choose a score from 0 to 10' });

export const appointmentRecordSchema = z.object({
  workAbilityScore: workAbilityScoreSchema.nullable(),
  expectationsCovered: z
    .array(z.enum(expectationPoints.map((point) => point.id) as [string, ...string[]]))
    .max(expectationPoints.length),
  notes: z.string().max(20_000, { error: 'Keep the notes to 20,000 characters or fewer' }),
});
export type AppointmentRecord = z.infer<typeof appointmentRecordSchema>;

/** An autosave sends only what changed. */
export const saveAppointmentRecordSchema = appointmentRecordSchema.partial().extend({
  appointmentId: z.uuid({ error: 'Choose an appointment that exists' }),
});

export const appointmentSessionSchema = z.object({
  caseId: z.uuid(),
  customerName: z.string(),
  customerReference: z.string(),
  appointmentId: z.uuid(),
  number: z.number().int().nullable(),
  startsAt: z.string(),
  durationMinutes: z.number().int(),
  channel: z.string(),
  record: appointmentRecordSchema,
  /** The customer's earlier appointments that were held, scored or not, oldest first. */
  earlierAttended: z.array(
    z.object({ number: z.number().int(), workAbilityScore: z.number().int().nullable() }),
  ),
  /** Scores given at this customer's earlier appointments, oldest first. */
  earlierScores: z.array(
    z.object({ number: z.number().int(), startsAt: z.string(), score: z.number().int() }),
  ),
});
export type AppointmentSession = z.infer<typeof appointmentSessionSchema>;
