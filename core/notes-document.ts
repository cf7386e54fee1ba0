import { format, parseISO } from 'date-fns';
import { attendances, channels, type Attendance, type Channel } from './domain';
import { fileNamePart, paragraph, type Block, type DocumentModel } from './document';
import { markdownBlocks } from './markdown-blocks';

export interface NotesForWorkCoach {
  customerName: string;
  customerReference: string;
  officeName: string;
  practitionerName: string;
  appointments: readonly {
    number: number | null;
    startsAt: string;
    channel: Channel;
    attendance: Attendance;
    workAbilityScore: number | null;
    notes: string;
  }[];
}

/** Each appointment's meeting notes for the Work Coach, with its date, channel, attendance and score. */
export function notesDocument(notes: NotesForWorkCoach): DocumentModel {
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      runs: [
        { text: 'Customer: ', bold: true },
        { text: `${notes.customerName} (${notes.customerReference})` },
      ],
    },
    {
      kind: 'paragraph',
      runs: [
        { text: 'Employment and Health Practitioner: ', bold: true },
        { text: `${notes.practitionerName}, ${notes.officeName}` },
      ],
    },
    ...(notes.appointments.length === 0
      ? [paragraph('No appointments are recorded yet.')]
      : notes.appointments.flatMap((appointment): Block[] => [
          {
            kind: 'heading',
            level: 1,
            text: `${appointment.number ? `Appointment ${appointment.number}` : 'Appointment'}: ${format(parseISO(appointment.startsAt), 'EEEE d MMMM yyyy, HH:mm')}`,
          },
          {
            kind: 'paragraph',
            runs: [
              { text: 'Channel: ', bold: true },
              { text: `${channels.labels[appointment.channel]}. ` },
              { text: 'Attendance: ', bold: true },
              { text: `${attendances.labels[appointment.attendance]}. ` },
              { text: 'Work ability score: ', bold: true },
              {
                text:
                  appointment.workAbilityScore === null
                    ? 'not recorded.'
                    : `${appointment.workAbilityScore} out of 10.`,
              },
            ],
          },
          ...(appointment.notes.trim()
            ? markdownBlocks(appointment.notes)
            : [paragraph('No notes were written for this appointment.')]),
        ])),
  ];
  return {
    title: 'Meeting notes for the Work Coach',
    author: notes.practitionerName,
    fileName: `Meeting-notes-${fileNamePart(notes.customerName)}`,
    blocks,
  };
}
