import { expect as baseExpect, test } from './fixtures';
import { openApp } from './support/open-app';
import type { Page } from '@playwright/test';

// The machine these run on is shared and often loaded: generous time per test, the assertions unchanged.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

const byName = (page: Page, name: string) => page.getByLabel(name, { exact: true });

test('a share link opened over different saved work keeps a copy and restores it on request', async ({ page, browser }) => {
  // Someone else's configuration, as a link.
  const other = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const sender = await other.newPage();
  await openApp(sender, '/');
  await byName(sender, 'learning_rate').fill('0.01');
  await sender.getByRole('button', { name: 'Share link' }).click();
  await expect(sender.getByRole('button', { name: 'Link copied' })).toBeVisible();
  const url = await sender.evaluate(() => navigator.clipboard.readText());
  await other.close();

  // My own saved work.
  await openApp(page, '/');
  await byName(page, 'seed').fill('1234');
  await byName(page, 'max_steps').fill('50');
  await page.waitForFunction(() => localStorage.getItem('trainargs-studio:state')?.includes('1234'));

  await page.goto('about:blank');
  await openApp(page, url);
  await expect(page.getByText('Opened the shared link over your work; a copy of your work is kept.')).toBeVisible();
  await expect(byName(page, 'learning_rate')).toHaveValue('0.01');
  await expect(byName(page, 'seed')).toHaveValue('');

  // The copy survives a reload, and brings my work back.
  expect(await page.evaluate(() => localStorage.getItem('trainargs-studio:state-before-link'))).toContain('1234');
  await page.getByRole('button', { name: 'Restore my work' }).click();
  await expect(byName(page, 'seed')).toHaveValue('1234');
  await expect(byName(page, 'max_steps')).toHaveValue('50');
  await expect(byName(page, 'learning_rate')).toHaveValue('');

  // Restoring is one undo step: Undo returns to the shared configuration.
  await page.getByRole('banner').getByRole('button', { name: 'Undo' }).click();
  await expect(byName(page, 'learning_rate')).toHaveValue('0.01');
});
