import { expect as baseExpect, test } from './fixtures';
import { openApp, waitForApp } from './support/open-app';

// The machine these run on is shared and often loaded: generous time per test, the assertions unchanged.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

test('after a first visit the app reloads offline', async ({ page, context }) => {
  await openApp(page, '/');
  await expect(page.getByRole('region', { name: 'Issues' })).toBeVisible();
  // The worker registers once the visitor starts using the page (its install fetches every built file,
  // which a visitor who only looks should not pay for).
  await page.getByLabel('output_dir', { exact: true }).click();
  // Installed means every built file is in the cache.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await page.reload();
  await waitForApp(page);
  await expect(page.getByRole('heading', { name: 'Training length & batch' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Issues' })).toBeVisible();
  // A chunk the first visit never loaded (the Korean texts) comes from the cache too.
  await page.getByText('한국어', { exact: true }).click({ force: true });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await context.setOffline(false);
});

test('the page declares its manifest and icons', async ({ page, request }) => {
  await openApp(page, '/');
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestHref).toBeTruthy();
  const manifest = await (await request.get(new URL(manifestHref ?? '', page.url()).toString())).json();
  expect(manifest.icons.some((icon: { purpose?: string }) => icon.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons as { src: string }[]) {
    expect((await request.get(new URL(icon.src, page.url()).toString())).ok()).toBe(true);
  }
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
});
