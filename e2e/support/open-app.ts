import { expect, waitForHydration } from '../fixtures';
import type { Page } from '@playwright/test';

/**
 * Opens the app and waits until it is interactive: the page is prerendered, so it shows before its
 * JavaScript has hydrated it, and a click on a switch in that moment would be lost.
 */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await waitForApp(page);
}

/** After a reload: waits until the page is interactive again. */
export async function waitForApp(page: Page): Promise<void> {
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');
}

/**
 * Selects a tab of the side column. That column hydrates after the rest (its code loads on first use), so a
 * click that lands before it has is lost: repeat it until the tab is selected.
 */
export async function selectTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  await expect(async () => {
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true', { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
}
