import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mi } from '../../core/mi';
import {
  asServerRecords,
  evaluationDataset,
  evaluationFigures,
  evaluationPeriod,
  table31,
} from '../support/evaluation-mi';
import { serverDatabases, type TestDatabase } from './databases';
import { hull, serverWithPeople } from './people';

/** The evaluation's cases and appointments as the server holds records, written straight in. */
async function storeDataset(database: TestDatabase) {
  const records = evaluationDataset();
  const rows = asServerRecords(records);
  for (let start = 0; start < rows.length; start += 500) {
    await database.db
      .insertInto('records')
      .values(rows.slice(start, start + 500))
      .execute();
  }
  return [...new Set(records.cases.map((c) => c.officeId))];
}

describe.each(serverDatabases)('GET /v1/mi on the evaluation’s data, on $name', ({ open }) => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof serverWithPeople>>['app'];
  let token: string;
  let offices: string[];

  beforeAll(async () => {
    database = await open();
    let tokens: Record<string, string>;
    ({ app, tokens } = await serverWithPeople(database.db, [['evaluator', 'admin', hull]]));
    token = tokens.evaluator!;
    offices = await storeDataset(database);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('gives each office Table 3.1’s figures, and together every published count', async () => {
    const figures: Mi[] = [];
    for (const officeId of offices) {
      const query = new URLSearchParams({ officeId, ...evaluationPeriod });
      const response = await app.inject({
        method: 'GET',
        url: `/v1/mi?${query}`,
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.statusCode, response.body).toBe(200);
      figures.push(response.json<Mi>());
    }
    expect(figures.map((mi) => [mi.referrals, mi.outcomes.completed])).toEqual(
      table31.map(([, referrals, completed]) => [referrals, completed]),
    );
    // Every count of the report is the sum of the offices' counts.
    const sum = (pick: (mi: Mi) => Record<string, number>) =>
      Object.fromEntries(
        Object.keys(pick(figures[0]!)).map((key) => [
          key,
          figures.reduce((total, mi) => total + pick(mi)[key]!, 0),
        ]),
      );
    expect({
      referrals: figures.reduce((total, mi) => total + mi.referrals, 0),
      outcomes: sum((mi) => mi.outcomes),
      attendance: sum((mi) => mi.attendance),
      appointmentsPerCompletedCase: sum((mi) => mi.appointmentsPerCompletedCase),
      workAbilityChange: sum((mi) => mi.workAbilityChange),
      channels: sum((mi) => mi.channels),
      followUps: sum((mi) => mi.followUps),
    }).toEqual(evaluationFigures);
  });
});
