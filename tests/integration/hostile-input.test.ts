import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from '../../build/compile';
import { api, type CallName } from '../../core/api';
import { apiErrorCodes, apiErrorSchema } from '../../core/errors';
import { openStore, type Store } from '../../db/store';
import { startWebHost, type WebHost } from '../../main/web-host';
import { appOver, contents } from '../support/app';
import { referral } from '../support/referrals';
import { tempDir, testKey } from '../support/temp-store';

const runsPerCall = 250;
const callNames = Object.keys(api) as CallName[];

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    "'; drop table cases; --",
    '" or 1=1 --',
    '<script>alert(document.cookie)</script>',
    '\u0000\u0000',
    '../../../../etc/passwd',
    '%_\\',
    '\ud800',
    'x'.repeat(5000),
    '2026-02-30',
    '2026-11-25T25:61',
    '019ac000-0000-7000-8000-00000000dead',
  ),
);
const hostileValue = fc.oneof(
  hostileString,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);

/** Anything at all, or the call's own field names with hostile values in them. */
function hostileInputFor(name: CallName) {
  const schema = api[name].input;
  const keys = 'shape' in schema ? Object.keys(schema.shape as object) : [];
  const shaped = fc.record(Object.fromEntries(keys.map((key) => [key, hostileValue])), {
    requiredKeys: [],
  });
  return fc
    .oneof(fc.jsonValue({ maxDepth: 3 }), shaped, fc.constant(undefined))
    .filter((input) => !schema.safeParse(input ?? {}).success);
}

let store: Store;
let app: ReturnType<typeof appOver>;
let host: WebHost;
let before: string;

beforeAll(async () => {
  store = await openStore(tempDir(), { key: testKey });
  app = appOver(store);
  const officeId = (await app.call('offices.list', {}))[0]!.id;
  await app.call('practitioner.save', { name: 'Aisha Khan', role: 'ehp', officeId });
  const detail = await app.call('cases.create', referral(officeId));
  await app.call('appointments.schedule', {
    caseId: detail.id,
    startsAt: '2026-12-01T10:00',
    durationMinutes: 60,
    channel: 'telephone',
    extraReason: '',
  });
  host = await startWebHost({
    dispatch: app.dispatch,
    rendererDir: join(distDir, 'renderer'),
    bridgeFile: join(distDir, 'web', 'web-bridge.js'),
    port: 0,
  });
  before = contents(store);
});

afterAll(async () => {
  await host.close();
  await store.close();
});

function expectTypedError(envelope: unknown) {
  expect(envelope).toMatchObject({ ok: false });
  const error = apiErrorSchema.parse((envelope as { error: unknown }).error);
  expect(apiErrorCodes).toContain(error.code);
  expect(error.code).not.toBe('internal');
  expect(error.message.length).toBeGreaterThan(5);
}

describe(`${runsPerCall * callNames.length} hostile inputs`, () => {
  it.each(callNames)('through the handlers: %s', async (name) => {
    await fc.assert(
      fc.asyncProperty(hostileInputFor(name), async (input) =>
        expectTypedError(await app.dispatch(name, input)),
      ),
      { numRuns: runsPerCall },
    );
  });

  it.each(callNames)('through the web host: %s', async (name) => {
    await fc.assert(
      fc.asyncProperty(hostileInputFor(name), async (input) => {
        const response = await fetch(`${new URL(host.url).origin}/api/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
          body: JSON.stringify(input ?? null) ?? 'null',
        });
        expect([200, 400]).toContain(response.status);
        expectTypedError(await response.json());
      }),
      { numRuns: runsPerCall },
    );
  });

  it('searches for hostile text as text', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileString.filter((search) => search.trim().length <= 100),
        async (search) => {
          const page = await app.call('cases.list', { search });
          expect(page.total).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves the store sound and exactly as it was', () => {
    expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(contents(store)).toBe(before);
    expect(app.logged).toEqual([]);
  });
});
