import { expect, test as base } from '@playwright/test';
import type { Page } from '@playwright/test';

/**
 * The page arrives prerendered: its form and panels are on screen before React has hydrated them, which
 * happens on the visitor's first sign of use. A click in that moment is held back and replayed (see
 * pre-hydration-input.ts). These tests wait for the page to be live, which the app marks on <html>.
 */
export async function waitForHydration(page: Page): Promise<void> {
  if (page.url() === 'about:blank') return;
  // The app's code loads on first use: a mouse moving over the page starts it, as a user's would. The page
  // marks <html data-hydrated> once the form is live and <html data-panels> once the side column is.
  await page.mouse.move(2, 2);
  await page.mouse.move(4, 4);
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  await page.locator('html[data-panels]').waitFor({ state: 'attached' });
}

/** Makes `page` wait for hydration after each goto and reload (pages of the test's own context already do). */
export function waitAfterNavigating(page: Page): void {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (...args: Parameters<Page['goto']>) => {
    const response = await goto(...args);
    await waitForHydration(page);
    return response;
  };
  page.reload = async (...args: Parameters<Page['reload']>) => {
    const response = await reload(...args);
    await waitForHydration(page);
    return response;
  };
}

/** Playwright's `test`, with every page of the test's context waiting for hydration after goto and reload. */
export const test = base.extend({
  context: async ({ context, javaScriptEnabled }, use) => {
    // Without JavaScript nothing hydrates: those tests read the prerendered HTML as it is.
    if (javaScriptEnabled) context.on('page', waitAfterNavigating);
    await use(context);
  },
});

export { expect };
