import { expect as baseExpect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { pasteIntoImport } from './import-dialog';

// Switching the class loads the checker for the migration; on a busy machine that takes a while.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

const byName = (page: Page, name: string) => page.getByLabel(name, { exact: true });
const issuesPanel = (page: Page) => page.getByRole('region', { name: 'Issues' });

// The first command of the transformers README for text classification, started on two GPUs.
const RUN_GLUE =
  'torchrun --nproc_per_node 2 run_glue.py --model_name_or_path google-bert/bert-base-cased --task_name mrpc --do_train --do_eval --max_seq_length 128 --per_device_train_batch_size 32 --learning_rate 2e-5 --num_train_epochs 3 --output_dir /tmp/mrpc/';

const SFT_CALL = `from trl import SFTConfig

training_args = SFTConfig(
    output_dir="Qwen2-0.5B-SFT",
    max_length=512,
    packing=True,
    learning_rate=2e-5,
    num_train_epochs=1.0,
)
`;

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(issuesPanel(page)).toBeVisible();
});

test('the run_glue.py command imports without errors, its script arguments apart, and fills the Launch panel', async ({ page }) => {
  const dialog = await pasteIntoImport(page, RUN_GLUE, 'CLI flags');
  const willSet = dialog.getByRole('region', { name: 'Will be set' });
  await expect(willSet.getByRole('row')).toHaveCount(6);
  await expect(willSet.getByRole('row').filter({ hasText: 'num_train_epochs' })).toContainText('3.0');
  await expect(willSet).not.toContainText('not a v5 argument');
  await expect(dialog.getByRole('region', { name: 'Errors' })).toHaveCount(0);

  const others = dialog.getByRole('region', { name: 'Not TrainingArguments' });
  for (const name of ['model_name_or_path', 'task_name', 'max_seq_length']) {
    await expect(others.getByRole('row').filter({ hasText: name })).toContainText('example script');
  }
  const launch = dialog.getByRole('checkbox', { name: 'Set the Launch panel: 2 processes per node, 1 nodes' });
  await expect(launch).toBeChecked();
  await dialog.getByRole('button', { name: 'Replace form values' }).click();
  await expect(dialog).toBeHidden();

  await expect(byName(page, 'learning_rate')).toHaveValue('2e-05');
  await expect(byName(page, 'per_device_train_batch_size')).toHaveValue('32');
  await expect(byName(page, 'GPUs per node')).toHaveValue('2');
  await expect(byName(page, 'Nodes')).toHaveValue('1');
  await expect(issuesPanel(page)).not.toContainText(/\d+ Errors?\b/);
  await page.getByRole('tab', { name: 'Launch' }).click();
  await expect(page.getByLabel('Launch command')).toContainText('torchrun --nproc_per_node 2 train.py');
});

test('an SFTConfig(...) call switches the class and fills its fields', async ({ page }) => {
  const dialog = await pasteIntoImport(page, SFT_CALL, 'Python');
  const switchClass = dialog.getByRole('checkbox', { name: 'The text builds SFTConfig: switch the form to it' });
  await expect(switchClass).toBeChecked();
  const willSet = dialog.getByRole('region', { name: 'Will be set' });
  await expect(willSet.getByRole('row')).toHaveCount(5);
  await expect(willSet).not.toContainText('not a v5 argument');
  await dialog.getByRole('button', { name: 'Replace form values' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('combobox', { name: 'Config class', exact: true })).toHaveValue('SFTConfig');
  await expect(byName(page, 'max_length')).toHaveValue('512');
  await expect(page.getByRole('switch', { name: 'packing' })).toBeChecked();
  await expect(byName(page, 'learning_rate')).toHaveValue('2e-05');
  await expect(byName(page, 'output_dir')).toHaveValue('Qwen2-0.5B-SFT');
  await expect(page.getByLabel('Python code')).toContainText('SFTConfig(');
});

test('a TRL command’s SFTConfig names are offered as a switch the user confirms', async ({ page }) => {
  const dialog = await pasteIntoImport(
    page,
    'python trl/scripts/sft.py --model_name_or_path Qwen/Qwen2-0.5B --packing --eos_token "<|im_end|>" --output_dir out',
    'CLI flags',
  );
  const offer = dialog.getByRole('checkbox', { name: /These look like SFTConfig fields/ });
  await expect(offer).not.toBeChecked();
  await expect(dialog.getByRole('region', { name: 'Will be set' })).toContainText('not a v5 argument');
  await offer.check();
  await expect(dialog.getByRole('region', { name: 'Will be set' })).not.toContainText('not a v5 argument');
  await dialog.getByRole('button', { name: 'Replace form values' }).click();
  await expect(page.getByRole('combobox', { name: 'Config class', exact: true })).toHaveValue('SFTConfig');
  await expect(page.getByRole('switch', { name: 'packing' })).toBeChecked();
});

test('a recipe naming a DeepSpeed file gets a DeepSpeed config tab with "auto" values and what is left to decide', async ({ page }) => {
  const dialog = await pasteIntoImport(page, 'deepspeed: configs/ds_zero3.json\nbf16: true\nlearning_rate: 2.0e-5\noutput_dir: out\n', 'YAML');
  await dialog.getByRole('button', { name: 'Replace form values' }).click();
  await page.getByRole('tab', { name: 'DeepSpeed config' }).click();
  const deepspeed = page.getByLabel('DeepSpeed config code');
  await expect(deepspeed).toContainText('"train_micro_batch_size_per_gpu": "auto"');
  await expect(deepspeed).toContainText('"stage": 3');
  await expect(page.getByRole('region', { name: /What to decide/ })).toContainText('Save this file as configs/ds_zero3.json');
  await expect(page.getByRole('tab', { name: 'accelerate config' })).toHaveCount(0);
});
