import { expect, test } from './fixtures';

test('opens the rule catalogue from the header, searches it and goes back to a field', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Rules' }).click();
  await expect(page).toHaveURL(/#rules$/);
  await expect(page.getByRole('heading', { name: 'Rule catalogue' })).toBeVisible();

  await page.getByLabel('Search rules').fill('bf16');
  const hardware = page.getByRole('row').filter({ hasText: 'bf16-hardware' });
  await expect(hardware).toHaveCount(1);
  await expect(hardware).toContainText('Mirrors the library');
  await expect(hardware).toContainText('Error');
  await expect(page.getByRole('row').filter({ hasText: 'bf16-emulated' })).toContainText('Sanity check');
  await expect(page.getByRole('row').filter({ hasText: 'grad-accum-zero' })).toHaveCount(0);

  await page
    .getByRole('radiogroup', { name: 'Severity' })
    .getByText(/^Warnings/)
    .click();
  await expect(page.getByRole('row').filter({ hasText: 'bf16-hardware' })).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: 'bf16-emulated' })).toHaveCount(1);
  await page.getByRole('radiogroup', { name: 'Severity' }).getByText(/^All/).click();

  await hardware.getByRole('button', { name: 'use_cpu', exact: true }).click();
  await expect(page).not.toHaveURL(/#rules/);
  await expect(page.getByRole('switch', { name: 'use_cpu' })).toBeFocused();
});

test('opens the catalogue straight from #rules, filters by source, and the Back button returns', async ({ page }) => {
  await page.goto('/#rules');
  await expect(page.getByRole('heading', { name: 'Rule catalogue' })).toBeVisible();
  await page
    .getByRole('radiogroup', { name: 'Source' })
    .getByText(/^Fails later in training/)
    .click();
  const rows = page.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(rows.first()).toContainText('Fails later in training');
  await expect(rows.filter({ hasText: 'Mirrors the library' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Back to the editor' }).click();
  await expect(page.getByRole('heading', { name: 'Rule catalogue' })).toHaveCount(0);
  await expect(page.getByLabel('learning_rate', { exact: true })).toBeVisible();
});
