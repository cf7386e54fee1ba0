import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { openStore, type Store } from '../db/store';
import { readConnection, saveConnection } from '../db/sync-state';
import { syncedTables } from '../db/synced-records';
import { CentralApi } from '../main/sync/central-api';
import { exchange, pushAll } from '../main/sync/engine';
import type { ServerDatabase } from '../server/schema';
import { appOver } from '../tests/support/app';
import { centralDatabase, office, password } from '../tests/support/central';
import { referral } from '../tests/support/referrals';
import { startServer } from '../tests/support/server-process';
import { median, type Figures } from './figures';

const casesToPull = 1000;
/** Each case brings an appointment, three goals, three obstacles and two steps: ten records. */
const recordsPerCase = 10;
const runs = 3;
const pushed = 1000;
const connections = 50;
const seconds = 10;

/** The server's records for an EHP's caseload, written straight into its tables. */
async function seedCaseload(db: Kysely<ServerDatabase>, ownerId: string) {
  const now = new Date().toISOString();
  const rows: ServerDatabase['records'][] = [];
  const add = (entity: string, id: string, caseId: string, fields: object) =>
    rows.push({
      entity,
      id,
      rev: 1,
      deleted: 0,
      updated_at: now,
      updated_by: ownerId,
      case_id: caseId,
      owner_id: ownerId,
      office_id: office.id,
      fields: JSON.stringify(fields),
      field_revs: JSON.stringify(Object.fromEntries(Object.keys(fields).map((key) => [key, 1]))),
    });
  for (let index = 0; index < casesToPull; index++) {
    const caseId = uuidv7();
    add('case', caseId, caseId, {
      officeId: office.id,
      customerName: `Customer ${index}`,
      customerRef: `UC-${String(index).padStart(6, '0')}`,
      referralDate: '2026-11-02',
      status: 'active',
      practitionerId: ownerId,
    });
    add('appointment', uuidv7(), caseId, {
      caseId,
      number: 1,
      startsAt: '2026-11-20T10:00:00.000+00:00',
      channel: 'telephone',
      attendance: 'attended',
      workAbilityScore: 4,
      notes: 'Talked about what a good day looks like and what gets in the way. '.repeat(8),
    });
    for (const lens of ['past', 'present', 'future']) {
      add('goal', uuidv7(), caseId, { caseId, lens, text: `A ${lens} goal`, workRelated: true });
    }
    const obstacles = ['health', 'personal', 'work'].map((heading) => {
      const id = uuidv7();
      add('obstacle', id, caseId, { caseId, heading, text: `Something ${heading} in the way` });
      return id;
    });
    for (const obstacleId of obstacles.slice(0, 2)) {
      add('step', uuidv7(), caseId, {
        caseId,
        obstacleId,
        text: 'Call the service and ask about an appointment',
        type: 'signpost',
        who: 'You',
        byWhen: '2026-12-15',
        libraryItemId: null,
      });
    }
  }
  if (rows.length !== casesToPull * recordsPerCase) {
    throw new Error('The caseload is not the size described.');
  }
  const { value } = await db.selectFrom('change_counter').select('value').executeTakeFirstOrThrow();
  const first = Number(value) + 1;
  for (let start = 0; start < rows.length; start += 500) {
    const chunk = rows.slice(start, start + 500);
    await db.insertInto('records').values(chunk).execute();
    await db
      .insertInto('changes')
      .values(
        chunk.map((row, offset) => ({
          seq: first + start + offset,
          entity: row.entity,
          id: row.id,
        })),
      )
      .execute();
  }
  await db
    .updateTable('change_counter')
    .set({ value: first + rows.length - 1 })
    .execute();
  return rows.length;
}

/** A new encrypted store, its EHP linked to the server's. */
async function linkedStore(url: string, username: string) {
  const dir = mkdtempSync(join(tmpdir(), 'workability-bench-sync-'));
  const store = await openStore(dir, { key: Buffer.alloc(32, 7) });
  const app = appOver(store);
  await app.call('practitioner.save', { name: username, role: 'ehp', officeId: office.id });
  const answer = await new CentralApi(url).signIn(username, password);
  await saveConnection(store.db, { serverUrl: url, ...answer });
  const connection = (await readConnection(store.db))!;
  return {
    store,
    app,
    connection,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The same rows straight into a fresh store's tables in one transaction: the floor for a pull. */
async function bulkInsert(from: Store): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'workability-bench-bulk-'));
  const store = await openStore(dir, { key: Buffer.alloc(32, 7) });
  try {
    const tables = ['offices', 'practitioners', ...syncedTables.map((synced) => synced.table)];
    const rows = tables.map((table) => ({
      table,
      rows: from.sqlite.prepare(`select * from ${table} where rev > 0`).all() as Record<
        string,
        unknown
      >[],
    }));
    const started = performance.now();
    store.sqlite.transaction(() => {
      store.sqlite.prepare('update sync_control set applying = 1').run();
      for (const { table, rows: each } of rows) {
        if (each.length === 0) continue;
        const columns = Object.keys(each[0]!);
        const insert = store.sqlite.prepare(
          `insert or replace into ${table} (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`,
        );
        for (const row of each) insert.run(row);
      }
      store.sqlite.prepare('update sync_control set applying = 0').run();
    })();
    return performance.now() - started;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function load(options: autocannon.Options) {
  const result = await autocannon({ connections, duration: seconds, ...options });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(
      `${result.non2xx} answers were not 2xx and ${result.errors} failed: the figures would not be honest.`,
    );
  }
  return result;
}

/**
 * Sync on loopback against PostgreSQL: a first pull of 10,000 records into an
 * empty store (against a bulk insert of the same rows as the limit), a push
 * of 1,000 edits, and the server's pull and push under 50 concurrent clients.
 */
export async function run(): Promise<Figures> {
  const database = await centralDatabase([
    ['aisha', 'ehp'],
    ['ben', 'ehp'],
  ]);
  const ids = await database.db.selectFrom('users').select(['id', 'username']).execute();
  const aisha = ids.find((user) => user.username === 'aisha')!.id;
  const records = await seedCaseload(database.db, aisha);
  const server = await startServer({
    DATABASE_URL: database.env.DATABASE_URL!,
    DATA_DIR: database.env.DATA_DIR,
    REQUESTS_PER_MINUTE: String(10_000_000),
    LOG_LEVEL: 'warn',
  });
  try {
    const pulls: number[] = [];
    const bulks: number[] = [];
    for (let index = 0; index < runs; index++) {
      const device = await linkedStore(server.url, 'aisha');
      const started = performance.now();
      await exchange(device.store.db, device.connection);
      pulls.push(performance.now() - started);
      const count = device.store.sqlite
        .prepare('select count(*) from goals')
        .pluck()
        .get() as number;
      if (count !== casesToPull * 3)
        throw new Error(`The pull brought ${count} goals, not ${casesToPull * 3}.`);
      bulks.push(await bulkInsert(device.store));
      await device.close();
    }

    const pushes: number[] = [];
    const pusher = await linkedStore(server.url, 'ben');
    const caseId = (
      await pusher.app.call('cases.create', referral(office.id, { customerName: 'Jordan Hale' }))
    ).id;
    const api = new CentralApi(server.url, pusher.connection.token);
    await pushAll(pusher.store.db, api, pusher.connection.deviceId);
    for (let index = 0; index < runs; index++) {
      for (let goal = 0; goal < pushed; goal++) {
        await pusher.app.call('plan.saveGoal', {
          caseId,
          lens: 'future',
          kind: 'work',
          text: `Goal ${index}.${goal}`,
        });
      }
      const started = performance.now();
      const sent = await pushAll(pusher.store.db, api, pusher.connection.deviceId);
      pushes.push(performance.now() - started);
      if (sent !== pushed) throw new Error(`${sent} edits went up, not ${pushed}.`);
    }

    const headers = {
      authorization: `Bearer ${(await new CentralApi(server.url).signIn('aisha', password)).token}`,
    };
    const pullLoad = await load({ url: `${server.url}/v1/sync/pull?limit=100`, headers });
    const pushLoad = await load({
      url: `${server.url}/v1/sync/push`,
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (request) => ({
            ...request,
            body: JSON.stringify({
              deviceId: 'bench',
              mutations: [
                {
                  mutationId: randomUUID(),
                  entity: 'goal',
                  id: randomUUID(),
                  baseRev: null,
                  op: 'upsert',
                  fields: {
                    caseId,
                    lens: 'future',
                    text: 'A goal from the load test',
                    workRelated: true,
                  },
                },
              ],
            }),
          }),
        },
      ],
    });
    await pusher.close();

    const pullMs = median(pulls);
    const bulkMs = median(bulks);
    return {
      'first pull of records': { value: records, unit: 'records' },
      'first pull median': { value: Number((pullMs / 1000).toFixed(2)), unit: 's' },
      'first pull rate': { value: Math.round(records / (pullMs / 1000)), unit: 'records/s' },
      'bulk insert of the same rows median': {
        value: Number((bulkMs / 1000).toFixed(3)),
        unit: 's',
      },
      'first pull / bulk insert': { value: Number((pullMs / bulkMs).toFixed(1)), unit: '×' },
      'push of 1,000 edits median': {
        value: Number((median(pushes) / 1000).toFixed(2)),
        unit: 's',
      },
      'push rate': { value: Math.round(pushed / (median(pushes) / 1000)), unit: 'mutations/s' },
      'pull under 50 clients (100 records a page)': {
        value: pullLoad.requests.p50,
        unit: 'requests/s (median second)',
      },
      'pull p50 latency': { value: pullLoad.latency.p50, unit: 'ms' },
      'pull p99 latency': { value: pullLoad.latency.p99, unit: 'ms' },
      'push under 50 clients (1 mutation each)': {
        value: pushLoad.requests.p50,
        unit: 'requests/s (median second)',
      },
      'push p50 latency': { value: pushLoad.latency.p50, unit: 'ms' },
      'push p99 latency': { value: pushLoad.latency.p99, unit: 'ms' },
    };
  } finally {
    await server.stop();
    await database.drop();
  }
}
