import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { headings } from '../core/plan';
import { seedCases } from '../db/seed';
import { openStore, type Store } from '../db/store';
import { appOver } from '../tests/support/app';
import { referral } from '../tests/support/referrals';
import { median, percentile, type Figures } from './figures';
import { medianTimeToVisible, serve } from './web-timing';

const edits = 1000;
const runs = 7;
const obstacles = 15;
const stepsPerObstacle = 2;

/** A case deep into its discussion: 4 appointments, 15 obstacles, 30 steps, built through the API. */
async function bigCase(store: Store) {
  const app = appOver(store);
  const officeId = (await app.call('practitioner.get', {}))!.officeId;
  const { id: caseId } = await app.call('cases.create', referral(officeId));
  for (const day of [1, 8, 15, 22]) {
    await app.call('appointments.schedule', {
      caseId,
      startsAt: `2026-12-${String(day).padStart(2, '0')}T10:00`,
      durationMinutes: 60,
      channel: 'telephone',
      extraReason: day === 22 ? 'Customer asked for time to plan a return to work' : '',
    });
  }
  const { appointments } = await app.call('cases.get', { caseId });
  for (const [index, appointment] of appointments.entries()) {
    await app.call('appointments.saveRecord', {
      appointmentId: appointment.id,
      workAbilityScore: 3 + index,
      notes: `Appointment ${index + 1}. ${'Talked through the week and the plan. '.repeat(20)}`,
    });
  }
  for (const lens of ['past', 'present', 'future'] as const) {
    await app.call('plan.saveGoal', { caseId, lens, kind: 'work', text: `A ${lens} goal` });
  }
  for (let index = 0; index < obstacles; index++) {
    const plan = await app.call('plan.saveObstacle', {
      caseId,
      heading: headings[index % headings.length]!,
      text: `Obstacle ${index + 1}: pain and tiredness make mornings hard`,
    });
    for (let step = 0; step < stepsPerObstacle; step++) {
      await app.call('plan.saveStep', {
        caseId,
        obstacleId: plan.obstacles.at(-1)!.id,
        text: `Step ${index * stepsPerObstacle + step + 1} for obstacle ${index + 1}`,
        type: 'practical-step',
        who: 'You',
        interim: step === 0,
      });
    }
  }
  return { caseId, appointmentId: appointments.at(-1)!.id };
}

/** The screen is usable: the notes can be typed into and the last step is shown. */
async function appointmentReady(page: Page) {
  await page
    .getByRole('button', {
      name: `Change step Step ${obstacles * stepsPerObstacle} for obstacle ${obstacles}`,
    })
    .waitFor();
  await page.getByLabel('Notes for the Work Coach').waitFor();
}

/**
 * Each edit is one key typed into the notes; its latency runs from the keydown
 * to the notes' status saying "Saved", which it says only once the store has
 * committed (synchronous = FULL). The 300 ms autosave pause is part of it.
 */
async function keystrokeToSave(page: Page): Promise<number[]> {
  const notes = page.getByLabel('Notes for the Work Coach');
  await notes.click();
  await page.evaluate(() => {
    const marks = { keys: [] as number[], saves: [] as number[] };
    Object.assign(window, { marks });
    document.addEventListener('keydown', () => marks.keys.push(performance.now()), true);
    const status = document
      .querySelector('#notes')!
      .closest('.govuk-form-group')!.nextElementSibling!;
    new MutationObserver(() => {
      if (status.textContent.startsWith('Saved')) marks.saves.push(performance.now());
    }).observe(status, { childList: true, characterData: true, subtree: true });
  });
  for (let edit = 0; edit < edits; edit++) {
    await page.keyboard.type(String.fromCharCode(97 + (edit % 26)));
    await page.waitForFunction(
      (count) => (window as unknown as { marks: { saves: number[] } }).marks.saves.length > count,
      edit,
      { polling: 'raf' },
    );
  }
  const { keys, saves } = await page.evaluate(
    () => (window as unknown as { marks: { keys: number[]; saves: number[] } }).marks,
  );
  return saves.map((saved, edit) => saved - keys[edit]!);
}

export async function run(): Promise<Figures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'workability-bench-'));
  const store = await openStore(dataDir, { key: randomBytes(32) });
  try {
    await seedCases(store.db, 500, 42);
    const { caseId, appointmentId } = await bigCase(store);
    return await serve(store, async (served) => {
      const screenUrl = `${served.appUrl}#/cases/${caseId}/appointments/${appointmentId}`;
      const tti = await medianTimeToVisible(served, screenUrl, appointmentReady, runs);
      const page = await served.browser.newPage();
      await page.goto(screenUrl);
      await appointmentReady(page);
      const latencies = await keystrokeToSave(page);
      return {
        edits: { value: latencies.length, unit: 'edits' },
        keystrokeToSavedMedian: { value: Math.round(median(latencies)), unit: 'ms' },
        keystrokeToSavedP95: { value: Math.round(percentile(latencies, 0.95)), unit: 'ms' },
        runs: { value: runs, unit: 'runs' },
        appointmentInteractiveMedian: { value: Math.round(tti.screen), unit: 'ms' },
        blankPageVisibleMedian: { value: Math.round(tti.blank), unit: 'ms' },
        appointmentToBlankRatio: { value: Number((tti.screen / tti.blank).toFixed(2)), unit: 'x' },
      };
    });
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
