import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, contentSecurityPolicyHeader, inlineScripts, scriptHash } from './content-security-policy';

describe('content security policy', () => {
  it('finds inline classic scripts only, with their exact text', () => {
    const html = '<script>a()</script>\n<script type="module" src="/x.js"></script><script>\n  b();\n</script>';
    expect(inlineScripts(html)).toEqual(['a()', '\n  b();\n']);
  });

  it('hashes a script as the browser does (SHA-256 of its UTF-8 text, base64)', () => {
    const source = 'document.documentElement.lang="ko"';
    const expected = createHash('sha256').update(Buffer.from(source, 'utf8')).digest('base64');
    expect(scriptHash(source)).toBe(`'sha256-${expected}'`);
  });

  it('allows exactly the given inline scripts and nothing from elsewhere', () => {
    const policy = contentSecurityPolicy(['one()', 'two()']);
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src '));
    expect(scriptSrc).toBe(`script-src 'self' ${scriptHash('one()')} ${scriptHash('two()')}`);
    expect(policy).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(policy).toContain("object-src 'none'");
    expect(contentSecurityPolicyHeader([])).toMatch(/; frame-ancestors 'none'$/);
  });

  it("names index.html's pre-paint script, which reads the agreed preference keys", () => {
    const scripts = inlineScripts(readFileSync(new URL('../index.html', import.meta.url), 'utf8'));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toContain('trainargs-studio:color-scheme');
    expect(scripts[0]).toContain('trainargs-studio:language');
    expect(scripts[0]!.length).toBeLessThan(1024);
  });
});

describe('the pre-paint script', () => {
  const source = inlineScripts(readFileSync(new URL('../index.html', import.meta.url), 'utf8'))[0]!;

  /** Runs the script against a stand-in page; returns what it put on <html>. */
  function run(stored: Record<string, string> | 'blocked', prefersDark: boolean, languages: readonly string[]) {
    const html: { lang: string; attributes: Record<string, string>; setAttribute: (k: string, v: string) => void } = {
      lang: 'en',
      attributes: {},
      setAttribute(k, v) {
        this.attributes[k] = v;
      },
    };
    const localStorage = {
      getItem(key: string) {
        if (stored === 'blocked') throw new Error('SecurityError');
        return stored[key] ?? null;
      },
    };
    const matchMedia = () => ({ matches: prefersDark });
    const window = { matchMedia };
    const navigator = { languages, language: languages[0] };
    new Function('document', 'localStorage', 'window', 'matchMedia', 'navigator', source)(
      { documentElement: html },
      localStorage,
      window,
      matchMedia,
      navigator,
    );
    return { scheme: html.attributes['data-mantine-color-scheme'], lang: html.lang };
  }

  it('applies the stored choices', () => {
    expect(run({ 'trainargs-studio:color-scheme': 'dark', 'trainargs-studio:language': 'ko' }, false, ['en-US'])).toEqual({ scheme: 'dark', lang: 'ko' });
  });

  it("falls back to the system's scheme and the first of the browser's languages the app has", () => {
    expect(run({ 'trainargs-studio:color-scheme': 'auto' }, true, ['fr-FR', 'ko-KR', 'en'])).toEqual({ scheme: 'dark', lang: 'ko' });
    expect(run({}, false, ['de', 'ja'])).toEqual({ scheme: 'light', lang: 'en' });
  });

  it('ignores stored values it does not know and storage that is blocked', () => {
    expect(run({ 'trainargs-studio:color-scheme': '<x>', 'trainargs-studio:language': 'fr' }, false, ['en'])).toEqual({ scheme: 'light', lang: 'en' });
    expect(run('blocked', true, ['ko'])).toEqual({ scheme: 'dark', lang: 'ko' });
  });
});
