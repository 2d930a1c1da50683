import { expect as baseExpect, test } from './fixtures';
import { openApp, waitForApp } from './support/open-app';
import type { Page } from '@playwright/test';

// The machine these run on is shared and often loaded: generous time per test, the assertions unchanged.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

const byName = (page: Page, name: string) => page.getByLabel(name, { exact: true });
const issuesPanel = (page: Page) => page.getByRole('region', { name: 'Issues' });

async function openPresets(page: Page) {
  await page.getByRole('button', { name: 'Presets', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Presets' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test.beforeEach(async ({ page }) => {
  await openApp(page, '/');
  await expect(issuesPanel(page)).toBeVisible();
});

test('a curated preset applies without errors and is undone in one step', async ({ page }) => {
  await byName(page, 'seed').fill('7');
  const dialog = await openPresets(page);
  await expect(dialog.getByRole('listitem')).toHaveCount(8);
  await expect(dialog).toContainText('bf16, gradient checkpointing, 8-bit AdamW, cosine schedule with warmup');
  await dialog.getByRole('button', { name: 'Apply preset LLM SFT on one GPU' }).click();
  await expect(dialog).toBeHidden();

  await expect(byName(page, 'optim')).toHaveValue('adamw_bnb_8bit');
  await expect(byName(page, 'lr_scheduler_type')).toHaveValue('cosine');
  await expect(page.getByRole('switch', { name: 'bf16' })).toBeChecked();
  await expect(page.getByRole('switch', { name: 'gradient_checkpointing' })).toBeChecked();
  await expect(byName(page, 'seed')).toHaveValue('');
  await expect(issuesPanel(page).getByRole('listitem').filter({ hasText: 'Error' })).toHaveCount(0);

  await issuesPanel(page).getByRole('button', { name: 'Undo' }).click();
  await expect(byName(page, 'optim')).toHaveValue('adamw_torch_fused');
  await expect(page.getByRole('switch', { name: 'bf16' })).not.toBeChecked();
  await expect(byName(page, 'seed')).toHaveValue('7');
});

test('the GRPO preset switches the form to GRPOConfig with its own arguments', async ({ page }) => {
  const dialog = await openPresets(page);
  await dialog.getByRole('button', { name: 'Apply preset GRPO with TRL' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Config class', exact: true })).toHaveValue('GRPOConfig');
  await expect(byName(page, 'num_generations')).toHaveValue('8');
  await expect(byName(page, 'learning_rate')).toHaveValue('1e-06');
  await expect(page.getByLabel('Python code')).toContainText('GRPOConfig(');
  await expect(issuesPanel(page).getByRole('listitem').filter({ hasText: 'Error' })).toHaveCount(0);
});

test('own presets: save, rename, apply, export, delete and import back', async ({ page }) => {
  await byName(page, 'learning_rate').fill('5e-5');
  let dialog = await openPresets(page);
  await dialog.getByLabel('Save the current form as a preset').fill('My run');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByText('My run', { exact: true })).toBeVisible();

  await dialog.getByRole('button', { name: 'Rename My run' }).click();
  await dialog.getByLabel('New name').fill('Baseline');
  await dialog.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(dialog.getByText('Baseline', { exact: true })).toBeVisible();

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export to a file' }).click();
  const file = await (await download).path();

  await dialog.getByRole('button', { name: 'Delete Baseline' }).click();
  await expect(dialog.getByText('Baseline', { exact: true })).toBeHidden();

  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Import from a file' }).click();
  await (await chooser).setFiles(file);
  await expect(dialog.getByText('Baseline', { exact: true })).toBeVisible();

  await page.keyboard.press('Escape');
  await byName(page, 'learning_rate').fill('');
  dialog = await openPresets(page);
  await dialog.getByRole('button', { name: 'Apply preset Baseline' }).click();
  await expect(byName(page, 'learning_rate')).toHaveValue('5e-5');

  // Kept across a reload.
  await page.reload();
  await waitForApp(page);
  dialog = await openPresets(page);
  await expect(dialog.getByText('Baseline', { exact: true })).toBeVisible();
});

test('a file that is not a presets file is refused with a reason', async ({ page }) => {
  const dialog = await openPresets(page);
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Import from a file' }).click();
  await (await chooser).setFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(dialog.getByRole('alert')).toContainText('not a presets file');
});
