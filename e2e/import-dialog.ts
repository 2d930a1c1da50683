import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** Opens the import dialog, pastes `text` and waits until it is read as `detected`; returns the dialog. */
export async function pasteIntoImport(page: Page, text: string, detected: string) {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a config' });
  await dialog.getByLabel('Config to import').fill(text);
  await expect(dialog.getByText(`Detected: ${detected}`)).toBeVisible({ timeout: 30_000 });
  return dialog;
}
