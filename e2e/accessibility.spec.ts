import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test } from './fixtures';
import { KO } from '../src/core/i18n/ko';
import { openApp } from './support/open-app';
import type { Page } from '@playwright/test';

// The machine these run on is shared and often loaded: generous time per test, the assertions unchanged.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

type Language = 'en' | 'ko';
type Scheme = 'light' | 'dark';

/** Serious and critical violations only, each as `rule: selector` so a failure names what to fix. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

async function open(page: Page, language: Language, path = '/') {
  await page.addInitScript((lang) => localStorage.setItem('trainargs-studio:language', lang), language);
  await openApp(page, path);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  // The Korean texts load on demand: wait until the switch shows them in place.
  const current = page.getByRole('radio', { name: language === 'ko' ? '한국어' : 'EN' });
  await expect(current).toBeChecked({ timeout: 90_000 });
  await expect(current).toBeEnabled({ timeout: 90_000 });
}

for (const language of ['en', 'ko'] as const) {
  for (const scheme of ['light', 'dark'] as const satisfies readonly Scheme[]) {
    test.describe(`${language}, ${scheme}`, () => {
      test.use({ colorScheme: scheme });

      test('the main page has no serious violations', async ({ page }) => {
        await open(page, language);
        // An issue in view, so the issue colours are checked too. Typing is also the first use that loads the
        // side column's code, which a language switch before it leaves waiting.
        await page.getByLabel('learning_rate', { exact: true }).fill('abc');
        await expect(page.getByRole('region', { name: language === 'ko' ? KO.ui.Issues : 'Issues', exact: true })).toBeVisible();
        await expect(page.locator('[data-severity="error"]').first()).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
      });

      test('the import dialog has no serious violations', async ({ page }) => {
        await open(page, language);
        await page
          .locator('button', { has: page.locator('text=/^(Import|가져오기)$/') })
          .first()
          .click();
        const dialog = page.getByRole('dialog');
        await expect(dialog).toBeVisible();
        await dialog.getByRole('textbox').first().fill('{"learning_rate": 2e-5, "evaluation_strategy": "epoch"}');
        await expect(dialog.getByRole('table').first()).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
      });

      test('the rule catalogue has no serious violations', async ({ page }) => {
        // Hundreds of rows: axe needs longer than the default minute on a busy machine.
        test.setTimeout(240_000);
        await open(page, language, '/#rules');
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
      });
    });
  }
}

test('every control is reachable by keyboard, with a visible focus ring', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('region', { name: 'Issues' })).toBeVisible();
  // One edit, so Undo is enabled (a disabled button is rightly out of the tab order); then from the top:
  // a click on the (unfocusable) product name moves where Tab starts, as it does for a user.
  await page.getByLabel('learning_rate', { exact: true }).fill('0.001');
  await page.getByText('TrainArgs Studio', { exact: true }).click();
  const seen = new Set<string>();
  let unringed: string[] = [];
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      const label = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element.labels?.[0]?.textContent?.trim() : undefined;
      return { name: element.getAttribute('aria-label') || label || element.textContent?.trim().slice(0, 30) || element.tagName, ring };
    });
    if (!focused) continue;
    seen.add(focused.name);
    if (!focused.ring) unringed = [...unringed, focused.name];
  }
  for (const name of ['Undo', 'Find a field', 'Share link', 'Presets', 'Import', 'Rules']) {
    expect(
      [...seen].some((s) => s.includes(name)),
      name,
    ).toBe(true);
  }
  expect(unringed).toEqual([]);
});
