import type { Page } from '@playwright/test';

/** A form field by its exact label (the Python field name), as a user finds it. */
export const byName = (page: Page, name: string) => page.getByLabel(name, { exact: true });

/** A derived number of the run panel: the definition that follows the term with this label. */
export const derived = (page: Page, label: string) =>
  page
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .locator('xpath=following-sibling::dd[1]');
