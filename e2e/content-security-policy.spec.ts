import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Every policy violation and console error from the page's first moment on. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return problems;
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);

/** The directives of a policy, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

test('the built page carries a policy with no eval, no other origin and no inline script but hashed ones', async ({ page }) => {
  const response = await page.goto('/');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const header = response?.headers()['content-security-policy'];
  for (const policy of [meta, header]) {
    expect(policy).toBeTruthy();
    const rules = directives(policy!);
    const scripts = rules.get('script-src') ?? [];
    expect(scripts[0]).toBe("'self'");
    expect(scripts.slice(1).length).toBeGreaterThan(0);
    for (const source of scripts.slice(1)) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(rules.get('default-src')).toEqual(["'self'"]);
    expect(rules.get('object-src')).toEqual(["'none'"]);
    // Nothing but this origin (and data: images, the icon): no other host, no eval, no blanket inline script.
    for (const [, sources] of rules) for (const source of sources) expect(source).not.toMatch(/^https?:|^\*|unsafe-eval|wasm-unsafe-eval/);
    expect(scripts).not.toContain("'unsafe-inline'");
  }
  expect(header).toContain("frame-ancestors 'none'");
  // The pre-paint script did run (it is allowed by its hash): the colour scheme is on <html> from the start.
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', /^(light|dark)$/);
});

test('nothing the app does violates the policy or logs an error', async ({ page }) => {
  // It opens every lazily loaded part of the app, one after another.
  test.setTimeout(180_000);
  const problems = await watch(page);
  await page.goto('/');
  // Typing loads the checker and the emitters; the tabs load the other emitters, YAML and the schedule worker.
  await page.getByLabel('output_dir', { exact: true }).fill('runs/csp');
  await expect(page.getByLabel('Python code', { exact: true })).toContainText("output_dir='runs/csp'");
  // Korean loads its own chunk.
  await page.getByText('한국어', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await page.getByText('EN', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  for (const tab of ['CLI flags', 'JSON', 'YAML', 'Launch', 'Resolved config', 'Schedule']) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await expect(page.getByRole('tab', { name: tab, exact: true })).toHaveAttribute('aria-selected', 'true');
  }
  await expect(page.getByRole('tabpanel').locator('canvas')).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Rules', exact: true }).click();
  await expect(page).toHaveURL(/#rules$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

declare global {
  interface Window {
    __injected?: boolean;
  }
}

test('the policy really forbids eval and injected inline script', async ({ page }) => {
  await watch(page);
  await page.goto('/');
  // In a task of the page's own (the test's evaluate call itself is let through by the browser).
  const outcome = await page.evaluate(
    () =>
      new Promise<{ evaluated: boolean; injected: boolean }>((resolve) => {
        setTimeout(() => {
          let evaluated = false;
          try {
            evaluated = (0, eval)('true') === true;
          } catch {
            // Refused by the policy, as it should be.
          }
          const script = document.createElement('script');
          script.textContent = 'window.__injected = true;';
          document.body.append(script);
          resolve({ evaluated, injected: window.__injected === true });
        }, 0);
      }),
  );
  expect(outcome).toEqual({ evaluated: false, injected: false });
  // Reported once by each copy of the policy (the <meta> and the header): both enforce it.
  await expect.poll(async () => [...new Set(await violations(page))].sort()).toEqual(['script-src blocked eval', 'script-src-elem blocked inline']);
});
