import type { ImporterId } from '../formats/formats';
import { importerForFile } from '../formats/formats';
import { parseJson } from '../py/parse-json';

type ImportFormat = ImporterId;

const PYTHON_CALL = /\b\w*(?:TrainingArguments|Config)\s*\(|\bdict\s*\(/;
const LAUNCH_WORD = /^(?:[A-Za-z_]\w*=\S*\s+)*(?:python\d*(?:\.\d+)?|torchrun|accelerate|deepspeed)\s/m;
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
  const byName = fileName === undefined ? undefined : importerForFile(fileName);
  if (byName) return byName;
  const code = withoutComments(text).trim();
  if (code === '') return null;
  if (LAUNCH_WORD.test(code) && FLAG.test(code)) return 'cli';
  if (PYTHON_CALL.test(code)) return 'python';
  if (code.startsWith('{')) return parseJson(code).ok || !PYTHON_LITERAL.test(code) ? 'json' : 'python';
  if (FLAG.test(code) && !YAML_KEY.test(code)) return 'cli';
  if (YAML_KEY.test(code)) return 'yaml';
  if (PYTHON_KWARG.test(code)) return 'python';
  if (FLAG.test(code)) return 'cli';
  return null;
}
