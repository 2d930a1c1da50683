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
  await page.waitForFunction(() => {
    const root = document.getElementById('root');
    return root !== null && Object.keys(root).some((key) => key.startsWith('__reactContainer'));
  });
  await page.waitForLoadState('networkidle');
}
