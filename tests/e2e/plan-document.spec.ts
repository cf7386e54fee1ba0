import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { AppointmentPage } from './pages/AppointmentPage';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { installAndTakeReferral } from './support/journeys';

/** Clicks an export button and reads the words of the .docx that downloads. */
async function exported(page: Page, button: ReturnType<Page['getByRole']>) {
  const download = page.waitForEvent('download');
  await button.click();
  const file = await download;
  const bytes = await readFile((await file.path())!);
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return { name: file.suggestedFilename(), text: xml.replaceAll(/<[^>]+>/g, '') };
}

test('a plan previewed, issued, changed, issued as version 2, and both versions and the notes exported', async ({
  page,
  webHost,
}) => {
  const theCase = await installAndTakeReferral(page, webHost.url, {
    customerName: 'Rhiannon Ŵyn',
    customerReference: 'UC-3120-7788',
  });
  await theCase.schedule({ date: '2026-12-01', time: '10:00' });
  const appointment = new AppointmentPage(page);
  await appointment.open('Appointment 1');
  await appointment.addGoal('You would like to work in a garden centre.', 'Future', 'Work goal');
  await appointment.notes().fill('## Talked about\n\n- **gardening** at the *allotment*');
  await appointment.expectSaved();

  // The preview is the document, beside the checklist.
  await page.getByRole('link', { name: 'Preview the plan as the customer will read it' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workability Action Plan');
  const plan = page.getByRole('article', { name: 'Your Workability Action Plan' });
  await expect(plan).toContainText('You would like to work in a garden centre.');
  await expect(plan).toContainText('not issued yet (this would be version 1)');
  await expect(plan).toContainText('This was not talked about.');
  await expectAccessible(page, 'plan preview');

  const checklist = page.getByRole('complementary', { name: 'Plan checklist' });
  await checklist.getByRole('button', { name: 'Issue version 1' }).click();
  await checklist.getByRole('button', { name: 'Issue version 1 anyway' }).click();
  await expect(checklist.getByRole('status')).toHaveText('Version 1 issued.');
  const first = await exported(
    page,
    checklist.getByRole('button', { name: 'Export version 1 (.docx)' }),
  );
  expect(first.name).toBe('Workability-Action-Plan-Rhiannon-Ŵyn-v1.docx');
  expect(first.text).toContain('You would like to work in a garden centre.');

  // A change after issuing is the draft of version 2.
  await page.getByRole('link', { name: 'Back to the case' }).click();
  await appointment.open('Appointment 1');
  await appointment.addGoal('You want to walk the dog every morning.', 'Present', 'Lifestyle goal');
  await page.getByRole('link', { name: 'Preview the plan as the customer will read it' }).click();
  await expect(plan).toContainText('You want to walk the dog every morning.');
  await expect(checklist).toContainText('Changes since then will be version 2.');
  await checklist.getByRole('button', { name: 'Issue version 2' }).click();
  await checklist.getByRole('button', { name: 'Issue version 2 anyway' }).click();
  await expect(checklist.getByRole('status')).toHaveText('Version 2 issued.');

  const second = await exported(
    page,
    checklist.getByRole('button', { name: 'Export version 2 (.docx)' }),
  );
  expect(second.name).toBe('Workability-Action-Plan-Rhiannon-Ŵyn-v2.docx');
  expect(second.text).toContain('You want to walk the dog every morning.');
  const again = await exported(
    page,
    checklist.getByRole('button', { name: 'Export version 1 (.docx)' }),
  );
  expect(again.text).toContain('You would like to work in a garden centre.');
  expect(again.text).not.toContain('walk the dog');

  // Version 1 is shown as it was issued.
  const shown = page.getByLabel('Show');
  await shown.selectOption({ index: 1 });
  await expect(shown.locator('option:checked')).toHaveText(/^Version 1, issued/);
  await expect(plan).not.toContainText('walk the dog');
  await expect(plan).toContainText('(version 1)');

  const notes = await exported(
    page,
    checklist.getByRole('button', { name: 'Export meeting notes (.docx)' }),
  );
  expect(notes.name).toBe('Meeting-notes-Rhiannon-Ŵyn.docx');
  expect(notes.text).toContain('gardening');
  expect(notes.text).not.toContain('**');

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('table', { name: /Audit trail/ })).toContainText(
    'Exported the plan or the meeting notes of a case',
  );
});
