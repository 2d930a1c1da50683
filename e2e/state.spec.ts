import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const STORAGE_KEY = 'trainargs-studio:state';
const byName = (page: Page, name: string) => page.getByLabel(name, { exact: true });
const versionMenu = (page: Page) => page.getByRole('combobox', { name: 'transformers', exact: true });
// The app's chunks load lazily; on a busy machine the first state can take a while to arrive.
const eventually = expect.configure({ timeout: 30_000 });
const notice = (page: Page) => page.getByRole('status').filter({ hasText: /saved|storage|link|tab/i });

/** Clicks a download button and gives the file's name and text. */
async function download(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path()) ?? '', 'utf8') };
}

async function openWithStored(page: Page, text: string) {
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, text] as const);
  await page.reload();
}

test('a corrupt saved state opens with a notice, and its text can be downloaded', async ({ page }) => {
  const corrupt = '{"v":1,"values":{"learning_rate":"3e-5"';
  await openWithStored(page, corrupt);
  await eventually(page.getByText('Your saved work could not be read, so the form starts empty.')).toBeVisible();
  await expect(byName(page, 'learning_rate')).toHaveValue('');
  const file = await download(page, page.getByRole('button', { name: 'Download saved text' }));
  expect(file.text).toBe(corrupt);
  // Nothing is written over it until the user changes something.
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(corrupt);
});

test('saved state from a format this version cannot read opens with a notice and a download', async ({ page }) => {
  const future = JSON.stringify({ v: 2, values: { learning_rate: '3e-5' }, target: 'v9' });
  await openWithStored(page, future);
  await eventually(page.getByText('Your saved work is in a format this version cannot read')).toBeVisible();
  const file = await download(page, page.getByRole('button', { name: 'Download saved text' }));
  expect(JSON.parse(file.text)).toEqual(JSON.parse(future));
});

test('saved values that no longer fit are left out with a notice, and can be downloaded', async ({ page }) => {
  await openWithStored(page, JSON.stringify({ v: 1, values: { learning_rate: '1e-4', lerning_rate: '2', bf16: 'yes' }, hardware: 'tpu' }));
  await eventually(byName(page, 'learning_rate')).toHaveValue('1e-4');
  await expect(notice(page)).toContainText('left out: hardware, bf16, lerning_rate');
  const file = await download(page, page.getByRole('button', { name: 'Download what was left out' }));
  expect(JSON.parse(file.text)).toEqual({ 'values.bf16': 'yes', hardware: 'tpu', 'values.lerning_rate': '2' });
});

test('saved work on an older release opens on it with a notice, and one click moves it to the newest, undoably', async ({ page }) => {
  // The switch loads the migration plan, slow on a busy machine.
  test.setTimeout(120_000);
  await openWithStored(page, JSON.stringify({ v: 1, release: '4.57', configClass: 'TrainingArguments', values: { warmup_ratio: '0.1' }, hardware: 'cpu' }));
  const restored = notice(page).filter({ hasText: 'Restored your saved work for transformers 4.57 (TrainingArguments)' });
  await eventually(restored).toContainText('A fresh start opens transformers 5.18');
  await expect(versionMenu(page)).toHaveValue(/^4\.57 /);
  await expect(byName(page, 'warmup_ratio')).toHaveValue('0.1');

  await restored.getByRole('button', { name: 'Switch to transformers 5.18' }).click();
  // The header's own switch: values migrate, it is listed, and one Undo takes it back.
  const switched = page.getByRole('status', { name: 'Switched' });
  await eventually(switched).toContainText('warmup_steps=0.1');
  await expect(versionMenu(page)).toHaveValue(/^5\.18 /);
  await expect(byName(page, 'warmup_steps')).toHaveValue('0.1');
  await expect(restored).toHaveCount(0);
  await switched.getByRole('button', { name: 'Undo' }).click();
  await eventually(versionMenu(page)).toHaveValue(/^4\.57 /);
  await expect(byName(page, 'warmup_ratio')).toHaveValue('0.1');
});

test('saved work on another class is told about on the visit that opens it there, not on every later one', async ({ page }) => {
  await openWithStored(page, JSON.stringify({ v: 1, release: '5.18', configClass: 'SFTConfig', values: { max_length: '2048' } }));
  const restored = notice(page).filter({ hasText: 'Restored your saved work for SFTConfig on transformers 5.18' });
  await eventually(restored).toBeVisible();
  await page.reload();
  await eventually(byName(page, 'max_length')).toHaveValue('2048');
  await expect(page.getByRole('combobox', { name: 'Config class', exact: true })).toHaveValue('SFTConfig');
  await expect(restored).toHaveCount(0);
});

test('saved work in the older stored shape says it was upgraded, and can be kept on its release', async ({ page }) => {
  test.setTimeout(120_000);
  await openWithStored(page, JSON.stringify({ v: 1, target: '5.2-5.5', configClass: 'SFTConfig', values: { warmup_ratio: '0.1' } }));
  const restored = notice(page).filter({ hasText: 'stored in an older format and has been upgraded' });
  await eventually(restored).toContainText('Restored your saved work for transformers 5.5 (SFTConfig)');
  await expect(byName(page, 'warmup_ratio')).toHaveValue('0.1');
  await restored.getByRole('button', { name: 'Keep 5.5' }).click();
  await expect(restored).toHaveCount(0);
  await expect(versionMenu(page)).toHaveValue(/^5\.5 /);
  await expect(page.getByRole('combobox', { name: 'Config class', exact: true })).toHaveValue('SFTConfig');
});

test('a full storage degrades to a notice: the app keeps working and the work can be downloaded', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await byName(page, 'learning_rate').fill('3e-4');
  await eventually(notice(page)).toContainText("The browser's storage is full");
  await expect(page.getByLabel('Python code')).toContainText('learning_rate=0.0003');
  const file = await download(page, page.getByRole('button', { name: 'Download as file' }));
  expect(file.name).toBe('trainargs-studio-state.json');
  expect(JSON.parse(file.text)).toMatchObject({ v: 1, values: { learning_rate: '3e-4' } });
  expect(errors).toEqual([]);
});

test('storage turned off (private mode) degrades to a notice, never a crash', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await byName(page, 'seed').fill('7');
  await eventually(notice(page)).toContainText('does not let the studio save');
  await expect(page.getByLabel('Python code')).toContainText('seed=7');
  expect(errors).toEqual([]);
});

test('two tabs: the other tab is told of a save, can load it, and keeping its own asks first', async ({ context }) => {
  // Two pages at once take twice the time on a busy machine.
  test.setTimeout(180_000);
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/');
  await second.goto('/');
  await eventually(byName(second, 'learning_rate')).toBeVisible();

  await byName(first, 'learning_rate').fill('0.001');
  await eventually(notice(second)).toContainText('Another tab saved different work');
  await second.getByRole('button', { name: 'Load the other work' }).click();
  await expect(byName(second, 'learning_rate')).toHaveValue('0.001');

  // Now the second tab saves; the first is told and keeps its own, which it is asked to confirm.
  await byName(second, 'seed').fill('5');
  await eventually(notice(first)).toContainText('Another tab saved different work');
  await byName(first, 'learning_rate').fill('0.002');
  await first.getByRole('button', { name: 'Keep mine and save' }).click();
  await expect(notice(first)).toContainText("Save this tab's work over the other tab's?");
  await first.getByRole('button', { name: 'Cancel' }).click();
  expect(JSON.parse((await first.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? '{}').values).toEqual({ learning_rate: '0.001', seed: '5' });
  await first.getByRole('button', { name: 'Keep mine and save' }).click();
  await first.getByRole('button', { name: 'Save mine' }).click();
  await expect(notice(first)).toHaveCount(0);
  expect(JSON.parse((await first.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? '{}').values).toEqual({ learning_rate: '0.002' });
  await eventually(notice(second)).toContainText('Another tab saved different work');
});

test('a link longer than 8,000 characters is refused with a file instead, which Import opens', async ({ page }) => {
  await page.goto('/');
  // Random text does not deflate, so the link would be far longer than the limit.
  const long = randomBytes(9000).toString('base64');
  await byName(page, 'run_name').fill(long);
  await page.evaluate(() => navigator.clipboard.writeText('before'));
  await page.getByRole('button', { name: 'Share link' }).click();
  await eventually(notice(page)).toContainText('Links over 8,000 characters get cut');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');
  const file = await download(page, page.getByRole('button', { name: 'Download as file' }));

  await byName(page, 'run_name').fill('other');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a config' });
  await dialog.getByLabel('Config to import').fill(file.text);
  await expect(dialog.getByText('Detected: JSON')).toBeVisible();
  await dialog.getByRole('button', { name: 'Replace form values' }).click();
  await expect(byName(page, 'run_name')).toHaveValue(long);
});
