import { z } from 'zod';
import {
  attendances,
  caseStatuses,
  channels,
  nations,
  referrerRoles,
  roles,
  wcaStatuses,
} from './domain';
import { isoDate, localDateTime } from './dates';
import { outcomeSchema } from './outcomes';

const id = z.uuid({ error: 'Choose a record that exists' });
const text = (max: number, message: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(max, {
      error: `Keep this to ${max} characters or fewer`,
    });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Keep this to ${max} characters or fewer` });

/** Every synced row carries these (SYNC.md). */
const syncedRow = { id: z.uuid(), rev: z.number().int(), updatedAt: z.string() };

export const officeSchema = z.object({
  ...syncedRow,
  name: z.string(),
  nation: nations.schema,
});
export type Office = z.infer<typeof officeSchema>;

export const newOfficeSchema = z.object({
  name: text(80, 'Enter the name of the JCP office'),
  nation: z.enum(nations.values, { error: 'Choose whether the office is in England or Wales' }),
});

export const practitionerSchema = z.object({
  ...syncedRow,
  name: z.string(),
  role: roles.schema,
  officeId: z.uuid(),
  officeName: z.string(),
});
export type Practitioner = z.infer<typeof practitionerSchema>;

export const practitionerInputSchema = z.object({
  name: text(80, 'Enter your name'),
  role: z.enum(roles.values, { error: 'Choose your role' }),
  officeId: z.uuid({ error: 'Choose your JCP office' }),
});
export type PractitionerInput = z.input<typeof practitionerInputSchema>;

export const eligibilitySchema = z.object({
  onHealthJourney: z.boolean({ error: 'Say whether the customer is on the UC Health Journey' }),
  fitNoteValidUntil: isoDate('Enter the date the fit note is valid until').nullable(),
  wcaStatus: wcaStatuses.schema,
  unemployed: z.boolean({ error: 'Say whether the customer is unemployed' }),
});
export type Eligibility = z.infer<typeof eligibilitySchema>;

export const referralSchema = z.object({
  customerName: text(100, "Enter the customer's name"),
  customerReference: text(40, "Enter the customer's reference"),
  referralDate: isoDate('Enter the referral date as a real date'),
  referrerName: text(100, "Enter the referrer's name"),
  referrerRole: z.enum(referrerRoles.values, { error: "Choose the referrer's role" }),
  officeId: z.uuid({ error: 'Choose the JCP office' }),
  eligibility: eligibilitySchema,
  preferredChannel: z.enum(channels.values, {
    error: 'Choose how the customer would prefer to meet',
  }),
  referralNotes: optionalText(4000),
});
export type Referral = z.input<typeof referralSchema>;

export const caseSummarySchema = z.object({
  id: z.uuid(),
  customerName: z.string(),
  customerReference: z.string(),
  status: caseStatuses.schema,
  referralDate: z.string(),
  nextAppointment: z.string().nullable(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const appointmentSchema = z.object({
  ...syncedRow,
  caseId: z.uuid(),
  /** 1, 2, 3... among appointments held or booked; null for those that did not happen. */
  number: z.number().int().nullable(),
  startsAt: z.string(),
  durationMinutes: z.number().int(),
  channel: channels.schema,
  attendance: attendances.schema,
  extraReason: z.string().nullable(),
  rescheduledToId: z.uuid().nullable(),
});
export type Appointment = z.infer<typeof appointmentSchema>;

export const caseDetailSchema = z.object({
  ...syncedRow,
  customerName: z.string(),
  customerReference: z.string(),
  referralDate: z.string(),
  referrerName: z.string(),
  referrerRole: referrerRoles.schema,
  office: officeSchema,
  eligibility: eligibilitySchema,
  preferredChannel: channels.schema,
  referralNotes: z.string(),
  status: caseStatuses.schema,
  appointments: z.array(appointmentSchema),
  outcome: outcomeSchema.nullable(),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const caseloadQuerySchema = z.object({
  status: caseStatuses.schema.nullable().default(null),
  search: z.string().trim().max(100).default(''),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
});
export type CaseloadQuery = z.input<typeof caseloadQuerySchema>;

export const caseloadPageSchema = z.object({
  cases: z.array(caseSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type CaseloadPage = z.infer<typeof caseloadPageSchema>;

export const scheduleAppointmentSchema = z.object({
  caseId: id,
  startsAt: localDateTime('Enter the date and time of the appointment'),
  durationMinutes: z
    .number({ error: 'Enter the length in minutes' })
    .int({ error: 'Enter the length in whole minutes' })
    .min(15, { error: 'An appointment is at least 15 minutes' })
    .max(180, { error: 'An appointment is at most 180 minutes' }),
  channel: z.enum(channels.values, { error: 'Choose how the appointment will take place' }),
  extraReason: optionalText(500),
});
export type ScheduleAppointment = z.input<typeof scheduleAppointmentSchema>;

export const recordAttendanceSchema = z.object({
  appointmentId: id,
  attendance: z.enum(['attended', 'failed-to-attend', 'cancelled'], {
    error: 'Choose what happened at the appointment',
  }),
});

export const rescheduleAppointmentSchema = z.object({
  appointmentId: id,
  startsAt: localDateTime('Enter the new date and time'),
});
