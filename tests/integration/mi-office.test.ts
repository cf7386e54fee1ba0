import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { office, startCentral } from '../support/central';
import { deviceSignedIn } from '../support/devices';
import {
  asServerRecords,
  evaluationDataset,
  evaluationPeriod,
  table31,
} from '../support/evaluation-mi';

describe('a manager’s office figures, from the central API', () => {
  let central: Awaited<ReturnType<typeof startCentral>> | undefined;

  beforeAll(async () => {
    central = await startCentral([
      ['maya', 'manager'],
      ['aisha', 'ehp'],
    ]);
    const rows = asServerRecords(evaluationDataset());
    for (let start = 0; start < rows.length; start += 500) {
      await central.db
        .insertInto('records')
        .values(rows.slice(start, start + 500))
        .execute();
    }
  }, 60_000);
  afterAll(async () => {
    await central?.stop();
  });

  it('gives a signed-in manager their office’s row of Table 3.1 and its figures', async () => {
    const manager = await deviceSignedIn(central!.url, 'maya', 'manager');
    const [, referrals, completed] = table31.find(([name]) => name === office.name)!;
    const report = await manager.call('mi.office', evaluationPeriod);
    expect(report.scope).toBe('office');
    expect(report.offices).toEqual([
      { officeId: office.id, name: office.name, referrals, completed },
    ]);
    expect(report.figures).toMatchObject({
      officeId: office.id,
      referrals,
      outcomes: { completed },
      followUps: { due: completed },
    });

    await manager.call('sync.signOut', {});
    await expect(manager.call('mi.office', evaluationPeriod)).rejects.toMatchObject({
      code: 'not-allowed',
      message: expect.stringMatching(/^Sign in to the central server/),
    });
  });

  it('refuses an EHP, and says so plainly when the server cannot be reached', async () => {
    const ehp = await deviceSignedIn(central!.url, 'aisha');
    await expect(ehp.call('mi.office', evaluationPeriod)).rejects.toMatchObject({
      code: 'not-allowed',
      message: 'Only a manager sees the figures of their office.',
    });
    const manager = await deviceSignedIn(central!.url, 'maya', 'manager');
    await central!.stop();
    central = undefined;
    await expect(manager.call('mi.office', evaluationPeriod)).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/^The central server cannot be reached/),
    });
  });
});
