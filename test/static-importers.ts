import { readdirSync, readFileSync } from 'node:fs';

const SRC = new URL('../src/', import.meta.url);

/**
 * The application modules (tests aside) under `src/` that import `module` statically (`… from '…/ko-trl'`),
 * for the tests of tables the web app must load lazily, out of the first-visit bundle.
 * @example staticImporters('ko-v4') // [] while only the locale loader imports it, dynamically
 */
export function staticImporters(module: string): string[] {
  const escaped = module.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  const pattern = new RegExp(`^\\s*import\\s[^;]*from\\s+['"][^'"]*/${escaped}['"]`, 'm');
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.(ts|tsx)$/.test(path) && !/\.test\.tsx?$/.test(path))
    .filter((path) => pattern.test(readFileSync(new URL(path, SRC), 'utf8')));
}
