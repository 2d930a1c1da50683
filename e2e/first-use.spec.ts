import { expect, test } from './fixtures';

// These pages come from contexts of their own, so the fixture's wait for a live page (which moves the mouse,
// the first sign of use) does not run: they see the page as a visitor who has not touched it yet does.

test('a first visit loads no app code until the visitor uses the page, then the page comes alive', async ({ browser }) => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    // Readable as it is: the form and the default state's code are on screen, and only the small entry script came.
    await expect(page.getByLabel('per_device_train_batch_size', { exact: true })).toBeVisible();
    await expect(page.getByLabel('Python code', { exact: true })).toContainText('args = TrainingArguments()');
    expect(scripts).toHaveLength(1);
    await expect(page.locator('html')).not.toHaveAttribute('data-hydrated');

    await page.mouse.move(20, 20);
    await page.mouse.move(30, 30);
    await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
    const batch = page.getByLabel('per_device_train_batch_size', { exact: true });
    await batch.fill('16');
    await expect(page.getByLabel('Python code', { exact: true })).toContainText('per_device_train_batch_size=16');
  } finally {
    await context.close();
  }
});

test('a tap on a phone before the page is live is replayed once it is, not lost', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  try {
    const page = await context.newPage();
    await page.goto('/');
    const bf16 = page.getByRole('switch', { name: 'bf16' });
    await bf16.scrollIntoViewIfNeeded();
    await expect(page.locator('html')).not.toHaveAttribute('data-hydrated');
    await expect(bf16).not.toBeChecked();
    // The switch's track is what a finger hits (its input is the same size, over it).
    const box = await bf16.boundingBox();
    if (box === null) throw new Error('the bf16 switch has no box');
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
    await expect(bf16).toBeChecked();
    await expect(page.getByLabel('Python code', { exact: true })).toContainText('bf16=True');
  } finally {
    await context.close();
  }
});
