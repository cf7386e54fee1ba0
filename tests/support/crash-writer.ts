import { openStore } from '../../db/store';
import { createDispatch } from '../../main/dispatch';
import { createHandlers } from '../../main/handlers';
import { Session } from '../../main/session';
import { referral } from './referrals';

/**
 * Writes cases and appointments through main's handlers until it is killed,
 * printing each id once its transaction has committed. Run by crash.test.ts.
 */
async function main(): Promise<void> {
  const [dataDir, keyHex] = process.argv.slice(2) as [string, string];
  const store = await openStore(dataDir, { key: Buffer.from(keyHex, 'hex') });
  const dispatch = createDispatch(createHandlers(Session.over(store, dataDir)), (error) => {
    console.error(error);
    process.exit(1);
  });
  const call = async (name: string, input: unknown) => {
    const envelope = await dispatch(name, input);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.value as { id: string; appointments: { id: string }[] };
  };
  const offices = (await dispatch('offices.list', {})) as { ok: true; value: { id: string }[] };
  const officeId = offices.value[0]!.id;
  await call('practitioner.save', { name: 'Crash Test', role: 'ehp', officeId });
  process.stdout.write('ready\n');
  for (let index = 0; ; index++) {
    const created = await call(
      'cases.create',
      referral(officeId, {
        customerName: `Customer ${process.pid}-${index}`,
        customerReference: `UC-${process.pid}-${index}`,
      }),
    );
    process.stdout.write(`case ${created.id}\n`);
    const scheduled = await call('appointments.schedule', {
      caseId: created.id,
      startsAt: '2026-12-01T10:00',
      durationMinutes: 60,
      channel: 'telephone',
      extraReason: '',
    });
    process.stdout.write(`appointment ${scheduled.appointments[0]!.id}\n`);
  }
}

void main();
