import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Every folder under src/web/features is a feature: a new one is covered by the boundary rule as soon as it exists.
const FEATURES = readdirSync(new URL('./src/web/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const CORE_BOUNDARY = {
  group: ['react', 'react-dom', 'react-hook-form', '@mantine/*', '**/web/**', '**/cli/**', '@/web/*', '@/cli/*'],
  message: 'src/core must stay framework-free and must not import web or cli.',
};

export default tseslint.config(
  { ignores: ['**/dist', '.prerender', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      curly: ['error', 'multi-line'],
      'no-console': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // No import cycles anywhere in src (emit ↔ import was one): a cycle makes load order decide which
    // module sees the other half-initialised. Type-only imports are erased, so they do not count.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // The core runs in Node and the browser alike: no UI framework, no DOM-only code, no upward imports.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [CORE_BOUNDARY] }],
    },
  },
  {
    // Importers read what the emitters write (round trips), so emit must never import from import: that
    // would close a cycle. Shared Python-format knowledge lives in core/py.
    files: ['src/core/emit/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            CORE_BOUNDARY,
            { group: ['**/import/**', '../import/*'], message: 'emit must not import from import (a cycle); move shared code to core/py.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/web/**', '@/web/*', 'react', '@mantine/*'], message: 'The CLI builds on src/core only.' }] },
      ],
    },
  },
  ...FEATURES.map((feature) => ({
    // Features never import each other; web/app composes them.
    files: [`src/web/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: FEATURES.filter((f) => f !== feature).flatMap((f) => [`**/features/${f}/**`, `@/web/features/${f}/**`, `../${f}/**`, `../../${f}/**`]),
              message: 'Features must not import each other; compose them in web/app.',
            },
            { group: ['**/web/app/**', '@/web/app/*'], message: 'Features must not import the app shell.' },
          ],
        },
      ],
    },
  })),
);
