import { expect as baseExpect, test } from './fixtures';
import { openApp, selectTab } from './support/open-app';
import type { Page } from '@playwright/test';

// The machine these run on is shared and often loaded: generous time per test, the assertions unchanged.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

/** Horizontal overflow of the page: the document wider than the viewport. */
async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function box(page: Page, locator: ReturnType<Page['locator']>) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('element has no box');
  return found;
}

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true });

  test('the header fits, its tools fold into a menu, and nothing scrolls sideways', async ({ page }) => {
    await openApp(page, '/');
    await expect(page.getByRole('region', { name: 'Issues' })).toBeAttached();
    expect(await overflow(page)).toBe(0);

    const header = page.getByRole('banner');
    const headerBox = await box(page, header);
    expect(headerBox.width).toBeLessThanOrEqual(375);
    // The brand, undo and the field search stay in view; the title is not covered by any button.
    const title = header.getByText('TrainArgs Studio', { exact: true });
    const menu = header.getByRole('button', { name: 'Menu' });
    const titleBox = await box(page, title);
    const menuBox = await box(page, menu);
    expect(menuBox.x + menuBox.width).toBeLessThanOrEqual(375);
    const overlaps = titleBox.y < menuBox.y + menuBox.height && menuBox.y < titleBox.y + titleBox.height && titleBox.x + titleBox.width > menuBox.x;
    expect(overlaps).toBe(false);
    await expect(header.getByRole('button', { name: 'Undo' })).toBeInViewport();
    await expect(header.getByRole('button', { name: 'Find a field' })).toBeInViewport();

    // Hardware, language and the other tools are behind the menu, and inside the screen once it opens.
    const hardware = page.getByLabel('Hardware', { exact: true });
    await expect(hardware).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(hardware).toBeInViewport();
    const hardwareBox = await box(page, hardware);
    expect(hardwareBox.x).toBeGreaterThanOrEqual(0);
    expect(hardwareBox.x + hardwareBox.width).toBeLessThanOrEqual(375);
    await expect(page.getByRole('button', { name: 'Share link' })).toBeInViewport();
    await expect(page.getByRole('radiogroup', { name: 'Language' })).toBeInViewport();
    expect(await overflow(page)).toBe(0);
    await page.keyboard.press('Escape');
    await expect(hardware).toBeHidden();
  });

  test('the preview column follows the form, and a sticky bar keeps the issue count and Copy at hand', async ({ page }) => {
    await openApp(page, '/');
    const form = page.getByRole('main');
    const issues = page.getByRole('region', { name: 'Issues' });
    await expect(issues).toBeAttached();
    const formBox = await box(page, form);
    const issuesBox = await box(page, issues);
    expect(issuesBox.y).toBeGreaterThan(formBox.y + formBox.height - 1);

    const bar = page.getByRole('region', { name: 'Summary and copy' });
    await expect(bar).toBeInViewport();
    await expect(bar.getByRole('button', { name: /^Copy/ })).toBeInViewport();
    await page.getByLabel('learning_rate', { exact: true }).fill('abc');
    await expect(bar.getByRole('button', { name: 'Copy with 1 error' })).toBeVisible();
    await expect(bar).toContainText('1 Error');
    const barBox = await box(page, bar);
    expect(barBox.y + barBox.height).toBeGreaterThan(812 - 2);
  });

  test('labels wrap instead of being cut', async ({ page }) => {
    await openApp(page, '/');
    const labels = page.locator('[data-field-row] label');
    await expect(labels.first()).toBeVisible();
    const cut = await labels.evaluateAll((elements) =>
      elements.filter((element) => element.getClientRects().length > 0 && element.scrollWidth > element.clientWidth + 1).map((element) => element.textContent),
    );
    expect(cut).toEqual([]);
  });

  test('the import dialog fits the screen with its buttons in reach', async ({ page }) => {
    await openApp(page, '/');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a config' });
    await expect(dialog).toBeVisible();
    const dialogBox = await box(page, dialog);
    expect(dialogBox.x).toBeGreaterThanOrEqual(0);
    expect(dialogBox.x + dialogBox.width).toBeLessThanOrEqual(375);
    const apply = dialog.getByRole('button', { name: 'Replace form values' });
    await apply.scrollIntoViewIfNeeded();
    await expect(apply).toBeInViewport();
    const applyBox = await box(page, apply);
    expect(applyBox.x + applyBox.width).toBeLessThanOrEqual(375);
    expect(await overflow(page)).toBe(0);
  });
});

for (const width of [320, 480, 768, 1024]) {
  test(`no horizontal scrolling at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await openApp(page, '/');
    await expect(page.getByRole('region', { name: 'Issues' })).toBeAttached();
    await selectTab(page, 'Schedule');
    expect(await overflow(page)).toBe(0);
    await openApp(page, '/#rules');
    await expect(page.getByRole('heading', { name: 'Rule catalogue' })).toBeVisible();
    expect(await overflow(page)).toBe(0);
  });
}
