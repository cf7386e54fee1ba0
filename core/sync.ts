import { z } from 'zod';
import { nations, roles } from './domain';

/**
 * The central API's wire formats (../shared/SYNC.md), one source for the
 * server's validation, its OpenAPI description and the app's client.
 */
export const serverRoles = z.enum([...roles.values, 'referrer', 'admin']);
export type ServerRole = z.infer<typeof serverRoles>;

export const tokenRequestSchema = z.object({
  username: z.string().trim().min(1, { error: 'Enter the username' }).max(100),
  password: z.string().min(1, { error: 'Enter the password' }).max(200),
});

export const tokenResponseSchema = z.object({
  token: z.string(),
  expiresAt: z.string(),
  practitioner: z.object({
    id: z.string(),
    name: z.string(),
    role: serverRoles,
    officeId: z.string().nullable(),
  }),
});

/** RFC 9457 problem details, as every error leaves the server. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

export const officeInputSchema = z.object({
  id: z.uuid({ error: 'Give the office id as a UUID' }),
  name: z.string().trim().min(1, { error: 'Give the office a name' }).max(100),
  nation: nations.schema,
});

export const userInputSchema = z.object({
  username: z.string().regex(/^[a-z0-9._-]{3,40}$/, {
    error: 'A username is 3 to 40 lower-case letters, digits, dots, dashes',
  }),
  password: z.string().min(12, { error: 'A password has at least 12 characters' }).max(200),
  role: serverRoles,
  officeId: z.uuid({ error: 'Give the office id as a UUID' }).nullable(),
  name: z.string().trim().min(1, { error: 'Give the person’s full name' }).max(100),
});
