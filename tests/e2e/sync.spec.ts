import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  freePort,
  startServer,
  serverCommand,
  type RunningServer,
} from '../support/server-process';
import { CaseloadPage } from './pages/CaseloadPage';
import { NewCasePage } from './pages/NewCasePage';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { installAndTakeReferral } from './support/journeys';

const hull = { id: '01a21576-cd25-754f-a672-159724c88164', name: 'Hull JCP' };
const password = 'copper kettle river lamp';

test('signs in, works offline, syncs when the server is back, and resolves a conflict', async ({
  page,
  webHost,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'workability-server-'));
  const env = { DATA_DIR: dataDir };
  serverCommand(env, [
    'office',
    'add',
    '--id',
    hull.id,
    '--name',
    hull.name,
    '--nation',
    'England',
  ]);
  serverCommand(env, [
    'user',
    'add',
    '--username',
    'aisha',
    '--password',
    password,
    '--role',
    'ehp',
    '--office',
    hull.id,
    '--name',
    'Aisha Khan',
  ]);
  const port = await freePort();
  let server: RunningServer | null = await startServer(env, port);
  try {
    await installAndTakeReferral(page, webHost.url, {
      customerName: 'Sharon Pearce',
      customerReference: 'UC-4417-2290',
    });
    const status = page.locator('#sync-status');
    await expect(status).toHaveText(/Not signed in/);

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('link', { name: 'Enter the server address' })).toBeVisible();
    await expectAccessible(page, 'sign-in errors');
    await page.getByLabel('Server address').fill(server.url);
    await page.getByLabel('Username').fill('aisha');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(
      page.getByRole('link', { name: 'The username or password is not right' }),
    ).toBeVisible();
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText(`Signed in as Aisha Khan at ${server.url}`)).toBeVisible();
    await expect(status).toHaveText('Synced.');

    // The server goes away; the EHP carries on.
    await server.stop();
    server = null;
    await new CaseloadPage(page).open();
    await new CaseloadPage(page).startNewCase();
    const form = new NewCasePage(page);
    await form.fill({
      customerName: 'Jordan Hale',
      customerReference: 'UC-2231-0098',
      referralDate: '2026-11-20',
      referrerName: 'Priya Shah',
      referrerRole: 'Work Coach',
      fitNoteValidUntil: '2027-01-15',
      channel: 'Telephone',
    });
    await form.create();
    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect(status).toHaveText(/^Offline: 1 change waiting/);
    await expectAccessible(page, 'offline with a change waiting');

    // Back again: the background retry takes it up, without a click.
    server = await startServer(env, port);
    await expect(status).toHaveText('Synced.', { timeout: 45_000 });

    // Another device of hers changes the same customer's name: a conflict.
    const { token } = (await (
      await fetch(`${server.url}/v1/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'aisha', password }),
      })
    ).json()) as { token: string };
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const pulled = (await (await fetch(`${server.url}/v1/sync/pull`, { headers })).json()) as {
      changes: { entity: string; id: string; fields: Record<string, unknown> }[];
    };
    const sharon = pulled.changes.find(
      (change) => change.entity === 'case' && change.fields.customerName === 'Sharon Pearce',
    )!;
    const pushed = await fetch(`${server.url}/v1/sync/push`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        deviceId: 'desktop',
        mutations: [
          {
            mutationId: randomUUID(),
            entity: 'case',
            id: sharon.id,
            baseRev: 0,
            op: 'upsert',
            fields: { customerName: 'Sharon Pierce' },
          },
        ],
      }),
    });
    expect(pushed.status).toBe(200);
    await page.getByRole('button', { name: 'Sync now' }).click();
    await page.getByRole('link', { name: '1 conflict to resolve' }).click();
    await expect(page.getByRole('heading', { name: /Case: Customer name/ })).toBeVisible();
    await expect(page.getByText('Sharon Pierce', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: /^Resolve/ }).click();
    await expect(page.getByRole('link', { name: 'Choose which version to keep' })).toBeVisible();
    await expectAccessible(page, 'a conflict to resolve');
    await page.getByLabel('Keep what was saved later').check();
    await page.getByRole('button', { name: /^Resolve/ }).click();
    await expect(page.getByText('There are no conflicts to resolve.')).toBeVisible();
    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect(status).toHaveText('Synced.');

    // On the server: the chosen name, and the conflict gone for every device.
    const after = (await (await fetch(`${server.url}/v1/sync/pull`, { headers })).json()) as {
      changes: { entity: string; id: string; deleted: boolean; fields: Record<string, unknown> }[];
    };
    expect(after.changes.find((change) => change.id === sharon.id)!.fields.customerName).toBe(
      'Sharon Pierce',
    );
    expect(
      after.changes.filter((change) => change.entity === 'conflict').map((c) => c.deleted),
    ).toEqual([true]);
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
