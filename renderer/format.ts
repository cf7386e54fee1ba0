import { format, formatISO, parseISO } from 'date-fns';

export function formatDate(isoDate: string): string {
  return format(parseISO(isoDate), 'd MMM yyyy');
}

export function formatDateTime(localDateTime: string): string {
  return format(parseISO(localDateTime), "EEE d MMM yyyy 'at' HH:mm");
}

/** Today's date on this machine's calendar: 2026-11-25. */
export function today(): string {
  return formatISO(new Date(), { representation: 'date' });
}
