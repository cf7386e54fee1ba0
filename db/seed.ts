import { addDays, format, isWeekend, min, nextMonday, subDays } from 'date-fns';
import type { Kysely } from 'kysely';
import type { Attendance, CaseStatus, Channel } from '../core/domain';
import type { Outcome } from '../core/outcomes';
import { insertAppointment, updateAttendance } from './appointments';
import { activateCase, insertCase } from './cases';
import { closeCase } from './outcomes';
import { listOffices } from './offices';
import { findCurrentPractitioner, saveCurrentPractitioner } from './practitioners';
import type { Database } from './schema';

const firstNames = [
  'Sharon',
  'Tomasz',
  'Priya',
  'Darren',
  'Aisha',
  'Gareth',
  'Niamh',
  'Kwame',
  'Leanne',
  'Mohammed',
  'Bethan',
  'Craig',
  'Fatima',
  'Lee',
  'Joanne',
  'Rhys',
  'Chloe',
  'Imran',
  'Karen',
  'Dylan',
  'Agnieszka',
  'Paul',
  'Sian',
  'Marcus',
  'Hannah',
  'Stuart',
  'Amira',
  'Wayne',
  'Ffion',
  'Terry',
];
const surnames = [
  'Pearce',
  'Wójcik',
  'Natarajan',
  'Hughes',
  'Khan',
  'Evans',
  'Doherty',
  'Mensah',
  'Walker',
  'Ali',
  'Jones',
  'Robson',
  'Begum',
  'Thompson',
  'Price',
  'Williams',
  'Clarke',
  'Hussain',
  'Lewis',
  'Morgan',
  'Kowalski',
  'Wright',
  'Davies',
  'Campbell',
  'Shaw',
  'Patel',
  'Hall',
  'Griffiths',
  'Ahmed',
  'Turner',
];
const referrers = [
  'Dev Mistry',
  'Grace Obi',
  'Lisa Hartley',
  'Owain Bevan',
  'Sam Foster',
  'Nadia Rahman',
];
const referralNotes = [
  'Lower back pain since a fall at work. Would like to retrain for something less physical.',
  'Anxiety and low mood; finds the jobcentre difficult. Prefers telephone.',
  'Type 2 diabetes and fatigue. Caring for her mother most afternoons.',
  'Long Covid. Worked in retail for 12 years; worried about standing all day.',
  'Recovering from knee surgery. Keen to get back to driving work.',
  'Depression after redundancy. Not left the house much in the last year.',
  '',
];

/** Seeded, so the same command gives the same demo store. */
function randomFrom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  /** Picks by the weights given: the proportions the evaluation found. */
  const weighted = <T extends string>(weights: Record<T, number>): T => {
    const entries = Object.entries(weights) as [T, number][];
    let roll = next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [value, weight] of entries) if ((roll -= weight) < 0) return value;
    return entries[0]![0];
  };
  return { next, pick, weighted };
}

const statusWeights: Record<CaseStatus, number> = {
  referred: 12,
  active: 22,
  completed: 27,
  unsuitable: 16,
  'returned-to-jcp': 22,
  'claim-closed': 1,
};

/** Demo outcomes read like the evaluation's: unsuitable cases say why. */
function closing(caseId: string, outcome: Outcome) {
  return outcome === 'unsuitable'
    ? {
        caseId,
        outcome,
        unsuitableReason: 'far-from-labour-market' as const,
        note: 'Customer and EHP agreed work is not a realistic aim for now',
      }
    : { caseId, outcome, unsuitableReason: null, note: '' };
}
const channelWeights: Record<Channel, number> = {
  telephone: 83,
  'face-to-face': 10,
  'neutral-venue': 3,
  video: 5,
};
const attendanceWeights = { attended: 87, rescheduled: 8, 'failed-to-attend': 5 } satisfies Partial<
  Record<Attendance, number>
>;
const appointmentCounts = { '1': 40, '2': 28, '3': 30, '4': 2 };

/** Fills the store with realistic, varied cases and appointments for demos and benchmarks. */
export async function seedCases(
  db: Kysely<Database>,
  count: number,
  seed = 1,
  today = new Date(),
): Promise<void> {
  const random = randomFrom(seed);
  // Appointments are on weekdays, in office hours.
  const slot = (day: Date) =>
    `${format(isWeekend(day) ? nextMonday(day) : day, 'yyyy-MM-dd')}T${String(9 + Math.floor(random.next() * 7)).padStart(2, '0')}:${random.pick(['00', '30'])}`;
  await db.transaction().execute(async (trx) => {
    const offices = await listOffices(trx);
    let practitioner = await findCurrentPractitioner(trx);
    if (!practitioner) {
      const leeds = offices.find((office) => office.name === 'Leeds JCP') ?? offices[0]!;
      await saveCurrentPractitioner(trx, { name: 'Jo Demo', role: 'ehp', officeId: leeds.id });
      practitioner = (await findCurrentPractitioner(trx))!;
    }
    for (let index = 0; index < count; index++) {
      const referred = subDays(today, 14 + Math.floor(random.next() * 166));
      const status = random.weighted(statusWeights);
      const caseId = await insertCase(
        trx,
        {
          customerName: `${random.pick(firstNames)} ${random.pick(surnames)}`,
          customerReference: `UC-${1000 + Math.floor(random.next() * 9000)}-${1000 + index}`,
          referralDate: format(referred, 'yyyy-MM-dd'),
          referrerName: random.pick(referrers),
          referrerRole: random.next() < 0.8 ? 'work-coach' : 'dea',
          officeId: practitioner.officeId,
          eligibility: {
            onHealthJourney: random.next() > 0.02,
            fitNoteValidUntil:
              random.next() > 0.05
                ? format(addDays(referred, 28 + Math.floor(random.next() * 90)), 'yyyy-MM-dd')
                : null,
            wcaStatus:
              random.next() > 0.06 ? 'not-assessed' : random.pick(['lcw', 'lcwra'] as const),
            unemployed: true,
          },
          preferredChannel: random.weighted(channelWeights),
          referralNotes: random.pick(referralNotes),
        },
        practitioner.id,
      );
      if (status === 'active') await activateCase(trx, caseId);
      else if (status !== 'referred') {
        const closedOn = min([addDays(referred, 40 + Math.floor(random.next() * 30)), today]);
        await closeCase(trx, closing(caseId, status), closedOn);
      }
      const appointments = status === 'referred' ? 1 : Number(random.weighted(appointmentCounts));
      let day = addDays(referred, 3 + Math.floor(random.next() * 10));
      for (let number = 1; number <= appointments; number++) {
        const stillToCome =
          number === appointments && (status === 'active' || status === 'referred');
        // A case in progress has its next appointment in the coming weeks.
        if (stillToCome) day = addDays(today, 1 + Math.floor(random.next() * 20));
        // Nothing is recorded as held in the future.
        else if (day >= today) break;
        const appointment = {
          caseId,
          startsAt: slot(day),
          durationMinutes: 60,
          channel: random.weighted(channelWeights),
          extraReason:
            number === 4 ? 'Customer asked for more time to plan a return to work' : null,
        };
        const id = await insertAppointment(trx, appointment);
        if (!stillToCome) {
          const attendance = random.weighted(attendanceWeights);
          if (attendance === 'rescheduled') {
            // Unable to attend: the replacement a week later is the one held.
            day = addDays(day, 7);
            const replacementId = await insertAppointment(trx, {
              ...appointment,
              startsAt: slot(day),
            });
            await updateAttendance(trx, id, 'rescheduled', replacementId);
            await updateAttendance(trx, replacementId, 'attended');
          } else {
            await updateAttendance(trx, id, attendance);
          }
        }
        day = addDays(day, 7 + Math.floor(random.next() * 14));
      }
    }
  });
}
