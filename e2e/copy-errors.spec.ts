import { expect as baseExpect, test } from './fixtures';
import { openApp, selectTab } from './support/open-app';
import type { Page } from '@playwright/test';

// The machine these run on is shared and often loaded: generous time per test, the assertions unchanged.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

const byName = (page: Page, name: string) => page.getByLabel(name, { exact: true });

async function choose(page: Page, field: string, option: string) {
  await byName(page, field).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('Copy says how many errors the code has and carries a comment above each argument', async ({ page }) => {
  await openApp(page, '/');
  await page.getByRole('switch', { name: 'load_best_model_at_end' }).check({ force: true });
  await choose(page, 'eval_strategy', 'epoch');
  await byName(page, 'learning_rate').fill('abc');

  const copy = page.getByRole('button', { name: 'Copy with 2 errors' }).last();
  await expect(copy).toBeVisible();
  await copy.click();
  const python = await page.evaluate(() => navigator.clipboard.readText());
  const lines = python.split('\n');
  const commentAt = lines.findIndex((line) => line.trim().startsWith('# error:') && line.includes('abc'));
  expect(commentAt).toBeGreaterThan(0);
  expect(lines[commentAt + 1]).toMatch(/^\s+learning_rate=/);
  expect(lines.filter((line) => line.trim().startsWith('# error:'))).toHaveLength(2);

  await selectTab(page, 'YAML');
  await page.getByRole('tabpanel').getByRole('button', { name: 'Copy with 2 errors' }).click();
  const yaml = await page.evaluate(() => navigator.clipboard.readText());
  expect(yaml).toMatch(/# error: [^\n]*abc[^\n]*\nlearning_rate: /);

  // The JSON format has no comments: the count is still on the button.
  await selectTab(page, 'JSON');
  await expect(page.getByRole('tabpanel').getByRole('button', { name: 'Copy with 2 errors' })).toBeVisible();

  await byName(page, 'learning_rate').fill('0.001');
  await choose(page, 'save_strategy', 'epoch');
  await selectTab(page, 'Python');
  await expect(page.getByRole('tabpanel').getByRole('button', { name: 'Copy', exact: true })).toBeVisible();
});
