import { expect, test } from '@playwright/test';
import { KO } from '../src/core/i18n/ko';

test('switches the interface to Korean and back', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Training length & batch' })).toBeVisible();

  await page.getByText('한국어', { exact: true }).click();
  await expect(page.getByRole('heading', { name: KO.sections.training.title })).toBeVisible();
  await expect(page.getByRole('heading', { name: KO.sections.optimizer.title })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  // Python names stay untranslated: they are what the user types in code.
  await expect(page.getByLabel('learning_rate', { exact: true })).toBeVisible();

  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Training length & batch' })).toBeVisible();
});
