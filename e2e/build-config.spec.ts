import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const byName = (page: Page, name: string) => page.getByLabel(name, { exact: true });

async function choose(page: Page, field: string, option: string) {
  await byName(page, field).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

function issuesPanel(page: Page) {
  return page.getByRole('region', { name: 'Issues' });
}

/** Keyword names in the generated call, in order. */
function kwargNames(code: string): string[] {
  return [...code.matchAll(/^\s+(\w+)=/gm)].map((m) => m[1] ?? '');
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(issuesPanel(page)).toBeVisible();
});

test('builds a config: field errors, a cross-field error and its fix, exact code, copy', async ({ page }) => {
  const learningRate = byName(page, 'learning_rate');
  await learningRate.fill('abc');
  await expect(learningRate).toHaveAttribute('aria-invalid', 'true');
  await expect(learningRate).toHaveAccessibleDescription(/abc/);
  await expect(learningRate).toHaveValue('abc');

  await page.getByRole('button', { name: 'Reset learning_rate', exact: true }).click();
  await expect(learningRate).toHaveValue('');
  await expect(learningRate).not.toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('switch', { name: 'load_best_model_at_end' }).check({ force: true });
  await choose(page, 'eval_strategy', 'epoch');
  await choose(page, 'save_strategy', 'steps');

  const saveStrategy = byName(page, 'save_strategy');
  await expect(saveStrategy).toHaveAttribute('aria-invalid', 'true');
  await expect(saveStrategy).toHaveAccessibleDescription(/eval_strategy[\s\S]*save_strategy|save_strategy[\s\S]*eval_strategy/);
  const strategyError = issuesPanel(page)
    .getByRole('listitem')
    .filter({ hasText: 'Error' })
    .filter({ hasText: 'eval_strategy' })
    .filter({ hasText: 'save_strategy' });
  await expect(strategyError).toHaveCount(1);

  await choose(page, 'save_strategy', 'epoch');
  await expect(strategyError).toHaveCount(0);
  await expect(saveStrategy).not.toHaveAttribute('aria-invalid', 'true');
  await expect(issuesPanel(page).getByRole('listitem').filter({ hasText: 'Error' })).toHaveCount(0);

  const code = page.getByLabel('Python code');
  await expect(code).toContainText(/save_strategy=['"]epoch['"]/);
  const text = (await code.textContent()) ?? '';
  expect(kwargNames(text)).toEqual(['eval_strategy', 'load_best_model_at_end', 'save_strategy']);
  expect(text).toMatch(/eval_strategy=['"]epoch['"]/);
  expect(text).toMatch(/load_best_model_at_end=True/);
  expect(text).toContain('TrainingArguments(');

  await page.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toBe(text);
});

test('applies a fix in one step and undoes it with the button and with Ctrl+Z', async ({ page }) => {
  await page.getByRole('switch', { name: 'load_best_model_at_end' }).check({ force: true });
  await choose(page, 'eval_strategy', 'epoch');
  const saveStrategy = byName(page, 'save_strategy');
  await expect(saveStrategy).toHaveAttribute('aria-invalid', 'true');

  const fix = issuesPanel(page).getByRole('button', { name: /Apply fix/ });
  await fix.first().click();
  await expect(saveStrategy).not.toHaveAttribute('aria-invalid', 'true');
  await expect(saveStrategy).toHaveValue('epoch');

  await issuesPanel(page).getByRole('button', { name: 'Undo' }).click();
  await expect(saveStrategy).toHaveAttribute('aria-invalid', 'true');
  await expect(saveStrategy).toHaveValue('steps');

  await fix.first().click();
  await expect(saveStrategy).toHaveValue('epoch');
  await page.locator('body').press('Control+z');
  await expect(saveStrategy).toHaveValue('steps');
});

test('issue links scroll to and focus their field', async ({ page }) => {
  await byName(page, 'learning_rate').fill('abc');
  await byName(page, 'learning_rate').blur();
  const item = issuesPanel(page).getByRole('listitem').filter({ hasText: 'abc' });
  await item.getByRole('button', { name: 'learning_rate', exact: true }).click();
  await expect(byName(page, 'learning_rate')).toBeFocused();
});

test('accepts every shape of the union and dict fields', async ({ page }) => {
  const warmup = byName(page, 'warmup_steps');
  await warmup.fill('0.1');
  const reportTo = byName(page, 'report_to');
  await reportTo.fill('wandb');
  await reportTo.press('Enter');
  await byName(page, 'num_train_epochs').fill('5.0');

  const code = page.getByLabel('Python code');
  await expect(code).toContainText(/warmup_steps=0\.1/);
  await expect(code).toContainText(/report_to=\[['"]wandb['"]\]/);
  await expect(code).toContainText(/num_train_epochs=5\.0/);

  await page
    .getByRole('region', { name: 'Precision & memory' })
    .getByRole('button', { name: /Show advanced/ })
    .click();
  const checkpointingKwargs = byName(page, 'gradient_checkpointing_kwargs');
  await checkpointingKwargs.fill('{"use_reentrant": }');
  await expect(checkpointingKwargs).toHaveAttribute('aria-invalid', 'true');
  await expect(checkpointingKwargs).toHaveAccessibleDescription(/line 1, column \d+/);
  await checkpointingKwargs.fill('{"use_reentrant": false}');
  await expect(checkpointingKwargs).not.toHaveAttribute('aria-invalid', 'true');
  await expect(code).toContainText(/gradient_checkpointing_kwargs=\{['"]use_reentrant['"]: False\}/);
  // Other values survive a bad edit elsewhere.
  await expect(warmup).toHaveValue('0.1');
});

test('the hardware profile changes the verdict, and links reveal advanced fields', async ({ page }) => {
  await page.getByLabel('Hardware', { exact: true }).click();
  await page.getByRole('option', { name: 'CPU only' }).click();
  const item = issuesPanel(page).getByRole('listitem').filter({ hasText: 'dataloader_pin_memory' });
  await expect(item).toHaveCount(1);
  await expect(byName(page, 'dataloader_pin_memory')).toHaveCount(0);
  await item.getByRole('button', { name: 'dataloader_pin_memory', exact: true }).click();
  await expect(byName(page, 'dataloader_pin_memory')).toBeFocused();
});
