import { expect as baseExpect, test } from './fixtures';
import { openApp, waitForApp, selectTab } from './support/open-app';
import type { Page } from '@playwright/test';

// The machine these run on is shared and often loaded: generous time per test, the assertions unchanged.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

/** Relative luminance of the page background, 0 (black) to 1 (white). */
async function backgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const [r = 0, g = 0, b = 0] = (getComputedStyle(document.body).backgroundColor.match(/\d+(\.\d+)?/g) ?? []).map(Number);
    const linear = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  });
}

test.describe('with the system in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('the page follows the system, and a chosen scheme is remembered', async ({ page }) => {
    await openApp(page, '/');
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
    expect(await backgroundLuminance(page)).toBeLessThan(0.05);

    // The chart reads its colours from the scheme's CSS variables: text drawn light on dark.
    await selectTab(page, 'Schedule');
    await expect(page.getByRole('img', { name: /Learning-rate schedule/ })).toBeVisible();

    await page.getByText('Light', { exact: true }).click({ force: true });
    await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.7);
    await page.reload();
    await waitForApp(page);
    await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
    expect(await page.evaluate(() => localStorage.getItem('trainargs-studio:color-scheme'))).toBe('light');

    await page.getByText('Follow the system', { exact: true }).click({ force: true });
    await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  });
});

test('a light system gives a light page', async ({ page }) => {
  await openApp(page, '/');
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
  expect(await backgroundLuminance(page)).toBeGreaterThan(0.7);
});
