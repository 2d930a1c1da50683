import { expect, test } from './fixtures';
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

test('shows issue messages and fix labels in Korean, keeping Python names and values', async ({ page }) => {
  await page.goto('/');
  await page.getByText('한국어', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');

  const learningRate = page.getByLabel('learning_rate', { exact: true });
  await learningRate.fill('abc');
  await expect(learningRate).toHaveAccessibleDescription(/learning_rate.*숫자만 쓸 수 있는데, 입력값이 "abc"입니다/);

  await page.getByRole('switch', { name: 'load_best_model_at_end' }).check({ force: true });
  await page.getByLabel('eval_strategy', { exact: true }).click();
  await page.getByRole('option', { name: 'epoch', exact: true }).click();

  const issues = page.getByRole('region', { name: KO.ui.Issues });
  const strategyError = issues.getByRole('listitem').filter({ hasText: '평가할 때마다 체크포인트가 있어야 하는데' });
  await expect(strategyError).toHaveCount(1);
  // The library's own words stay English: that is what users search for.
  await expect(strategyError).toContainText('--load_best_model_at_end requires the save and eval strategy to match');

  await strategyError.getByRole('button', { name: `${KO.ui['Apply fix'] ?? ''}: save_strategy를 "epoch"으로 설정` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'save_strategy를 "epoch"으로 설정' })).toBeVisible();
  await expect(strategyError).toHaveCount(0);
});
