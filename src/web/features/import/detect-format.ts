import { parseJson } from '@/core/py/parse-json';
import type { ImportFormat } from './import-formats';

const BY_EXTENSION: Readonly<Record<string, ImportFormat>> = {
  py: 'python',
  json: 'json',
  yaml: 'yaml',
  yml: 'yaml',
  sh: 'cli',
  bash: 'cli',
};

const PYTHON_CALL = /\b\w*TrainingArguments\s*\(|\bdict\s*\(/;
// Single quotes and Python's constants tell a dict literal from JSON.
const PYTHON_LITERAL = /'|\b(?:True|False|None)\b/;
const FLAG = /(?:^|\s)--[A-Za-z_]/m;
const YAML_KEY = /^[ \t]*["']?[\w.-]+["']?[ \t]*:(?:[ \t]|$)/m;
const PYTHON_KWARG = /^[ \t]*[A-Za-z_]\w*[ \t]*=(?!=)/m;

function withoutComments(text: string): string {
  return text.replace(/(^|\s)#[^\n]*/g, '$1');
}

/**
 * Guesses what pasted text is: a file name's extension decides when there is one; otherwise a
 * `TrainingArguments(` call is Python, a `{` object JSON (a Python dict literal if JSON cannot read it
 * and it has Python quotes or constants), `--flags` CLI, `key: value` lines YAML, `key=value` Python.
 * Null when nothing fits (the user picks).
 * @example detectFormat('--bf16 --seed 1') // 'cli'
 */
export function detectFormat(text: string, fileName?: string): ImportFormat | null {
  const extension = fileName?.toLowerCase().match(/\.(\w+)$/)?.[1];
  const byName = extension === undefined ? undefined : BY_EXTENSION[extension];
  if (byName) return byName;
  const code = withoutComments(text).trim();
  if (code === '') return null;
  if (PYTHON_CALL.test(code)) return 'python';
  if (code.startsWith('{')) return parseJson(code).ok || !PYTHON_LITERAL.test(code) ? 'json' : 'python';
  if (FLAG.test(code) && !YAML_KEY.test(code)) return 'cli';
  if (YAML_KEY.test(code)) return 'yaml';
  if (PYTHON_KWARG.test(code)) return 'python';
  if (FLAG.test(code)) return 'cli';
  return null;
}
