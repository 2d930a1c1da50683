import { checkConfig, type CheckResult } from '../../core/check/check-config';
import { fixAll } from '../../core/check/fix-all';
import { DEFAULT_HARDWARE, HARDWARE_PROFILES, isHardwareProfile, type HardwareProfile } from '../../core/hardware/hardware-profile';
import type { Issue } from '../../core/rules/define-rule';
import { parseArgs } from '../args';
import type { CliIo } from '../io';
import { parseKwargsText, readKwargsFile } from '../read-kwargs';

export const CHECK_HELP = `Usage: trainargs check FILE [--json | --jsonl] [--hardware ${HARDWARE_PROFILES.join('|')}] [--fix]

Validates TrainingArguments keyword arguments (a JSON object; FILE "-" reads standard input) the way
transformers v5 does, plus the failures that only show up later in Trainer.
  --json       print {"ok", "issues", "resolved"} as JSON
  --jsonl      FILE holds one JSON object per line; print one result per line (exit 0 unless unreadable)
  --hardware   the machine the training runs on (default ${DEFAULT_HARDWARE})
  --fix        apply every mechanical fix (renamed arguments, …) and print the fixed arguments too
Exit status: 0 valid, 1 errors found, 2 input unreadable or not JSON.
`;

/** `check FILE [--json|--jsonl] [--hardware H] [--fix]`: returns the exit status. */
export function runCheck(argv: readonly string[], io: CliIo): number {
  const { positional, options } = parseArgs(argv, ['hardware']);
  const file = positional[0];
  const hardwareOption = options.get('hardware');
  if (file === undefined || options.has('help')) {
    io.stderr(CHECK_HELP);
    return file === undefined ? 2 : 0;
  }
  const hardware: HardwareProfile = typeof hardwareOption === 'string' && isHardwareProfile(hardwareOption) ? hardwareOption : DEFAULT_HARDWARE;
  if (hardwareOption !== undefined && hardwareOption !== hardware) {
    io.stderr(`unknown --hardware ${String(hardwareOption)}; choose one of ${HARDWARE_PROFILES.join(', ')}\n`);
    return 2;
  }
  if (options.has('jsonl')) return checkLines(file, io, hardware, options.has('fix'));

  const read = readKwargsFile(file, io);
  if (!read.ok) {
    io.stderr(`${read.message}\n`);
    return 2;
  }
  if (options.has('fix')) {
    const fixed = fixAll(read.input, { hardware });
    if (options.has('json')) io.stdout(`${JSON.stringify({ ...toJson(fixed.result), fixed: fixed.input.values, applied: fixed.applied })}\n`);
    else {
      io.stdout(fixed.applied.length > 0 ? `Applied ${fixed.applied.length} fix(es):\n${fixed.applied.map((a) => `  - ${a}\n`).join('')}` : 'No mechanical fix to apply.\n');
      io.stdout(`Fixed arguments:\n${JSON.stringify(fixed.input.values, null, 2)}\n\n${describe(fixed.result)}`);
    }
    return fixed.result.ok ? 0 : 1;
  }
  const result = checkConfig(read.input, { hardware });
  io.stdout(options.has('json') ? `${JSON.stringify(toJson(result))}\n` : describe(result));
  return result.ok ? 0 : 1;
}

function checkLines(file: string, io: CliIo, hardware: HardwareProfile, fix: boolean): number {
  let text: string;
  try {
    text = io.readText(file);
  } catch (error) {
    io.stderr(`cannot read ${file}: ${(error as Error).message}\n`);
    return 2;
  }
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const out: string[] = [];
  lines.forEach((line, index) => {
    const read = parseKwargsText(line, `line ${index + 1}`);
    if (!read.ok) {
      out.push(JSON.stringify({ ok: false, issues: [{ severity: 'error', rule: 'parse', fields: [], message: read.message }], resolved: null }));
      return;
    }
    const result = fix ? fixAll(read.input, { hardware }).result : checkConfig(read.input, { hardware });
    out.push(JSON.stringify(toJson(result)));
  });
  io.stdout(out.length > 0 ? `${out.join('\n')}\n` : '');
  return 0;
}

/** The JSON shape of a result: issues without their fix patches, resolved as the library holds it. */
function toJson(result: CheckResult): { ok: boolean; issues: Omit<Issue, 'fix'>[]; resolved: CheckResult['resolved'] } {
  return {
    ok: result.ok,
    issues: result.issues.map(({ severity, rule, fields, message }) => ({ severity, rule, fields, message })),
    resolved: result.resolved,
  };
}

const MARK = { error: '✖ error', warning: '▲ warning', info: '• info' } as const;

function describe(result: CheckResult): string {
  const lines = result.issues.map((i) => `${MARK[i.severity]} [${i.rule}] ${i.fields.join(', ')}\n    ${i.message}${i.fix ? `\n    fix: ${i.fix.label}` : ''}`);
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const warnings = result.issues.filter((i) => i.severity === 'warning').length;
  const summary = result.ok ? `OK: valid for transformers v5 (${warnings} warning(s)).` : `Invalid: ${errors} error(s), ${warnings} warning(s).`;
  return `${lines.join('\n')}${lines.length > 0 ? '\n\n' : ''}${summary}\n`;
}
