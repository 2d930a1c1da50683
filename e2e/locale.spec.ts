import { expect as baseExpect, test } from './fixtures';
import { openApp, waitForApp } from './support/open-app';
import { KO } from '../src/core/i18n/ko';

// The machine these run on is shared and often loaded: generous time per test, the assertions unchanged.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

test.describe('a Korean browser', () => {
  test.use({ locale: 'ko-KR' });

  test('opens in Korean, hardware names included, and a switch to English is remembered', async ({ page }) => {
    await openApp(page, '/');
    // The Korean texts are a chunk of their own, loaded on demand: slow on a busy machine.
    await expect(page.getByRole('heading', { name: KO.sections.training.title })).toBeVisible({ timeout: 90_000 });
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByLabel(KO.ui.Hardware ?? '', { exact: true })).toHaveValue(KO.ui['CUDA GPU, Ampere or newer, torch ≥ 2.8'] ?? '');

    await page.getByText('EN', { exact: true }).click({ force: true });
    await expect(page.getByRole('heading', { name: 'Training length & batch' })).toBeVisible();
    await page.reload();
    await waitForApp(page);
    await expect(page.getByRole('heading', { name: 'Training length & batch' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('an English browser opens in English and remembers a switch to Korean', async ({ page }) => {
  await openApp(page, '/');
  await expect(page.getByRole('heading', { name: 'Training length & batch' })).toBeVisible();
  await page.getByText('한국어', { exact: true }).click({ force: true });
  // The Korean texts are a chunk of their own, loaded on demand: slow on a busy machine.
  await expect(page.getByRole('heading', { name: KO.sections.training.title })).toBeVisible({ timeout: 90_000 });
  await page.reload();
  await waitForApp(page);
  // The Korean texts are a chunk of their own, loaded on demand: slow on a busy machine.
  await expect(page.getByRole('heading', { name: KO.sections.training.title })).toBeVisible({ timeout: 90_000 });
  expect(await page.evaluate(() => localStorage.getItem('trainargs-studio:language'))).toBe('ko');
});
