import { expect as baseExpect, test } from './fixtures';
import { waitAfterNavigating } from './fixtures';
import type { Page } from '@playwright/test';

// Switching release or class loads the checker for the migration; on a busy machine that takes a while.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

const byName = (page: Page, name: string) => page.getByLabel(name, { exact: true });
const versionMenu = (page: Page) => page.getByRole('combobox', { name: 'transformers', exact: true });
const classMenu = (page: Page) => page.getByRole('combobox', { name: 'Config class', exact: true });

async function pickVersion(page: Page, release: string) {
  await versionMenu(page).click();
  await page.getByRole('option', { name: new RegExp(`^${release.replace('.', '\\.')} → `) }).click();
}

async function pickClass(page: Page, name: string) {
  await classMenu(page).click();
  await page.getByRole('option', { name, exact: true }).click();
}

/** The Ctrl+K field search, opened, with `name` typed in; and its option for exactly that keyword. */
async function searchField(page: Page, name: string) {
  await page.getByRole('button', { name: 'Find a field' }).click();
  const dialog = page.getByRole('dialog', { name: 'Find a field' });
  await dialog.getByRole('combobox').fill(name);
  return dialog.getByRole('option').filter({ has: page.getByText(name, { exact: true }) });
}

/** Whether the field search offers a keyword of the chosen release and class. */
async function searchOffers(page: Page, name: string): Promise<boolean> {
  const option = await searchField(page, name);
  // The list answers as it is typed; an empty answer is told by "Nothing found" or other names.
  await expect(page.getByRole('dialog', { name: 'Find a field' }).getByRole('option').or(page.getByText('Nothing found')).first()).toBeVisible();
  const offered = await option.count();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Find a field' })).toBeHidden();
  return offered > 0;
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Issues' })).toBeVisible();
});

test('4.57 offers warmup_ratio; moving to 5.18 migrates it to warmup_steps, listed and undoable', async ({ page }) => {
  await pickVersion(page, '4.57');
  await expect(versionMenu(page)).toHaveValue(/^4\.57 /);
  expect(await searchOffers(page, 'warmup_ratio')).toBe(true);
  await (await searchField(page, 'warmup_ratio')).click();
  await byName(page, 'warmup_ratio').fill('0.1');
  await expect(page.getByLabel('Python code')).toContainText('warmup_ratio=0.1');

  await pickVersion(page, '5.18');
  await expect(versionMenu(page)).toHaveValue(/^5\.18 → 5\.15-5\.18/);
  const notice = page.getByRole('status', { name: 'Switched' });
  await expect(notice).toContainText('warmup_steps=0.1');
  await expect(byName(page, 'warmup_steps')).toHaveValue('0.1');
  expect(await searchOffers(page, 'warmup_ratio')).toBe(false);
  await expect(page.getByLabel('Python code')).toContainText('warmup_steps=0.1');

  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(versionMenu(page)).toHaveValue(/^4\.57 /);
  await expect(byName(page, 'warmup_ratio')).toHaveValue('0.1');
});

test('GRPOConfig adds its fields in its own section with TRL defaults, and the share link reproduces the choice', async ({ page, browser }) => {
  await pickVersion(page, '5.18');
  await pickClass(page, 'GRPOConfig');
  const section = page.getByRole('region', { name: 'GRPOConfig' });
  await expect(section).toBeVisible();
  const generations = byName(page, 'num_generations');
  await expect(generations).toBeVisible();
  await expect(generations).toHaveAttribute('placeholder', '8');
  await generations.fill('3');
  // The default generation batch (8 × 1 process × 1 step) is not a whole number of groups of 3.
  await expect(generations).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Python code')).toContainText('from trl import GRPOConfig');
  await generations.fill('4');
  await expect(generations).not.toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('button', { name: 'Share link' }).click();
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
  const url = await page.evaluate(() => navigator.clipboard.readText());

  const other = await browser.newContext();
  const fresh = await other.newPage();
  waitAfterNavigating(fresh);
  await fresh.goto('/');
  await expect(fresh.getByRole('region', { name: 'Issues' })).toBeVisible();
  await fresh.goto('about:blank');
  await fresh.goto(url);
  await expect(fresh.getByText('Opened the configuration from the shared link.')).toBeVisible();
  await expect(versionMenu(fresh)).toHaveValue(/^5\.18 → 5\.15-5\.18/);
  await expect(classMenu(fresh)).toHaveValue('GRPOConfig');
  await expect(byName(fresh, 'num_generations')).toHaveValue('4');
  await expect(fresh.getByLabel('Python code')).toContainText('num_generations=4');
  await other.close();
});
