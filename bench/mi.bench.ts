import { miFigures, miSchema, type MiRecords } from '../core/mi';
import { centralDatabase, office, password } from '../tests/support/central';
import {
  asServerRecords,
  evaluationDataset,
  evaluationPeriod,
} from '../tests/support/evaluation-mi';
import { startServer } from '../tests/support/server-process';
import { CentralApi } from '../main/sync/central-api';
import { median, type Figures } from './figures';

const caseCount = 100_000;
const runs = 5;

/** The evaluation's data set again and again, to 100,000 cases, all of one office. */
function largeDataset(): MiRecords {
  const cases: MiRecords['cases'][number][] = [];
  const appointments: MiRecords['appointments'][number][] = [];
  const followUps: MiRecords['followUps'][number][] = [];
  for (let copy = 0; cases.length < caseCount; copy++) {
    const one = evaluationDataset();
    const kept = new Set<string>();
    for (const c of one.cases) {
      if (cases.length === caseCount) break;
      kept.add(c.id);
      cases.push({ ...c, id: `${c.id}-${copy}`, officeId: office.id });
    }
    for (const a of one.appointments) {
      if (kept.has(a.caseId)) appointments.push({ ...a, caseId: `${a.caseId}-${copy}` });
    }
    for (const f of one.followUps) {
      if (kept.has(f.caseId)) followUps.push({ ...f, caseId: `${f.caseId}-${copy}` });
    }
  }
  return { cases, appointments, followUps };
}

async function timed<T>(work: () => Promise<T> | T): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [performance.now() - started, result];
}

/**
 * Every MI figure for 100,000 cases: by the core function alone, and through
 * `GET /v1/mi` on PostgreSQL (the server reading the office's records and
 * running the same function).
 */
export async function run(): Promise<Figures> {
  const records = largeDataset();
  const period = { officeId: office.id, ...evaluationPeriod };
  const core: number[] = [];
  for (let index = -1; index < runs; index++) {
    const [ms] = await timed(() => miFigures(period, records));
    if (index >= 0) core.push(ms);
  }

  const database = await centralDatabase([['evaluator', 'admin']]);
  const rows = asServerRecords(records);
  for (let start = 0; start < rows.length; start += 1000) {
    await database.db
      .insertInto('records')
      .values(rows.slice(start, start + 1000))
      .execute();
  }
  const server = await startServer({
    DATABASE_URL: database.env.DATABASE_URL!,
    DATA_DIR: database.env.DATA_DIR,
    LOG_LEVEL: 'warn',
  });
  try {
    const { token } = await new CentralApi(server.url).signIn('evaluator', password);
    const url = `${server.url}/v1/mi?${new URLSearchParams(period)}`;
    const api: number[] = [];
    let referrals = 0;
    for (let index = -1; index < runs; index++) {
      const [ms, mi] = await timed(async () =>
        miSchema.parse(
          await (await fetch(url, { headers: { authorization: `Bearer ${token}` } })).json(),
        ),
      );
      referrals = mi.referrals;
      if (index >= 0) api.push(ms);
    }
    if (referrals !== caseCount)
      throw new Error(`/v1/mi counted ${referrals} referrals, not ${caseCount}.`);
    return {
      cases: { value: caseCount, unit: 'cases' },
      appointments: { value: records.appointments.length, unit: 'appointments' },
      'core, all figures': { value: Number(median(core).toFixed(1)), unit: 'ms (median of 5)' },
      'GET /v1/mi on PostgreSQL': {
        value: Number(median(api).toFixed(1)),
        unit: 'ms (median of 5)',
      },
    };
  } finally {
    await server.stop();
    await database.drop();
  }
}
