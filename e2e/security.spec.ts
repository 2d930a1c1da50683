import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { encodeShareToken } from '../src/core/share/share-link';
import { EMPTY_SHARED_STATE } from '../src/core/share/share-state';

// Markup and a script end tag that would run (or at least fetch `x` and log an error) if any data were
// ever rendered as HTML instead of text.
const PAYLOAD = `<img src=x onerror="window.__pwned=1;alert(1)"></script><script>window.__pwned=2</script>`;
const TOKEN = 'hf_' + 'Qw7'.repeat(11) + 'Z';
const STORAGE_KEY = 'trainargs-studio:state';

const byName = (page: Page, name: string) => page.getByLabel(name, { exact: true });
// The app's chunks load lazily; on a busy machine the first state can take a while to arrive.
const eventually = expect.configure({ timeout: 30_000 });

/** Everything that would show a script ran: dialogs, page errors, console errors, the flag it sets. */
function watchForScript(page: Page): { problems: string[] } {
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return { problems };
}

async function expectNothingRan(page: Page, watch: { problems: string[] }) {
  await eventually(byName(page, 'output_dir')).toHaveValue(PAYLOAD);
  // Shown as text, character for character, in the code…
  await expect(page.getByLabel('Python code')).toContainText(`output_dir='${PAYLOAD}'`);
  // …and never as elements.
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(watch.problems).toEqual([]);
}

test('markup in output_dir arriving by import runs nothing and shows as text', async ({ page }) => {
  const watch = watchForScript(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a config' });
  await dialog.getByLabel('Config to import').fill(JSON.stringify({ output_dir: PAYLOAD }));
  await expect(dialog.getByRole('region', { name: 'Will be set' })).toContainText(PAYLOAD);
  await dialog.getByRole('button', { name: 'Replace form values' }).click();
  await expectNothingRan(page, watch);
});

test('markup in output_dir arriving by a share link runs nothing and shows as text', async ({ page }) => {
  const watch = watchForScript(page);
  const token = await encodeShareToken({ ...EMPTY_SHARED_STATE, values: { output_dir: PAYLOAD } });
  await page.goto(`/#s=${token}`);
  await expectNothingRan(page, watch);
});

test('markup in output_dir arriving by saved state runs nothing and shows as text', async ({ page }) => {
  const watch = watchForScript(page);
  await page.goto('/');
  await page.evaluate(([key, payload]) => localStorage.setItem(key, JSON.stringify({ v: 1, values: { output_dir: payload } })), [
    STORAGE_KEY,
    PAYLOAD,
  ] as const);
  await page.reload();
  await expectNothingRan(page, watch);
});

test('a pasted token is flagged, never imported, and never leaves the page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a config' });
  await dialog.getByLabel('Config to import').fill(`TrainingArguments(\n    push_to_hub=True,\n    hub_token="${TOKEN}",\n)`);
  await expect(dialog.getByRole('alert')).toContainText('Rotate this token now');
  await expect(dialog.getByRole('alert')).toContainText('hf_Qw7Q…Qw7Z (Line 3)');
  await expect(dialog.getByRole('alert')).not.toContainText(TOKEN);
  await expect(dialog.getByRole('region', { name: 'Not imported' })).toContainText('hub_token');
  await dialog.getByRole('button', { name: 'Replace form values' }).click();
  await expect(page.getByLabel('Python code')).toContainText('push_to_hub=True');
  await expect(page.getByLabel('Python code')).not.toContainText('hub_token');

  // Typed into the field, it is read from the environment in the code and explained under Issues.
  await page
    .getByRole('region', { name: 'Hub' })
    .getByRole('button', { name: /Show advanced/ })
    .click();
  await expect(byName(page, 'hub_token')).toHaveValue('');
  await byName(page, 'hub_token').fill(TOKEN);
  const code = page.getByLabel('Python code');
  await expect(code).toContainText('hub_token=os.environ["HF_TOKEN"]');
  await expect(code).not.toContainText(TOKEN);
  const issues = page.getByRole('region', { name: 'Issues' });
  await expect(issues).toContainText('rotate it');
  for (const tab of ['CLI flags', 'JSON', 'YAML']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByLabel(`${tab} code`)).not.toContainText(TOKEN);
  }
  // Neither the saved state nor a share link carries it.
  await page.getByRole('button', { name: 'Share link' }).click();
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const { decodeShareToken } = await import('../src/core/share/share-link');
  const read = await decodeShareToken(link.split('#s=')[1] ?? '');
  expect(read.ok && read.state.values).toEqual({ push_to_hub: true });
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', STORAGE_KEY)).toContain('push_to_hub');
  expect(await page.evaluate((key) => localStorage.getItem(key) ?? '', STORAGE_KEY)).not.toContain(TOKEN);
});
