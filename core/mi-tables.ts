import { channels } from './domain';
import { shares, type Mi, type MiReport } from './mi';
import { stepsTaken } from './outcomes';

/** One figure as the Reports screen shows it: a count and a percentage for each row. */
export interface MiTable {
  id: string;
  title: string;
  /** What the percentages are of (the base), in words to follow "Base: ". */
  base: string;
  /** The heading of the first column. */
  rowHeading: string;
  rows: { label: string; count: number; percent: number }[];
  total: number;
  /** False when the rounded percentages do not add up to 100: the rounding note goes with it. */
  sumsTo100: boolean;
}

function table<K extends string>(
  id: string,
  title: string,
  rowHeading: string,
  base: string,
  counts: Record<K, number>,
  labels: Record<K, string>,
): MiTable {
  const { total, percent, sumsTo100 } = shares(counts);
  return {
    id,
    title,
    base,
    rowHeading,
    rows: (Object.keys(labels) as K[]).map((key) => ({
      label: labels[key],
      count: counts[key],
      percent: percent[key],
    })),
    total,
    sumsTo100,
  };
}

/** Every figure of the MI, in the order the evaluation report gives them, worded as it words them. */
export function miTables(figures: Mi): MiTable[] {
  const { completed, inProgress, unsuitable, returned, claimClosed } = figures.outcomes;
  const { allStepsTaken, someStepsTaken, noStepsTaken, notYetRecorded } = figures.followUps;
  return [
    table(
      'outcomes',
      'Outcomes of referrals',
      'Outcome',
      'referrals in the period',
      { completed, inProgress, notCompleted: unsuitable + returned + claimClosed },
      {
        completed: 'Completed (plan produced)',
        inProgress: 'Still in progress',
        notCompleted: 'Not completed',
      },
    ),
    table(
      'not-completed',
      'Why referrals were not completed',
      'Reason',
      'referrals not completed',
      { unsuitable, returned, claimClosed },
      {
        unsuitable: 'Unsuitable',
        returned: 'Did not engage (returned to the JCP)',
        claimClosed: 'Universal Credit claim closed',
      },
    ),
    table(
      'attendance',
      'Attendance of appointments',
      'Attendance',
      'appointments no longer scheduled, of the cases referred in the period',
      figures.attendance,
      {
        attended: 'Attended',
        unableToAttend: 'Unable to attend',
        failedToAttend: 'Failed to attend',
      },
    ),
    table(
      'channels',
      'Channel of appointments',
      'Channel',
      'every appointment booked for the cases referred in the period',
      figures.channels,
      {
        telephone: channels.labels.telephone,
        video: channels.labels.video,
        faceToFace: channels.labels['face-to-face'],
        neutralVenue: channels.labels['neutral-venue'],
      },
    ),
    table(
      'appointments-per-case',
      'Appointments attended per completed case',
      'Appointments attended',
      'completed cases',
      figures.appointmentsPerCompletedCase,
      { '1': '1', '2': '2', '3': '3', '4': '4 or more' },
    ),
    table(
      'work-ability',
      'Change in work ability score, first to last appointment',
      'Change',
      'completed cases scored at two or more appointments',
      figures.workAbilityChange,
      { improved: 'Improved', same: 'Stayed the same', deteriorated: 'Fell' },
    ),
    table(
      'follow-ups',
      'Follow-ups due, and the steps the customer had taken',
      'Steps taken',
      'completed cases whose follow-up fell due by the end of the period',
      { allStepsTaken, someStepsTaken, noStepsTaken, notYetRecorded },
      {
        allStepsTaken: stepsTaken.all,
        someStepsTaken: stepsTaken.some,
        noStepsTaken: stepsTaken.none,
        notYetRecorded: 'Follow-up not yet recorded',
      },
    ),
  ];
}

/** Table 3.1's columns for each office, with their total, as rows for a table or a CSV. */
export function officeTable(offices: MiReport['offices']) {
  const rows = offices.map((o) => [o.name, o.referrals, o.completed] as const);
  const total = [
    'Total',
    offices.reduce((sum, o) => sum + o.referrals, 0),
    offices.reduce((sum, o) => sum + o.completed, 0),
  ] as const;
  return {
    headings: ['Office', 'Eligible referrals', 'Completed cases'],
    rows: offices.length > 1 ? [...rows, total] : rows,
  };
}

/** A cell a spreadsheet would run as a formula is prefixed so it stays text. */
const formulaStart = /^[=+\-@\t\r]/;

/** Rows as CSV (RFC 4180): every text cell quoted, quotes doubled, CRLF between rows. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  const cell = (value: string | number) =>
    typeof value === 'number'
      ? String(value)
      : `"${(formulaStart.test(value) ? `'${value}` : value).replaceAll('"', '""')}"`;
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** A figure's table as CSV, with its total. */
export function miTableCsv(figure: MiTable): string {
  return toCsv([
    [figure.rowHeading, 'Number', 'Percentage'],
    ...figure.rows.map((row) => [row.label, row.count, row.percent]),
    ['Total', figure.total, ''],
  ]);
}
