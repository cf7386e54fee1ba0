import { expect, test } from './support/fixtures';
import { AppointmentPage } from './pages/AppointmentPage';
import { expectAccessible } from './support/axe';
import { installAndTakeReferral } from './support/journeys';
import { activate, chooseOption, tabTo, typeInto } from './support/keyboard';

test('the solutions library: a suggestion added to an obstacle by keyboard, search and filters, a local service, another office’s area', async ({
  page,
  webHost,
}) => {
  const theCase = await installAndTakeReferral(page, webHost.url, {
    customerName: 'Gareth Hughes',
    customerReference: 'UC-5521-3307',
  });
  await theCase.schedule({ date: '2026-12-01', time: '10:00' });
  const appointment = new AppointmentPage(page);
  await appointment.open('Appointment 1');

  // The obstacle gets suggestions; Tab to one and one key press makes it a step.
  const debt = 'Behind on rent and council tax, letters piling up unopened';
  await appointment.addObstacle('social', debt);
  const suggestions = page.getByRole('group', { name: `Suggested solutions for ${debt}` });
  const first = suggestions.getByRole('button', { name: /^Add .* as a step$/ }).first();
  await expect(first).toBeVisible();
  const title = (await first.getAttribute('aria-label'))!.replace(/^Add (.*) as a step$/, '$1');
  // The suggestions sit just above the form the obstacle was added with.
  await tabTo(page, first, { backwards: true });
  await page.keyboard.press('Enter');
  await expect(suggestions.getByRole('status')).toHaveText(`Added “${title}” as a step.`);
  const step = page.getByRole('listitem').filter({
    hasText: new RegExp(`^(Contact |Look at )?${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  });
  await expect(step.last()).toContainText(/Website: https:|Phone: \d/);
  await expect(suggestions.getByRole('button', { name: `Add ${title} as a step` })).toHaveCount(0);
  await expectAccessible(page, 'appointment with suggested solutions');

  // Search as you type, best match first; the arrow keys go down the results.
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Solutions library' })).toBeFocused();
  const results = page.getByRole('list', { name: 'Results' });
  await typeInto(page, page.getByLabel('Search the library'), 'debt');
  await expect(results.getByRole('link').first()).toBeVisible();
  await expect(results).toContainText('StepChange');
  await page.keyboard.press('ArrowDown');
  await expect(results.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByLabel('Search the library')).toBeFocused();
  await expectAccessible(page, 'library with results');

  // Filters: practical steps for work obstacles.
  await chooseOption(page, page.getByLabel('Type'), 'Practical step');
  await chooseOption(page, page.getByLabel('Obstacle heading'), 'Work');
  await typeInto(page, page.getByLabel('Search the library'), 'cv');
  await expect(results).toContainText('Update your CV with help from your Work Coach');
  await expect(results).not.toContainText('National Careers Service');
  await activate(
    page,
    results.getByRole('link', { name: 'Update your CV with help from your Work Coach' }),
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Update your CV with help from your Work Coach',
  );
  await expectAccessible(page, 'library item');
  await page.getByRole('link', { name: 'Back to the library' }).click();
  await expect(page.getByLabel('Search the library')).toHaveValue('cv');

  // A local service for Hull, unverified until a manager checks it.
  await page.getByRole('link', { name: 'Add a local service' }).click();
  await page.getByRole('button', { name: 'Add the service' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter the name of the service or step');
  await expectAccessible(page, 'add a local service, with errors');
  await page.getByLabel('Name').fill('Hull Walk and Talk');
  await page
    .getByLabel('What it offers')
    .fill('A friendly group where you can walk and chat every Tuesday.');
  await page.getByRole('checkbox', { name: 'Social' }).check();
  await page.getByLabel('Phone (optional)').fill('01482 300 300');
  await page.getByLabel('How to get it').fill('Turn up at 10am outside Hull Central Library.');
  await page.getByRole('button', { name: 'Add the service' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hull Walk and Talk');
  await expect(page.getByText('not yet verified by a manager')).toBeVisible();
  await expect(page.getByText('Hull JCP (local)')).toBeVisible();

  // Covering Aberdare: Welsh services and Aberdare's own, not Hull's.
  await page.getByRole('link', { name: 'Back to the library' }).click();
  await typeInto(page, page.getByLabel('Search the library'), 'walk talk');
  await chooseOption(page, page.getByLabel('Type'), 'Any');
  await chooseOption(page, page.getByLabel('Obstacle heading'), 'Any');
  await expect(results).toContainText('Hull Walk and Talk');
  await expect(results).toContainText('not yet verified');
  await chooseOption(page, page.getByLabel('Area'), 'Aberdare JCP (Wales)');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing found' })).toBeVisible();
  await typeInto(page, page.getByLabel('Search the library'), 'shelter');
  await expect(results).toContainText('Shelter Cymru');
  await expect(results).not.toContainText('Shelter (England)');
});
