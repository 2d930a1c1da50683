import { expect, test } from './fixtures';
import { byName, derived } from './run-panel';
import { selectTab } from './support/open-app';

test('Llama 3.2 1B at seq 4096, batch 8 on a 24 GB GPU is made to fit by fixes that keep the global batch', async ({ page }) => {
  await page.goto('/');
  await byName(page, 'per_device_train_batch_size').fill('8');
  await expect(derived(page, 'Global batch size')).toContainText('8');
  const globalBatch = (await derived(page, 'Global batch size').locator('span').first().textContent())?.trim();

  await selectTab(page, 'Memory');
  const panel = page.getByRole('region', { name: 'GPU memory and time' });
  await panel.getByLabel('Model', { exact: true }).selectOption({ label: 'Llama 3.2 1B' });
  await panel.getByLabel('Load dtype', { exact: true }).selectOption('bfloat16');
  await panel.getByLabel('Sequence length', { exact: true }).fill('4096');
  await panel.getByLabel('GPU', { exact: true }).selectOption({ label: 'NVIDIA RTX 4090 24 GB' });

  const verdict = panel.getByRole('status').locator('strong');
  await expect(verdict).toHaveText('Does not fit');
  await expect(panel.getByRole('img', { name: /Memory by component/ })).toBeVisible();

  // Keep-the-training fixes only: checkpointing first, then smaller micro-batches with more accumulation.
  await panel.getByRole('button', { name: 'Apply: Turn on gradient_checkpointing' }).click();
  await expect(byName(page, 'gradient_checkpointing')).toBeChecked();
  for (let i = 0; i < 4 && (await verdict.textContent()) !== 'Fits'; i++) {
    const halve = panel.getByRole('button', { name: /^Apply: Halve per_device_train_batch_size/ });
    const label = (await halve.getAttribute('aria-label')) ?? '';
    await halve.click();
    // The panel has caught up (and its verdict with it) once the fix it offered is gone.
    await expect(panel.getByRole('button', { name: label, exact: true })).toHaveCount(0);
  }
  await expect(verdict).toHaveText('Fits');
  await expect(byName(page, 'per_device_train_batch_size')).toHaveValue('2');
  await expect(byName(page, 'gradient_accumulation_steps')).toHaveValue('4');
  await expect(derived(page, 'Global batch size').locator('span').first()).toHaveText(globalBatch ?? '8');
  await expect(panel.getByText(/FLOPs\/token/)).toBeVisible();
});

test('a pasted config.json that cannot be read says why, and the panel recovers', async ({ page }) => {
  await page.goto('/');
  await selectTab(page, 'Memory');
  const panel = page.getByRole('region', { name: 'GPU memory and time' });
  await panel.getByLabel('Model', { exact: true }).selectOption({ label: 'Paste config.json…' });
  await panel.getByLabel('config.json', { exact: true }).fill('{"model_type": "llama", "hidden_size": 2048');
  await expect(panel.getByRole('alert')).toContainText('This config.json cannot be read');
  await panel
    .getByLabel('config.json', { exact: true })
    .fill('{"model_type":"gpt2","n_embd":768,"n_layer":12,"n_head":12,"vocab_size":50257,"n_positions":1024}');
  await expect(panel.getByRole('status')).toBeVisible();
});
