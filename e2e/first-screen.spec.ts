import { expect, test } from './fixtures';

test.describe('before any JavaScript runs', () => {
  test.use({ javaScriptEnabled: false });

  test("the prerendered page already shows the header, the form and the default state's issues and code", async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText('TrainArgs Studio', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Training length & batch' })).toBeVisible();
    await expect(page.getByLabel('per_device_train_batch_size', { exact: true })).toBeVisible();
    const issues = page.getByRole('region', { name: 'Issues' });
    await expect(issues).toBeVisible();
    await expect(issues.getByText('No issues', { exact: true })).toBeVisible();
    await expect(page.getByLabel('Python code', { exact: true })).toContainText('args = TrainingArguments()');
    // The run card's numbers for the default state, worked out at build time as the code was.
    await expect(page.getByRole('region', { name: 'Run' }).getByText('Global batch size')).toBeVisible();
  });
});

test('the prerendered page comes alive without a hydration error, and the panels follow the form', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  const batch = page.getByLabel('per_device_train_batch_size', { exact: true });
  await batch.fill('abc');
  await expect(batch).toHaveAttribute('aria-invalid', 'true');
  await batch.fill('16');
  await expect(page.getByLabel('Python code', { exact: true })).toContainText('per_device_train_batch_size=16');
  expect(errors).toEqual([]);
});
