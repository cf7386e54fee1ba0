import { findCurrentPractitioner } from '../../db/practitioners';
import type { Store } from '../../db/store';
import { applyServerRecord, directLookup, whileApplying } from '../../db/server-records';
import { inTransaction } from '../../db/transaction';
import pilotOffices from '../../db/migrations/pilot-offices.json' with { type: 'json' };
import { appOver } from './app';
import { evaluationDataset } from './evaluation-mi';

/**
 * The evaluation's data set as one EHP's caseload on a device (as if one EHP
 * had covered all 13 JCPs), written as records pulled from the server are.
 */
export async function storeEvaluationCaseload(store: Store) {
  const hull = pilotOffices.find((office) => office.name === 'Hull JCP')!;
  await appOver(store).call('practitioner.save', {
    name: 'Aisha Khan',
    role: 'ehp',
    officeId: hull.id,
  });
  const practitionerId = (await findCurrentPractitioner(store.db))!.id;
  const { cases, appointments, followUps } = evaluationDataset();
  await inTransaction(store.db, (trx) =>
    whileApplying(trx, async () => {
      const lookup = directLookup(trx);
      const put = (table: string, id: string, fields: Record<string, unknown>) =>
        applyServerRecord(trx, lookup, { table, id, rev: 1, fields, deleted: false });
      for (const { id, ...fields } of cases) {
        await put('cases', id, {
          ...fields,
          customerName: 'A customer',
          customerRef: id,
          practitionerId,
        });
      }
      for (const [index, appointment] of appointments.entries()) {
        await put('appointments', `appointment-${index}`, { ...appointment, number: 1 });
      }
      for (const followUp of followUps) {
        await put('follow_ups', `follow-up-${followUp.caseId}`, {
          ...followUp,
          workAbilityScore: 5,
          note: '',
          recordedAt: '2024-11-01T10:00:00.000Z',
        });
      }
    }),
  );
}
