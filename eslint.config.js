import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['editor', 'issues', 'preview', 'code', 'schedule', 'import', 'rules', 'share', 'presets'];

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
    // The core runs in Node and the browser alike: no UI framework, no DOM-only code, no upward imports.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-dom', 'react-hook-form', '@mantine/*', '**/web/**', '**/cli/**', '@/web/*', '@/cli/*'], message: 'src/core must stay framework-free and must not import web or cli.' }] },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/web/**', '@/web/*', 'react', '@mantine/*'], message: 'The CLI builds on src/core only.' }] }] },
  },
  ...FEATURES.map((feature) => ({
    // Features never import each other; web/app composes them.
    files: [`src/web/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: FEATURES.filter((f) => f !== feature).flatMap((f) => [`**/features/${f}/**`, `@/web/features/${f}/**`, `../${f}/**`, `../../${f}/**`]), message: 'Features must not import each other; compose them in web/app.' },
            { group: ['**/web/app/**', '@/web/app/*'], message: 'Features must not import the app shell.' },
          ],
        },
      ],
    },
  })),
);
