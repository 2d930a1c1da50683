import { expect as baseExpect, test } from './fixtures';
import { openApp, waitForApp } from './support/open-app';
import { KO } from '../src/core/i18n/ko';
import { KO_TRL } from '../src/core/i18n/ko-trl';

// The machine these run on is shared and often loaded: generous time per test, the assertions unchanged.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

test.describe('a Korean browser', () => {
  test.use({ locale: 'ko-KR' });

  test('opens in Korean, hardware names included, and a switch to English is remembered', async ({ page }) => {
    await openApp(page, '/');
    // The Korean texts are a chunk of their own, loaded on demand: slow on a busy machine.
    await expect(page.getByRole('heading', { name: KO.sections.training.title })).toBeVisible({ timeout: 90_000 });
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByLabel(KO.ui.Hardware ?? '', { exact: true })).toHaveValue(KO.ui['CUDA GPU, Ampere or newer, torch ≥ 2.8'] ?? '');

    await page.getByText('EN', { exact: true }).click({ force: true });
    await expect(page.getByRole('heading', { name: 'Training length & batch' })).toBeVisible();
    await page.reload();
    await waitForApp(page);
    await expect(page.getByRole('heading', { name: 'Training length & batch' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('an English browser opens in English and remembers a switch to Korean', async ({ page }) => {
  await openApp(page, '/');
  await expect(page.getByRole('heading', { name: 'Training length & batch' })).toBeVisible();
  await page.getByText('한국어', { exact: true }).click({ force: true });
  // The Korean texts are a chunk of their own, loaded on demand: slow on a busy machine.
  await expect(page.getByRole('heading', { name: KO.sections.training.title })).toBeVisible({ timeout: 90_000 });
  await page.reload();
  await waitForApp(page);
  // The Korean texts are a chunk of their own, loaded on demand: slow on a busy machine.
  await expect(page.getByRole('heading', { name: KO.sections.training.title })).toBeVisible({ timeout: 90_000 });
  expect(await page.evaluate(() => localStorage.getItem('trainargs-studio:language'))).toBe('ko');
});

test('in Korean, SFTConfig shows its TRL fields in Korean, a deprecated one’s note too, and the field search finds them by their Korean help', async ({
  page,
}) => {
  await openApp(page, '/');
  await page.getByText('한국어', { exact: true }).click({ force: true });
  // The Korean texts are a chunk of their own, loaded on demand: slow on a busy machine.
  await expect(page.getByRole('heading', { name: KO.sections.training.title })).toBeVisible({ timeout: 90_000 });
  await page.getByRole('combobox', { name: KO.ui['Config class'], exact: true }).click();
  await page.getByRole('option', { name: 'SFTConfig', exact: true }).click();

  const packing = page.getByRole('switch', { name: 'packing', exact: true });
  await expect(packing).toHaveAccessibleDescription(plain(KO_TRL.fields.packing?.summary));
  await page.getByRole('button', { name: `${KO.ui.Help ?? ''}: packing`, exact: true }).click();
  await expect(page.getByText(plain(KO_TRL.fields.packing?.help), { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');

  // pad_token is deprecated: its note (what to use instead) is in Korean too, code spans kept.
  await page
    .getByRole('region', { name: 'SFTConfig', exact: true })
    .getByRole('button', { name: new RegExp(KO.ui['Show advanced'] ?? '') })
    .click();
  await page.getByRole('button', { name: `${KO.ui.Help ?? ''}: pad_token`, exact: true }).click();
  const note = page.getByText(`${KO.ui.Deprecated ?? ''}: ${plain(KO_TRL.fields.pad_token?.deprecated)}`, { exact: true });
  await expect(note).toBeVisible();
  await expect(note.locator('code').first()).toHaveText('tokenizer.pad_token');
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: KO.ui['Find a field'] });
  await dialog.getByRole('combobox').fill('패딩 없이');
  await expect(dialog.getByRole('option').filter({ hasText: 'padding_free' })).toBeVisible();
});

/** A text as the page shows it: code spans lose their backticks. */
function plain(text: string | undefined): string {
  return (text ?? '').replaceAll('`', '');
}
