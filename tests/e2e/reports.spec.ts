import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { roundingNote } from '../../core/mi';
import { createStore } from '../../db/unlock';
import { openServerDatabase } from '../../server/database';
import { addOffice, addUser } from '../../server/directory';
import { storeEvaluationCaseload } from '../support/evaluation-caseload';
import {
  asServerRecords,
  evaluationDataset,
  evaluationFigures,
  table31,
} from '../support/evaluation-mi';
import { freePort, startServer } from '../support/server-process';
import { startWebHost } from '../support/web-host-process';
import { FirstRunPage } from './pages/FirstRunPage';
import { PassphrasePage } from './pages/PassphrasePage';
import { expectAccessible } from './support/axe';
import { passphrase } from './support/journeys';
import { typeDate } from './support/keyboard';
import { expect, test } from './support/fixtures';

const figures = evaluationFigures;

/** The period of the evaluation, typed into the Reports screen, and shown. */
async function showEvaluationPeriod(page: Page) {
  await typeDate(page, 'From', ['8', '7', '2024']);
  await typeDate(page, 'To', ['5', '11', '2024']);
  await page.getByRole('button', { name: 'Show figures' }).click();
}

const section = (page: Page, title: string) => page.getByRole('region', { name: title });

/** Each row of a figure's table: its label, number and percentage, as shown. */
async function expectRows(figure: Locator, rows: readonly (readonly string[])[]) {
  const table = figure.getByRole('table');
  for (const [label, ...cells] of rows) {
    const row = table
      .getByRole('row')
      .filter({ has: figure.page().getByRole('rowheader', { name: label, exact: true }) });
    await expect(row.getByRole('cell')).toHaveText(cells);
  }
}

test('an EHP’s caseload gives every figure of the evaluation report, with charts, tables and CSV', async ({
  page,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'workability-reports-'));
  const store = await createStore(dataDir, passphrase);
  await storeEvaluationCaseload(store);
  await store.close();
  const host = await startWebHost(dataDir);
  try {
    await page.goto(host.url);
    await new PassphrasePage(page).unlock(passphrase);
    await page.getByRole('link', { name: 'Reports' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Reports' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    // The year to today holds none of the evaluation's referrals.
    await expect(
      page.getByRole('status').filter({ hasText: 'referrals in the period' }),
    ).toHaveText('0 referrals in the period.');

    await typeDate(page, 'From', ['6', '11', '2024']);
    await typeDate(page, 'To', ['5', '11', '2024']);
    await page.getByRole('button', { name: 'Show figures' }).click();
    await expect(
      page.getByRole('link', { name: 'The period ends before it starts' }),
    ).toBeVisible();

    await showEvaluationPeriod(page);
    await expect(
      page.getByRole('heading', { name: 'Your caseload: 8 July 2024 to 5 November 2024' }),
    ).toBeVisible();
    await expect(page.getByText('1,219 referrals in the period.')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('reports-caseload.png') });

    const offices = section(page, 'Referrals and completed cases per office');
    await expectRows(offices, [
      ...table31.map(([office, referrals, completed]) => [office, `${referrals}`, `${completed}`]),
      ['Total', '1,219', '333'],
    ]);
    await expectRows(section(page, 'Outcomes of referrals'), [
      ['Completed (plan produced)', '333', '27%'],
      ['Still in progress', '409', '34%'],
      ['Not completed', '477', '39%'],
      ['Total', '1,219', ''],
    ]);
    await expectRows(section(page, 'Why referrals were not completed'), [
      ['Unsuitable', '199', '42%'],
      ['Did not engage (returned to the JCP)', '270', '57%'],
      ['Universal Credit claim closed', '8', '2%'],
    ]);
    await expectRows(section(page, 'Attendance of appointments'), [
      ['Attended', '650', '87%'],
      ['Unable to attend', '60', '8%'],
      ['Failed to attend', '38', '5%'],
      ['Total', '748', ''],
    ]);
    await expectRows(section(page, 'Channel of appointments'), [
      ['Telephone', '960', '83%'],
      ['Video', '55', '5%'],
      ['Face to face at the JCP', '112', '10%'],
      ['Neutral venue', '30', '3%'],
    ]);
    await expectRows(section(page, 'Appointments attended per completed case'), [
      ['1', '132', '40%'],
      ['2', '93', '28%'],
      ['3', '100', '30%'],
      ['4 or more', '8', '2%'],
      ['Total', '333', ''],
    ]);
    await expectRows(section(page, 'Change in work ability score, first to last appointment'), [
      ['Improved', '121', '60%'],
      ['Stayed the same', '66', '33%'],
      ['Fell', '14', '7%'],
      ['Total', '201', ''],
    ]);
    const { allStepsTaken, someStepsTaken, noStepsTaken, notYetRecorded, due } = figures.followUps;
    await expectRows(section(page, 'Follow-ups due, and the steps the customer had taken'), [
      ['All of them', `${allStepsTaken}`, '35%'],
      ['Some of them', `${someStepsTaken}`, '39%'],
      ['None of them', `${noStepsTaken}`, '14%'],
      ['Follow-up not yet recorded', `${notYetRecorded}`, '11%'],
      ['Total', `${due}`, ''],
    ]);

    // The report's note goes with the tables whose rounded percentages miss 100, and only those.
    const noted = page.locator('section').filter({ hasText: roundingNote });
    await expect(noted.getByRole('heading', { level: 2 })).toHaveText([
      'Why referrals were not completed',
      'Channel of appointments',
      'Follow-ups due, and the steps the customer had taken',
    ]);

    const download = page.waitForEvent('download');
    await section(page, 'Attendance of appointments')
      .getByRole('button', { name: 'Download CSV of attendance of appointments' })
      .click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(
      'Workability MI - Your caseload - 2024-07-08 to 2024-11-05 - attendance.csv',
    );
    expect(readFileSync((await file.path())!, 'utf8')).toBe(
      '\uFEFF"Attendance","Number","Percentage"\r\n"Attended",650,87\r\n' +
        '"Unable to attend",60,8\r\n"Failed to attend",38,5\r\n"Total",748,""\r\n',
    );

    await expectAccessible(page, 'the Reports screen with every figure');
    for (const figure of await page.locator('section.app-figure').all()) {
      const id = await figure.getByRole('heading', { level: 2 }).getAttribute('id');
      await figure.screenshot({ path: test.info().outputPath(`${id}.png`) });
    }
  } finally {
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a manager signed in to the central server sees their office’s figures', async ({
  page,
  webHost,
}) => {
  const hull = { id: '01a21576-cd25-754f-a672-159724c88164', name: 'Hull JCP' };
  const serverDir = mkdtempSync(join(tmpdir(), 'workability-server-'));
  const db = await openServerDatabase({ dataDir: serverDir });
  await addOffice(db, { ...hull, nation: 'England' });
  await addUser(db, {
    username: 'maya',
    password: passphrase,
    role: 'manager',
    officeId: hull.id,
    name: 'Maya Patel',
  });
  const rows = asServerRecords(evaluationDataset());
  for (let start = 0; start < rows.length; start += 500) {
    await db
      .insertInto('records')
      .values(rows.slice(start, start + 500))
      .execute();
  }
  await db.destroy();
  const server = await startServer({ DATA_DIR: serverDir }, await freePort());
  try {
    await page.goto(webHost.url);
    await new PassphrasePage(page).setPassphrase(passphrase);
    await new FirstRunPage(page).setUp({
      name: 'Maya Patel',
      role: 'EHP manager',
      office: 'Hull JCP (England)',
    });
    await page.getByRole('link', { name: 'Reports' }).click();
    // Not signed in yet: the own caseload first, and the office's figures say where to go.
    await expect(
      page.getByRole('radio', { name: 'Your own caseload on this device' }),
    ).toBeChecked();
    await page.getByRole('radio', { name: 'Your office, from the central server' }).check();
    await page.getByRole('button', { name: 'Show figures' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'Sign in to the central server in Settings to see your office’s figures.',
    );

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Server address').fill(server.url);
    await page.getByLabel('Username').fill('maya');
    await page.getByLabel('Password').fill(passphrase);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText(`Signed in as Maya Patel at ${server.url}`)).toBeVisible();

    await page.getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('radio', { name: 'Your office, from the central server' }).check();
    await showEvaluationPeriod(page);
    await expect(
      page.getByRole('heading', { name: 'Hull JCP: 8 July 2024 to 5 November 2024' }),
    ).toBeVisible();
    const [, referrals, completed] = table31.find(([office]) => office === hull.name)!;
    await expect(page.getByText(`${referrals} referrals in the period.`)).toBeVisible();
    await expectRows(section(page, 'Referrals and completed cases per office'), [
      [hull.name, `${referrals}`, `${completed}`],
    ]);
    await expectAccessible(page, 'a manager’s office figures');
    await page.screenshot({ path: test.info().outputPath('reports-office.png'), fullPage: true });

    await page.getByRole('radio', { name: 'Your own caseload on this device' }).check();
    await page.getByRole('button', { name: 'Show figures' }).click();
    await expect(
      page.getByRole('heading', { name: 'Your caseload: 8 July 2024 to 5 November 2024' }),
    ).toBeVisible();
    await expect(page.getByText('0 referrals in the period.')).toBeVisible();
  } finally {
    await server.stop();
    rmSync(serverDir, { recursive: true, force: true });
  }
});
