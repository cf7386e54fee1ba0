import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { office, startCentral } from '../support/central';
import { deviceSignedIn } from '../support/devices';
import { referral } from '../support/referrals';

describe('a device with more to send than one push may carry', () => {
  let central: Awaited<ReturnType<typeof startCentral>>;

  beforeAll(async () => {
    central = await startCentral([['aisha', 'ehp']]);
  }, 60_000);
  afterAll(async () => {
    await central?.stop();
  });

  it('sends it in pushes the server takes, long notes and all', async () => {
    const app = await deviceSignedIn(central.url, 'aisha');
    // 600 referrals with 4,000 characters of notes: 2.4 MB, over the server's 2 MiB limit.
    const notes = 'Back pain since a fall at work; keen to talk about retraining. '.repeat(64);
    for (let index = 0; index < 600; index++) {
      await app.call(
        'cases.create',
        referral(office.id, {
          customerReference: `UC-${index}`,
          referralNotes: notes.slice(0, 4000),
        }),
      );
    }
    const status = await app.call('sync.now', {});
    expect(status).toMatchObject({ state: 'synced', waiting: 0, refused: [] });
    const onServer = await central.db
      .selectFrom('records')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('entity', '=', 'case')
      .executeTakeFirstOrThrow();
    expect(Number(onServer.count)).toBe(600);
  }, 120_000);
});
