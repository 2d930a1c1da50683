import { checkConfig, type CheckResult } from '../../core/check/check-config';
import { fixAll } from '../../core/check/fix-all';
import { DEFAULT_HARDWARE, HARDWARE_PROFILES, isHardwareProfile, type HardwareProfile } from '../../core/hardware/hardware-profile';
import type { Fix, Issue } from '../../core/rules/define-rule';
import { bandSpec, releaseTarget, targetLabel, type ReleaseTarget } from '../../core/target/target';
import { parseArgs } from '../args';
import type { CliIo } from '../io';
import { parseCheckLine, readKwargsFile } from '../read-kwargs';
import { readTarget, TARGET_HELP } from '../target-option';

/** Languages of the human-readable output; JSON output is always English. */
const LANGUAGES = ['en', 'ko'] as const;
type Language = (typeof LANGUAGES)[number];

export const CHECK_HELP = `Usage: trainargs check FILE [--json | --jsonl] [--hardware ${HARDWARE_PROFILES.join('|')}] [--target RELEASE] [--fix] [--lang ${LANGUAGES.join('|')}]

Validates TrainingArguments keyword arguments (a JSON object; FILE "-" reads standard input) the way
the targeted transformers release does, plus the failures that only show up later in Trainer.
  --json       print {"ok", "target", "approximate" (only when true), "issues", "resolved"} as JSON
  --jsonl      FILE holds one JSON object per line: keyword arguments, or {"target": "5.18", "input": {…}};
               a line's "target" overrides --target; print one result per line (exit 0 unless unreadable)
  --hardware   the machine the training runs on (default ${DEFAULT_HARDWARE})
${TARGET_HELP}  --fix        apply every mechanical fix (renamed arguments, …) and print the fixed arguments too
  --lang       language of the readable output: en (default) or ko (Korean); JSON stays English
Exit status: 0 valid, 1 errors found, 2 input unreadable or not JSON.
`;

/** `check FILE [--json|--jsonl] [--hardware H] [--target T] [--fix] [--lang L]`: returns the exit status. */
export function runCheck(argv: readonly string[], io: CliIo): number {
  const { positional, options } = parseArgs(argv, ['hardware', 'lang', 'target']);
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
  const langOption = options.get('lang') ?? 'en';
  const lang = LANGUAGES.find((l) => l === langOption);
  if (lang === undefined) {
    io.stderr(`unknown --lang ${String(langOption)}; choose one of ${LANGUAGES.join(', ')}\n`);
    return 2;
  }
  const release = readTarget(options, io);
  if (release === undefined) return 2;
  const { target } = release;
  if (options.has('jsonl')) return checkLines(file, io, { hardware, release }, options.has('fix'));

  const read = readKwargsFile(file, io);
  if (!read.ok) {
    io.stderr(`${read.message}\n`);
    return 2;
  }
  if (options.has('fix')) {
    const fixed = fixAll(read.input, { hardware, target });
    if (options.has('json')) io.stdout(`${JSON.stringify({ ...toJson(fixed.result, release), fixed: fixed.input.values, applied: fixed.applied })}\n`);
    else {
      const text = TEXT[lang];
      const labels = fixed.appliedFixes.map((f) => fixLabel(f, lang));
      io.stdout(labels.length > 0 ? `${text.applied(labels.length)}\n${labels.map((a) => `  - ${a}\n`).join('')}` : `${text.noFix}\n`);
      io.stdout(`${text.fixedArguments}\n${JSON.stringify(fixed.input.values, null, 2)}\n\n${describe(fixed.result, lang, release)}`);
    }
    return fixed.result.ok ? 0 : 1;
  }
  const result = checkConfig(read.input, { hardware, target });
  io.stdout(options.has('json') ? `${JSON.stringify(toJson(result, release))}\n` : describe(result, lang, release));
  return result.ok ? 0 : 1;
}

function checkLines(file: string, io: CliIo, check: { readonly hardware: HardwareProfile; readonly release: ReleaseTarget }, fix: boolean): number {
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
    const read = parseCheckLine(line, `line ${index + 1}`);
    const release = read.ok && read.target !== undefined ? releaseTarget(read.target) : check.release;
    if (!read.ok || release === undefined) {
      const message = read.ok ? `line ${index + 1}: unknown "target" ${JSON.stringify(read.target)}; give a transformers release such as "5.18"` : read.message;
      out.push(JSON.stringify({ ok: false, issues: [{ severity: 'error', rule: 'parse', fields: [], message }], resolved: null }));
      return;
    }
    const options = { hardware: check.hardware, target: release.target };
    const result = fix ? fixAll(read.input, options).result : checkConfig(read.input, options);
    out.push(JSON.stringify(toJson(result, release)));
  });
  io.stdout(out.length > 0 ? `${out.join('\n')}\n` : '');
  return 0;
}

interface ResultJson {
  ok: boolean;
  /** The band the verdict is for, by its name (`"5.15-5.18"`, `"5.2-5.5"`, `"4.57"`, `"4.56"`). */
  target: string;
  /** Present (true) only when the release asked for has no exact code. */
  approximate?: true;
  issues: Omit<Issue, 'fix'>[];
  resolved: CheckResult['resolved'];
}

/** The JSON shape of a result: the band, issues without their fix patches, resolved as the library holds it. */
function toJson(result: CheckResult, release: ReleaseTarget): ResultJson {
  return {
    ok: result.ok,
    target: release.band,
    ...(release.approximate ? { approximate: true as const } : {}),
    issues: result.issues.map(({ severity, rule, fields, message }) => ({ severity, rule, fields, message })),
    resolved: result.resolved,
  };
}

/** The words of the readable output; rule ids, field names and the library's quoted errors stay as they are. */
const TEXT = {
  en: {
    mark: { error: '✖ error', warning: '▲ warning', info: '• info' },
    fix: 'fix',
    valid: (release: string, warnings: number) => `OK: valid for ${release} (${warnings} warning(s)).`,
    approximate: (release: string, band: string) =>
      `Approximate: transformers ${release} has no exact reference code here, so this verdict is that of ${band}, with the field changes dated to ${release} applied.`,
    invalid: (errors: number, warnings: number) => `Invalid: ${errors} error(s), ${warnings} warning(s).`,
    applied: (count: number) => `Applied ${count} fix(es):`,
    noFix: 'No mechanical fix to apply.',
    fixedArguments: 'Fixed arguments:',
  },
  ko: {
    mark: { error: '✖ 오류', warning: '▲ 경고', info: '• 정보' },
    fix: '수정',
    valid: (release: string, warnings: number) => `OK: ${release}에서 유효합니다(경고 ${warnings}개).`,
    approximate: (release: string, band: string) =>
      `근사값: transformers ${release}의 정확한 기준 코드가 없어서, ${release} 시점으로 확인된 필드 변경을 반영한 ${band} 기준으로 판정했습니다.`,
    invalid: (errors: number, warnings: number) => `유효하지 않음: 오류 ${errors}개, 경고 ${warnings}개.`,
    applied: (count: number) => `수정 ${count}개를 적용했습니다:`,
    noFix: '자동으로 적용할 수정이 없습니다.',
    fixedArguments: '수정된 인자:',
  },
} as const;

/** A message in the chosen language; English where a rule has no Korean wording. */
function issueMessage(issue: Issue, lang: Language): string {
  return lang === 'ko' ? (issue.messageKo ?? issue.message) : issue.message;
}

function fixLabel(fix: Fix, lang: Language): string {
  return lang === 'ko' ? (fix.labelKo ?? fix.label) : fix.label;
}

function describe(result: CheckResult, lang: Language, release: ReleaseTarget): string {
  const text = TEXT[lang];
  const lines = result.issues.map(
    (i) => `${text.mark[i.severity]} [${i.rule}] ${i.fields.join(', ')}\n    ${issueMessage(i, lang)}${i.fix ? `\n    ${text.fix}: ${fixLabel(i.fix, lang)}` : ''}`,
  );
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const warnings = result.issues.filter((i) => i.severity === 'warning').length;
  const summary = result.ok ? text.valid(targetLabel(release.target), warnings) : text.invalid(errors, warnings);
  const note = release.approximate ? `${text.approximate(release.release, bandSpec(release.band).label)}\n` : '';
  return `${lines.join('\n')}${lines.length > 0 ? '\n\n' : ''}${summary}\n${note}`;
}
