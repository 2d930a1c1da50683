import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { serviceWorkerPlugin } from './src/build/service-worker-plugin.ts';
import { contentSecurityPolicy, contentSecurityPolicyHeader, inlineScripts } from './scripts/content-security-policy.ts';

// The policy allows index.html's own inline script (the pre-paint setter) by its hash, worked out here.
const INLINE_SCRIPTS = inlineScripts(readFileSync(new URL('./index.html', import.meta.url), 'utf8'));

/** The built index.html carries the policy in a <meta>, first in <head> so it covers everything after it. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    // Build only: the dev server injects inline scripts of its own (React Refresh).
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(INLINE_SCRIPTS) }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  plugins: [react(), serviceWorkerPlugin(), contentSecurityPolicyMeta()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // One stylesheet: the prerendered panels must be styled before their (lazily loaded) code arrives.
  build: { target: 'es2022', sourcemap: false, cssCodeSplit: false },
  // `vite preview` serves the built app with the same policy as a header (which can also forbid framing).
  preview: { headers: { 'Content-Security-Policy': contentSecurityPolicyHeader(INLINE_SCRIPTS) } },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
