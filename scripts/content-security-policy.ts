import { createHash } from 'node:crypto';

// Build-time only (vite.config.ts, scripts/prerender.ts): the content security policy of the built app.

/** The text of each inline classic script in an HTML page (no `src`, no `type`), exactly as the browser hashes it. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
}

export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/**
 * No eval, no other origin, no inline script but the ones named by hash (the pre-paint colour-scheme and
 * language setter). Inline styles stay allowed: Mantine writes CSS variables into style attributes and a
 * <style> element, in the prerendered HTML too, and a style cannot run code.
 */
export function contentSecurityPolicy(inlineScriptSources: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScriptSources.map(scriptHash).join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** As an HTTP header, which may also say who can frame the page (a <meta> policy cannot). */
export function contentSecurityPolicyHeader(inlineScriptSources: readonly string[]): string {
  return `${contentSecurityPolicy(inlineScriptSources)}; frame-ancestors 'none'`;
}
