import { addDays, formatISO } from 'date-fns';
import type { Mi, MiAppointment, MiCase, MiFollowUp, MiRecords } from '../../core/mi';
import type { ServerDatabase } from '../../server/schema';
import pilotOffices from '../../db/migrations/pilot-offices.json' with { type: 'json' };

/**
 * The evaluation report's MI (../shared/domain/ehd-evaluation-report-2025.txt),
 * as a data set whose true figures are the published ones: Table 3.1's
 * eligible referrals and completed cases for each of the 13 JCPs, and the
 * outcome, attendance, appointment, work ability and channel figures.
 */
export const table31: readonly (readonly [office: string, referrals: number, completed: number])[] =
  [
    ['Aberdare JCP', 86, 26],
    ['Bradford JCP', 112, 38],
    ['Chelmsford JCP', 39, 9],
    ['Doncaster JCP', 96, 27],
    ['Durham JCP', 96, 24],
    ['Hull JCP', 182, 51],
    ['Lancaster JCP', 79, 22],
    ['Leeds JCP', 73, 18],
    ['Newcastle JCP', 115, 36],
    ['Norwich JCP', 71, 26],
    ['Sunderland JCP', 68, 11],
    ['Wigan JCP', 126, 34],
    ['York JCP', 76, 11],
  ];

export const evaluationPeriod = { from: '2024-07-08', to: '2024-11-05' };

/**
 * The published counts. Where the report gives only percentages, the counts
 * are those that round to them on its base: attendance 87 / 8 / 5% of 748
 * (650 attended, as the appointments per completed case add up to), work
 * ability 60 / 33 / 7% of 201, and the channel mix 83 / 10 / 3 / 5% of every
 * appointment booked (the report gives no base; here, 1,157). The report
 * publishes no follow-up figures; those are the data set's own.
 */
export const evaluationFigures: Omit<Mi, 'officeId' | 'from' | 'to'> = {
  referrals: 1219,
  outcomes: { completed: 333, inProgress: 409, unsuitable: 199, returned: 270, claimClosed: 8 },
  attendance: { attended: 650, unableToAttend: 60, failedToAttend: 38 },
  appointmentsPerCompletedCase: { '1': 132, '2': 93, '3': 100, '4': 8 },
  workAbilityChange: { improved: 121, same: 66, deteriorated: 14 },
  channels: { telephone: 960, video: 55, faceToFace: 112, neutralVenue: 30 },
  followUps: {
    due: 333,
    allStepsTaken: 118,
    someStepsTaken: 131,
    noStepsTaken: 47,
    notYetRecorded: 37,
  },
};

const officeId = (name: string) => pilotOffices.find((office) => office.name === name)!.id;
const day = (offset: number) =>
  formatISO(addDays(new Date(`${evaluationPeriod.from}T00:00:00Z`), offset), {
    representation: 'date',
  });

/** n items of each kind, in order: [['a', 2], ['b', 1]] gives a, a, b. */
const runs = <T>(counts: readonly (readonly [T, number])[]): T[] =>
  counts.flatMap(([value, n]) => Array.from({ length: n }, () => value));

/**
 * The data set: every case of Table 3.1 referred within the evaluation
 * period, with its appointments. Completed cases are the first of each
 * office's; the other outcomes, the appointments held, the missed ones, the
 * scores and the channels are dealt out in turn across the offices.
 */
export function evaluationDataset(): MiRecords & { cases: MiCase[] } {
  const figures = evaluationFigures;
  const cases: MiCase[] = [];
  for (const [office, referrals, completed] of table31) {
    for (let index = 0; index < referrals; index++) {
      cases.push({
        id: `${officeId(office)}-${String(index).padStart(3, '0')}`,
        officeId: officeId(office),
        referralDate: day(index % 120),
        status: index < completed ? 'completed' : 'referred',
        // Six weeks on from the last appointment, before the period ends.
        followUpDue: index < completed ? day((index % 120) + 70) : null,
      });
    }
  }
  const others = runs<MiCase['status']>([
    ['active', figures.outcomes.inProgress],
    ['unsuitable', figures.outcomes.unsuitable],
    ['returned', figures.outcomes.returned],
    ['claim_closed', figures.outcomes.claimClosed],
  ]);
  const completed = cases.filter((c) => c.status === 'completed');
  cases.filter((c) => c.status !== 'completed').forEach((c, index) => (c.status = others[index]!));

  const held = runs([
    [1, figures.appointmentsPerCompletedCase['1']],
    [2, figures.appointmentsPerCompletedCase['2']],
    [3, figures.appointmentsPerCompletedCase['3']],
    [4, figures.appointmentsPerCompletedCase['4']],
  ]);
  // First and last scores of the cases with two or more held, in that order.
  const change = runs<[number, number]>([
    [[3, 6], figures.workAbilityChange.improved],
    [[5, 5], figures.workAbilityChange.same],
    [[6, 4], figures.workAbilityChange.deteriorated],
  ]);
  const missed = runs<MiAppointment['attendance']>([
    ['unable_to_attend', figures.attendance.unableToAttend],
    ['failed_to_attend', figures.attendance.failedToAttend],
  ]);
  const booked: Omit<MiAppointment, 'channel'>[] = [];
  let changed = 0;
  completed.forEach((c, index) => {
    const attended = held[index]!;
    const [first, last] = attended > 1 ? change[changed++]! : [4, 4];
    const at = (n: number) => `${day(n * 7)}T10:00:00.000+01:00`;
    for (let n = 0; n < attended; n++) {
      const score = n === 0 ? first : n === attended - 1 ? last : first;
      booked.push({
        caseId: c.id,
        startsAt: at(n),
        attendance: 'attended',
        workAbilityScore: score,
      });
    }
    if (missed[index]) {
      booked.push({
        caseId: c.id,
        startsAt: at(attended),
        attendance: missed[index],
        workAbilityScore: null,
      });
    }
  });
  // Cases still in progress have their next appointment booked.
  for (const c of cases.filter((c) => c.status === 'active')) {
    booked.push({
      caseId: c.id,
      startsAt: `${day(130)}T10:00:00.000+00:00`,
      attendance: 'scheduled',
      workAbilityScore: null,
    });
  }
  const channels = runs<MiAppointment['channel']>([
    ['telephone', figures.channels.telephone],
    ['face_to_face', figures.channels.faceToFace],
    ['neutral_venue', figures.channels.neutralVenue],
    ['video', figures.channels.video],
  ]);
  if (channels.length !== booked.length) {
    throw new Error(
      `The channel mix covers ${channels.length} appointments, not ${booked.length}.`,
    );
  }
  const appointments: MiAppointment[] = booked.map((a, index) => ({
    ...a,
    channel: channels[index]!,
  }));
  const found = runs<MiFollowUp['stepsTaken']>([
    ['all', figures.followUps.allStepsTaken],
    ['some', figures.followUps.someStepsTaken],
    ['none', figures.followUps.noStepsTaken],
  ]);
  const followUps = found.map((stepsTaken, index) => ({
    caseId: completed[index]!.id,
    stepsTaken,
  }));
  return { cases, appointments, followUps };
}

/** The records as the central API keeps them, each under its case's office. */
export function asServerRecords({
  cases,
  appointments,
  followUps,
}: MiRecords): ServerDatabase['records'][] {
  const officeOf = new Map(cases.map((c) => [c.id, c.officeId]));
  const record = (entity: string, id: string, caseId: string, fields: object) => ({
    entity,
    id,
    rev: 1,
    deleted: 0,
    updated_at: '2024-11-05T17:00:00.000Z',
    updated_by: null,
    case_id: caseId,
    owner_id: null,
    office_id: officeOf.get(caseId)!,
    fields: JSON.stringify(fields),
    field_revs: '{}',
  });
  return [
    ...cases.map(({ id, officeId, referralDate, status, followUpDue }) =>
      record('case', id, id, {
        officeId,
        customerName: 'A customer',
        customerRef: id,
        referralDate,
        status,
        followUpDue,
      }),
    ),
    ...appointments.map((appointment, index) =>
      record('appointment', `appointment-${index}`, appointment.caseId, { ...appointment }),
    ),
    ...followUps.map((followUp) =>
      record('follow_up', `follow-up-${followUp.caseId}`, followUp.caseId, { ...followUp }),
    ),
  ];
}
