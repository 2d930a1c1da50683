import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { pasteIntoImport } from './import-dialog';

const byName = (page: Page, name: string) => page.getByLabel(name, { exact: true });
const issuesPanel = (page: Page) => page.getByRole('region', { name: 'Issues' });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(issuesPanel(page)).toBeVisible();
});

test('imports JSON with an old name, which the Issues list renames in one fix', async ({ page }) => {
  const dialog = await pasteIntoImport(page, '{\n  "evaluation_strategy": "epoch",\n  "learning_rate": 2e-5,\n  "hub_token": "<HUB_TOKEN>"\n}', 'JSON');
  const willSet = dialog.getByRole('region', { name: 'Will be set' });
  await expect(willSet.getByRole('row').filter({ hasText: 'evaluation_strategy' })).toContainText('not a v5 argument');
  await expect(willSet.getByRole('row').filter({ hasText: 'learning_rate' })).toContainText('2e-05');
  await expect(dialog.getByRole('region', { name: 'Not imported' })).toContainText('hub_token');
  await dialog.getByRole('button', { name: 'Replace form values' }).click();
  await expect(dialog).toBeHidden();

  await expect(byName(page, 'learning_rate')).toHaveValue('2e-05');
  const renamed = issuesPanel(page).getByRole('listitem').filter({ hasText: 'evaluation_strategy' });
  await expect(renamed).toHaveCount(1);
  const fix = renamed.getByRole('button', { name: /Apply fix.*eval_strategy/ });
  await expect(fix).toBeVisible();
  await fix.click();
  await expect(renamed).toHaveCount(0);
  await expect(byName(page, 'eval_strategy')).toHaveValue('epoch');
  await expect(page.getByLabel('Python code')).toContainText("eval_strategy='epoch'");
});

test('imports Python code into the form in one undoable step', async ({ page }) => {
  await byName(page, 'seed').fill('7');
  const code =
    'from transformers import TrainingArguments\n\nargs = TrainingArguments(\n    output_dir="out",\n    learning_rate=3e-4,\n    num_train_epochs=2.0,\n    bf16=True,\n)\n';
  const dialog = await pasteIntoImport(page, code, 'Python');
  await expect(dialog.getByRole('region', { name: 'Will be set' }).getByRole('row')).toHaveCount(4);
  await dialog.getByRole('button', { name: 'Replace form values' }).click();

  await expect(byName(page, 'learning_rate')).toHaveValue('0.0003');
  await expect(byName(page, 'num_train_epochs')).toHaveValue('2.0');
  await expect(byName(page, 'output_dir')).toHaveValue('out');
  await expect(page.getByRole('switch', { name: 'bf16' })).toBeChecked();
  await expect(byName(page, 'seed')).toHaveValue('');
  await expect(page.getByLabel('Python code')).toContainText('learning_rate=0.0003');

  await issuesPanel(page).getByRole('button', { name: 'Undo' }).click();
  await expect(byName(page, 'learning_rate')).toHaveValue('');
  await expect(byName(page, 'seed')).toHaveValue('7');
});

test('shows errors with their line and column, and a manual format override', async ({ page }) => {
  const dialog = await pasteIntoImport(page, '{\n  "seed": 1,,\n}', 'JSON');
  await expect(dialog.getByRole('region', { name: 'Errors' })).toContainText('Line 2, Column');
  await expect(dialog.getByRole('button', { name: 'Replace form values' })).toBeDisabled();

  await dialog.getByLabel('Config to import').fill('seed: 3');
  await dialog.getByRole('radiogroup', { name: 'Format' }).getByText('JSON', { exact: true }).click();
  await expect(dialog.getByRole('region', { name: 'Errors' })).toBeVisible();
  await dialog.getByRole('radiogroup', { name: 'Format' }).getByText('YAML', { exact: true }).click();
  await expect(dialog.getByRole('region', { name: 'Will be set' })).toContainText('seed');
  await dialog.getByRole('button', { name: 'Replace form values' }).click();
  await expect(byName(page, 'seed')).toHaveValue('3');
});
