import { expect as baseExpect, test } from './fixtures';
import { openApp } from './support/open-app';
import type { Page } from '@playwright/test';

// The machine these run on is shared and often loaded: generous time per test, the assertions unchanged.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

const byName = (page: Page, name: string) => page.getByLabel(name, { exact: true });
const header = (page: Page) => page.getByRole('banner');
const issuesPanel = (page: Page) => page.getByRole('region', { name: 'Issues' });

test.beforeEach(async ({ page }) => {
  await openApp(page, '/');
  await expect(issuesPanel(page)).toBeVisible();
});

test('a typed edit is one undo step, redone with Ctrl+Shift+Z', async ({ page }) => {
  const learningRate = byName(page, 'learning_rate');
  await learningRate.pressSequentially('3e-4');
  await expect(learningRate).toHaveValue('3e-4');
  await byName(page, 'seed').fill('7');

  const undo = header(page).getByRole('button', { name: 'Undo' });
  const redo = header(page).getByRole('button', { name: 'Redo' });
  await undo.click();
  await expect(byName(page, 'seed')).toHaveValue('');
  await expect(learningRate).toHaveValue('3e-4');
  await undo.click();
  // The keystrokes of one field, typed together, come back out together.
  await expect(learningRate).toHaveValue('');
  await expect(undo).toBeDisabled();

  await redo.click();
  await expect(learningRate).toHaveValue('3e-4');
  await page.locator('body').press('Control+Shift+z');
  await expect(byName(page, 'seed')).toHaveValue('7');
  await expect(redo).toBeDisabled();

  // Ctrl+Z inside the field takes back the field's burst too.
  await learningRate.click();
  await learningRate.press('Control+z');
  await expect(byName(page, 'seed')).toHaveValue('');
});

test('a reset and a select change are steps of their own', async ({ page }) => {
  await byName(page, 'max_steps').fill('100');
  await page.getByRole('button', { name: 'Reset max_steps', exact: true }).click();
  await expect(byName(page, 'max_steps')).toHaveValue('');
  await byName(page, 'lr_scheduler_type').click();
  await page.getByRole('option', { name: 'cosine', exact: true }).click();
  await expect(byName(page, 'lr_scheduler_type')).toHaveValue('cosine');

  const undo = header(page).getByRole('button', { name: 'Undo' });
  await undo.click();
  await expect(byName(page, 'lr_scheduler_type')).toHaveValue('linear');
  await undo.click();
  await expect(byName(page, 'max_steps')).toHaveValue('100');
});

test('issues are grouped by severity and section, fold away, and all safe fixes apply as one step', async ({ page }) => {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a config' });
  await dialog
    .getByLabel('Config to import')
    .fill('{"evaluation_strategy": "epoch", "load_best_model_at_end": true, "save_strategy": "steps", "fp16": true, "bf16": true}');
  await dialog.getByRole('button', { name: 'Replace form values' }).click();
  await expect(dialog).toBeHidden();

  const panel = issuesPanel(page);
  const errors = panel.getByRole('button', { name: /^Errors \(\d+\)$/ });
  await expect(errors).toHaveAttribute('aria-expanded', 'true');
  await expect(panel.getByRole('heading', { level: 3, name: 'Precision & memory' })).toBeVisible();
  await errors.click();
  await expect(errors).toHaveAttribute('aria-expanded', 'false');
  await expect(panel.getByRole('heading', { level: 3, name: 'Precision & memory' })).toBeHidden();
  await errors.click();

  // Each field shows its own issue too.
  await expect(byName(page, 'fp16')).toBeAttached();

  const applyAll = panel.getByRole('button', { name: /Apply all safe fixes/ });
  await applyAll.click();
  await expect(panel.getByRole('listitem').filter({ hasText: 'Error' })).toHaveCount(0);
  await expect(byName(page, 'eval_strategy')).toHaveValue('epoch');

  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByRole('listitem').filter({ hasText: 'evaluation_strategy' })).toHaveCount(1);
  await expect(byName(page, 'eval_strategy')).toHaveValue('no');

  await panel.getByRole('button', { name: 'Hide issues' }).click();
  await expect(panel.getByRole('listitem')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Show issues' }).click();
  await expect(panel.getByRole('listitem').first()).toBeVisible();
});
