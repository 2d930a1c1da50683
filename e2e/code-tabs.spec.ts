import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const byName = (page: Page, name: string) => page.getByLabel(name, { exact: true });

test('writes the config as CLI flags, JSON, YAML and a launch command, each copyable', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('tab', { name: 'Python' })).toHaveAttribute('aria-selected', 'true');
  await byName(page, 'learning_rate').fill('1e-4');
  await byName(page, 'seed').fill('7');

  await page.getByRole('tab', { name: 'CLI flags' }).click();
  const flags = page.getByLabel('CLI flags code');
  await expect(flags).toContainText('--learning_rate 0.0001');
  await expect(flags).toContainText('--seed 7');
  await page.getByText('All values', { exact: true }).click();
  await expect(flags).toContainText('--num_train_epochs 3.0');

  // The choice carries over to the other code tabs.
  await page.getByRole('tab', { name: 'JSON' }).click();
  await expect(page.getByLabel('JSON code')).toContainText('"num_train_epochs": 3.0');
  await page.getByText('Changed only', { exact: true }).click();
  await expect(page.getByLabel('JSON code')).not.toContainText('num_train_epochs');
  await expect(page.getByLabel('JSON code')).toContainText('"learning_rate": 0.0001');

  await page.getByRole('tab', { name: 'YAML' }).click();
  await expect(page.getByLabel('YAML code')).toContainText('learning_rate: 0.0001');

  await page.getByRole('tab', { name: 'Launch' }).click();
  const launch = page.getByLabel('Launch command');
  await expect(launch).toContainText('torchrun --nproc_per_node 1 train.py');
  await page.getByRole('combobox', { name: 'Launcher' }).click();
  await page.getByRole('option', { name: 'accelerate launch' }).click();
  await expect(launch).toContainText('accelerate launch --num_processes 1 train.py');
  await expect(launch).toContainText('--learning_rate 0.0001');

  await page.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toBe((await launch.textContent()) ?? '');
});

test('lists the values the command line cannot carry', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a config' });
  await dialog.getByRole('radiogroup', { name: 'Format' }).getByText('Python', { exact: true }).click();
  await dialog.getByLabel('Config to import').fill('TrainingArguments(report_to=["wandb", "tensorboard"], seed=3)');
  await dialog.getByRole('button', { name: 'Replace form values' }).click();

  await page.getByRole('tab', { name: 'CLI flags' }).click();
  const skipped = page.getByRole('region', { name: /Not written as flags/ });
  await expect(skipped).toContainText('report_to');
  await expect(page.getByLabel('CLI flags code')).toContainText('--seed 3');
  await expect(page.getByLabel('CLI flags code')).not.toContainText('report_to');
});
