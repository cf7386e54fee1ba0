import { z } from 'zod';
import { isMatch } from 'date-fns';

/** A calendar date, as typed into a date field: 2026-11-25. */
export const isoDate = (message: string) =>
  z.string({ error: message }).refine((value) => isMatch(value, 'yyyy-MM-dd'), { message });

/** A local date and time at the office, without a zone: 2026-11-25T14:30. */
export const localDateTime = (message: string) =>
  z.string({ error: message }).refine((value) => isMatch(value, "yyyy-MM-dd'T'HH:mm"), { message });
