import type { ImportResult } from '@/core/import/import-result';
import { importJson } from '@/core/import/json';
import { importText, type ImportReport, type ImportTextOptions } from '@/core/import/import-text';
import { readStateFile } from '@/core/share/state-file';
import type { FormValues } from '@/web/shared/form/form-values';
import { toKwargs } from '@/web/shared/form/to-kwargs';

const UNREADABLE: Record<string, string> = {
  'unsupported-version': 'This studio state file is from a format this version cannot read',
};

/**
 * Reads JSON text: a studio state file (what "Download as file" writes, when a link would be too long)
 * gives its form values; any other JSON is read as keyword arguments.
 * @example importJsonOrState('{"v": 1, "values": {"seed": "3"}}').kwargs.values // { seed: 3 }
 */
export function importJsonOrState(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return importJson(text);
  }
  const read = readStateFile(json);
  if (read === null) return importJson(text);
  if (!read.ok) {
    return {
      kwargs: { values: {}, floatWritten: new Set() },
      dropped: [],
      errors: [{ message: UNREADABLE[read.reason] ?? 'This studio state file cannot be read', line: 1, column: 1 }],
    };
  }
  const { kwargs } = toKwargs(read.state.values as FormValues);
  return {
    kwargs,
    dropped: read.dropped.map((d) => ({ key: d.path.replace(/^values\./, ''), reason: `left out of the state file (${d.reason})` })),
    errors: [],
  };
}

/**
 * Reads pasted text through the core pipeline (`importText`: the reading program, other programs' names, the
 * launcher), except that a studio state file, which only this app writes, gives its form values.
 * @example importPasted('python run_glue.py --task_name mrpc --do_train', {}).otherArgs[0]?.name // 'task_name'
 */
export function importPasted(text: string, options: ImportTextOptions): ImportReport {
  if (options.format === 'json') {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (json !== undefined && readStateFile(json) !== null) {
      const result = importJsonOrState(text);
      return {
        format: 'json',
        configClass: options.configClass ?? 'TrainingArguments',
        classFromText: false,
        imported: result.kwargs,
        otherArgs: [],
        notImported: result.dropped,
        errors: result.errors,
        notes: [],
      };
    }
  }
  return importText(text, options);
}
