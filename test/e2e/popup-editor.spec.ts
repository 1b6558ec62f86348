/** The popup's editor: the panel's form, with place suggestions, coordinates, projectiles and qualified counts. */
import { expect, test } from './fixtures';
import { seedIncidents } from './support/seed';
import { synthIncident } from '../../lib/collection/synthetic';

test('editing in the popup: a suggested place brings its coordinates; counts keep their qualifier', async ({ context, extensionId }) => {
  const record = synthIncident(2, 5);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await seedIncidents(popup, [record]);
  await popup.reload();
  const item = popup.getByRole('list', { name: 'Saved incidents' }).getByRole('listitem').first();
  await item.getByRole('button', { name: /^Edit/ }).click();
  const form = popup.getByRole('form', { name: 'Edit incident' });

  const place = form.getByRole('combobox', { name: 'Place' });
  await place.fill('Kramatorsk');
  await expect(form.getByRole('option').first()).toContainText('Kramatorsk');
  await expect(form.getByText('No coordinates')).toBeVisible();
  await place.press('ArrowDown');
  await place.press('Enter');
  await expect(form.getByLabel('Country code')).toHaveValue('UA');
  await expect(form.getByLabel('Coordinates')).toHaveValue(/^48\.\d+, 37\.\d+$/);
  await form.getByLabel('Projectiles').fill('at least 4');
  await form.getByLabel('Killed').fill('2–3');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(popup.getByText('Changes saved.')).toBeVisible();

  // Open it again: what was saved reads back the same way.
  await item.getByRole('button', { name: /^Edit/ }).click();
  await expect(form.getByRole('combobox', { name: 'Place' })).toHaveValue('Kramatorsk');
  await expect(form.getByLabel('Coordinates')).toHaveValue(/^48\.\d+, 37\.\d+$/);
  await expect(form.getByLabel('Projectiles')).toHaveValue('at least 4');
  await expect(form.getByLabel('Killed')).toHaveValue('2–3');
});
