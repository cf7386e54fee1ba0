import { format, parseISO } from 'date-fns';

export function formatDate(isoDate: string): string {
  return format(parseISO(isoDate), 'd MMM yyyy');
}

export function formatDateTime(localDateTime: string): string {
  return format(parseISO(localDateTime), "EEE d MMM yyyy 'at' HH:mm");
}
