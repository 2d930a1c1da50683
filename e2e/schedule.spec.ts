import { expect, test } from './fixtures';
import { waitAfterNavigating } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { byName, derived } from './run-panel';

async function choose(page: Page, field: string, option: string) {
  await byName(page, field).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The canvas as an image, to tell that something was drawn and that it changed. */
function pixels(canvas: Locator): Promise<string> {
  return canvas.evaluate((element) => (element as HTMLCanvasElement).toDataURL());
}

async function inkedShare(canvas: Locator): Promise<number> {
  return canvas.evaluate((element) => {
    const c = element as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
    return inked / (c.width * c.height);
  });
}

/** The reference run of the schedule docs: 10,000 examples, 8 per device, 4 GPUs, accumulation 4, 3 epochs, 10% warmup. */
async function fillReferenceRun(page: Page) {
  await byName(page, 'Training examples').fill('10000');
  await byName(page, 'per_device_train_batch_size').fill('8');
  await byName(page, 'GPUs per node').fill('4');
  await byName(page, 'gradient_accumulation_steps').fill('4');
  await byName(page, 'num_train_epochs').fill('3');
  await byName(page, 'warmup_steps').fill('0.1');
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Issues' })).toBeVisible();
  await expect(byName(page, 'Training examples')).toBeVisible();
});

test('derives the run numbers, draws the schedule and redraws it for another scheduler', async ({ page }) => {
  await fillReferenceRun(page);
  await expect(derived(page, 'Global batch size')).toContainText('128');
  await expect(derived(page, 'Global batch size')).toContainText('per_device_train_batch_size (8) × gradient_accumulation_steps (4) × processes (4)');
  await expect(derived(page, 'Total optimizer steps')).toContainText('237');
  await expect(derived(page, 'Warmup steps')).toContainText('24');
  await expect(derived(page, 'Warmup steps')).toContainText('0.1 × 237');
  await expect(derived(page, 'Optimizer updates per epoch')).toContainText('79');

  await page.getByRole('tab', { name: 'Schedule' }).click();
  const linear = page.getByRole('img', { name: 'Learning-rate schedule: linear, 237 steps' });
  await expect(linear).toBeVisible();
  await expect.poll(() => inkedShare(linear)).toBeGreaterThan(0.02);
  const before = await pixels(linear);

  await choose(page, 'lr_scheduler_type', 'cosine');
  const cosine = page.getByRole('img', { name: 'Learning-rate schedule: cosine, 237 steps' });
  await expect(cosine).toBeVisible();
  await expect.poll(() => pixels(cosine)).not.toBe(before);
  await expect(page.getByLabel('Effective lr_scheduler_kwargs')).toContainText('num_cycles');
  await expect(page.getByLabel('Effective lr_scheduler_kwargs')).toContainText('0.5');

  // Hovering reads out the step, the epoch and the rate under the pointer.
  const box = (await cosine.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 60);
  await expect(page.getByText(/^Step\s/)).toBeVisible();
  await expect(page.getByText(/^lr\s/)).toBeVisible();
});

test('explains reduce_lr_on_plateau instead of drawing a curve', async ({ page }) => {
  await choose(page, 'lr_scheduler_type', 'reduce_lr_on_plateau');
  await choose(page, 'eval_strategy', 'epoch');
  await page.getByRole('tab', { name: 'Schedule' }).click();
  await expect(page.getByText(/does not follow the step count/)).toBeVisible();
  await expect(page.getByRole('img', { name: /^Learning-rate schedule: reduce_lr_on_plateau,/ })).toBeVisible();
});

test('keeps the last valid run context while an input is wrong, and lists kept checkpoints', async ({ page }) => {
  await fillReferenceRun(page);
  await expect(derived(page, 'Total optimizer steps')).toContainText('237');
  const gpus = byName(page, 'GPUs per node');
  for (const bad of ['', '0', 'four']) {
    await gpus.fill(bad);
    await expect(gpus).toHaveAttribute('aria-invalid', 'true');
    await expect(derived(page, 'Total optimizer steps')).toContainText('237');
  }
  await gpus.fill('1');
  await expect(gpus).not.toHaveAttribute('aria-invalid', 'true');
  await expect(derived(page, 'Global batch size')).toContainText('32');

  await byName(page, 'save_steps').fill('100');
  await page.getByRole('tab', { name: 'Schedule' }).click();
  // 1 GPU: 1,250 batches ÷ 4 = 313 updates per epoch, 939 in all; saves every 100 and at the end.
  await expect(derived(page, 'Total optimizer steps')).toContainText('939');
  const folders = page.getByRole('list', { name: 'Checkpoint folders' }).first();
  await expect(folders).toContainText('checkpoint-100');
  await expect(folders).toContainText('checkpoint-900');
  await expect(folders).toContainText('checkpoint-939');
  await expect(derived(page, 'Checkpoints on disk at the end')).toContainText('10');
});

test('an iterable dataset without max_steps is an issue until max_steps is set', async ({ page }) => {
  // The run panel shows the run context a render late (a deferred value), so the switch is checked by waiting.
  const iterable = page.getByRole('switch', { name: 'Iterable dataset (no length)' });
  await iterable.click({ force: true });
  await expect(iterable).toBeChecked();
  const issue = page.getByRole('region', { name: 'Issues' }).getByRole('listitem').filter({ hasText: 'iterable-needs-max-steps' });
  await expect(issue).toHaveCount(1);
  await byName(page, 'max_steps').fill('500');
  await expect(issue).toHaveCount(0);
  await expect(derived(page, 'Total optimizer steps')).toContainText('500');
});

test('a reload keeps the form values, the hardware and the run context', async ({ page }) => {
  await fillReferenceRun(page);
  await page.getByLabel('Hardware', { exact: true }).click();
  await page.getByRole('option', { name: 'CPU only' }).click();
  await expect(derived(page, 'Total optimizer steps')).toContainText('237');
  await page.reload();
  await expect(byName(page, 'warmup_steps')).toHaveValue('0.1');
  await expect(byName(page, 'per_device_train_batch_size')).toHaveValue('8');
  await expect(byName(page, 'GPUs per node')).toHaveValue('4');
  await expect(page.getByLabel('Hardware', { exact: true })).toHaveValue('CPU only');
  await expect(derived(page, 'Total optimizer steps')).toContainText('237');
  await expect(derived(page, 'Warmup steps')).toContainText('24');
  // A restored value is a value, not a new default: resetting the field empties it.
  await page.getByRole('button', { name: 'Reset warmup_steps', exact: true }).click();
  await expect(byName(page, 'warmup_steps')).toHaveValue('');
  await expect(derived(page, 'Warmup steps')).toContainText('0');
});

test('a corrupt saved state is ignored with a notice', async ({ page }) => {
  await page.evaluate(() => localStorage.setItem('trainargs-studio:state', '{"v":1,"values":'));
  await page.reload();
  await expect(page.getByText('Your saved work could not be read, so the form starts empty.')).toBeVisible();
  await expect(byName(page, 'learning_rate')).toHaveValue('');
});

test('a share link opens the same state in a fresh browser, and wins over saved work', async ({ page, browser }) => {
  await fillReferenceRun(page);
  await choose(page, 'lr_scheduler_type', 'cosine');
  await expect(derived(page, 'Total optimizer steps')).toContainText('237');
  await page.getByRole('button', { name: 'Share link' }).click();
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toMatch(/#s=[zj][A-Za-z0-9_-]+$/);

  const other = await browser.newContext();
  const fresh = await other.newPage();
  waitAfterNavigating(fresh);
  await fresh.goto('/');
  await byName(fresh, 'learning_rate').fill('0.1');
  await fresh.goto('about:blank');
  await fresh.goto(url);
  // The fresh browser had work of its own: the link opens over it and a copy is kept (e2e/share-over-work.spec.ts).
  await expect(fresh.getByText('Opened the shared link over your work; a copy of your work is kept.')).toBeVisible();
  await expect(byName(fresh, 'warmup_steps')).toHaveValue('0.1');
  await expect(byName(fresh, 'learning_rate')).toHaveValue('');
  await expect(byName(fresh, 'lr_scheduler_type')).toHaveValue('cosine');
  await expect(byName(fresh, 'GPUs per node')).toHaveValue('4');
  await expect(derived(fresh, 'Global batch size')).toContainText('128');
  // The link is consumed: a reload shows the (now saved) state without reopening it.
  expect(new URL(fresh.url()).hash).toBe('');
  await fresh.reload();
  await expect(byName(fresh, 'warmup_steps')).toHaveValue('0.1');
  await other.close();
});

test('a link that cannot be read keeps the saved work and says so', async ({ page }) => {
  await byName(page, 'learning_rate').fill('0.001');
  await expect(derived(page, 'Total optimizer steps')).toBeVisible();
  await page.goto('about:blank');
  await page.goto('/#s=zNOT-A-VALID-TOKEN');
  await expect(page.getByText('This share link could not be read; your saved work is kept.')).toBeVisible();
  await expect(byName(page, 'learning_rate')).toHaveValue('0.001');
});
