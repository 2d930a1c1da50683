import { expect as baseExpect, test } from './fixtures';
import { openApp } from './support/open-app';

// The machine these run on is shared and often loaded: generous time per test, the assertions unchanged.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

test('Ctrl+K finds report_to from "tensorboard" and jumps to it', async ({ page }) => {
  await openApp(page, '/');
  await expect(page.getByRole('region', { name: 'Issues' })).toBeVisible();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Find a field' });
  const search = dialog.getByRole('combobox', { name: 'Find a field' });
  await expect(search).toBeFocused();
  await search.fill('tensorboard');
  const first = dialog.getByRole('option').first();
  await expect(first).toContainText('report_to');
  await search.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('report_to', { exact: true })).toBeFocused();
});

test('finds fields by alias, by words of the help, and opens advanced fields', async ({ page }) => {
  await openApp(page, '/');
  await page.getByRole('button', { name: 'Find a field' }).click();
  const dialog = page.getByRole('dialog', { name: 'Find a field' });
  const search = dialog.getByRole('combobox');
  await search.fill('warmup ratio');
  await expect(dialog.getByRole('option').first()).toContainText('warmup_steps');
  await search.fill('memory');
  const options = dialog.getByRole('option');
  await expect(options.nth(0)).toContainText('gradient_checkpointing');
  await expect(options.nth(1)).toContainText('optim');
  await expect(options.nth(2)).toContainText('auto_find_batch_size');
  // A word only the help uses.
  await search.fill('bitsandbytes');
  await expect(dialog.getByRole('option').filter({ hasText: 'optim' }).first()).toBeVisible();
  // An advanced field, behind its section's toggle until picked.
  await search.fill('torch_empty_cache_steps');
  await search.press('ArrowDown');
  await search.press('ArrowUp');
  await dialog.getByRole('option').filter({ hasText: 'torch_empty_cache_steps' }).click();
  await expect(page.getByLabel('torch_empty_cache_steps', { exact: true })).toBeFocused();
});

test('finds fields by Korean help words in the Korean interface', async ({ page }) => {
  await openApp(page, '/');
  await page.getByText('한국어', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko', { timeout: 90_000 });
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox').fill('그래디언트 합산');
  await expect(dialog.getByRole('option').filter({ hasText: 'gradient_accumulation_steps' })).toBeVisible();
});
