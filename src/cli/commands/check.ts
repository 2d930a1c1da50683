import { checkConfig, type CheckResult } from '../../core/check/check-config';
import { fixAll } from '../../core/check/fix-all';
import { pyTypedJson, resolvedFloatPaths } from '../../core/check/py-typed-json';
import { notCarriedByFlags } from '../../core/emit/cli-flags';
import { DEFAULT_HARDWARE, HARDWARE_PROFILES, isHardwareProfile, type HardwareProfile } from '../../core/hardware/hardware-profile';
import type { ImportReport } from '../../core/import/import-text';
import { ownerLabel } from '../../core/import/owner-label';
import type { Kwargs } from '../../core/py/py-value';
import { describeIssue, fixLabel as fixLabelIn } from '../../core/i18n/messages/describe-issue';
import { EN_MESSAGES } from '../../core/i18n/messages/en';
import { KO_MESSAGES } from '../../core/i18n/messages/ko';
import { renderMessage, type MessageCatalogue } from '../../core/i18n/messages/message';
import type { Fix, Issue } from '../../core/rules/define-rule';
import { bandSpec, releaseTarget, targetLabel, type ReleaseTarget, type Target } from '../../core/target/target';
import { parseArgs } from '../args';
import { checkClassName, CONFIG_HELP, readConfigClass } from '../config-option';
import type { CliIo } from '../io';
import { FROM_HELP, parseCheckLine, readKwargsFile } from '../read-kwargs';
import { readTarget, TARGET_HELP } from '../target-option';

/** Languages of the human-readable output; JSON output is always English. */
const LANGUAGES = ['en', 'ko'] as const;
type Language = (typeof LANGUAGES)[number];
const CATALOGUES: Readonly<Record<Language, MessageCatalogue>> = { en: EN_MESSAGES, ko: KO_MESSAGES };

export const CHECK_HELP = `Usage: trainargs check FILE [--json | --jsonl] [--from FORMAT] [--config CLASS] [--hardware ${HARDWARE_PROFILES.join('|')}] [--target RELEASE] [--fix] [--lang ${LANGUAGES.join('|')}]

Validates TrainingArguments keyword arguments the way the targeted transformers release does, plus the
failures that only show up later in Trainer. FILE is Python, a command line, JSON or YAML ("-" reads
standard input); the script's, the launcher's and tools' own arguments are listed apart, not errors.
The class is --config, else the one the Python code calls (or LLaMA-Factory's Seq2SeqTrainingArguments).
  --json       print {"config", "ok", "target", "approximate" (only when true), "issues", "resolved", "imported",
               "other_args", "not_imported", "not_in_flags"} as JSON; numbers keep their Python type (3.0, 3)
${FROM_HELP}  --jsonl      FILE holds one JSON object per line: keyword arguments, or {"target": "5.18", "config": CLASS, "input": {…}};
               a line's "target" / "config" override --target / --config; print one result per line (exit 0 unless unreadable)
  --hardware   the machine the training runs on (default ${DEFAULT_HARDWARE})
${TARGET_HELP}${CONFIG_HELP}  --fix        apply every mechanical fix (renamed arguments, …) and print the fixed arguments too
  --lang       language of the readable output: en (default) or ko (Korean); JSON stays English
Exit status: 0 valid, 1 errors found, 2 input unreadable.
`;

/** `check FILE [--json|--jsonl] [--from F] [--config C] [--hardware H] [--target T] [--fix] [--lang L]`: returns the exit status. */
export function runCheck(argv: readonly string[], io: CliIo): number {
  const { positional, options } = parseArgs(argv, ['hardware', 'lang', 'target', 'config', 'from']);
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
  const askedClass = readConfigClass(options, target, io);
  if (askedClass === undefined) return 2;
  if (options.has('jsonl')) return checkLines(file, io, { hardware, release, configClass: askedClass }, options.has('fix'));

  const read = readKwargsFile(file, io, { from: options.get('from'), target, configClass: askedClass });
  if (!read.ok) {
    io.stderr(`${read.message}\n`);
    return 2;
  }
  const report = read.report;
  // An explicit --config wins; otherwise the class the text calls (or its reader implies).
  const configClass = options.has('config') ? askedClass : report.configClass;
  if (options.has('fix')) {
    const fixed = fixAll(read.input, { hardware, target, configClass });
    if (options.has('json')) {
      const fixedText = pyTypedJson(fixed.input.values, fixed.input.floatWritten);
      io.stdout(
        `${withFields(toJson(fixed.result, fixed.input, release, configClass), { ...reportFields(report, target), fixed: fixedText, applied: JSON.stringify(fixed.applied) })}\n`,
      );
    } else {
      const text = TEXT[lang];
      const labels = fixed.appliedFixes.map((f) => fixLabel(f, lang));
      io.stdout(describeImport(report, lang, target));
      io.stdout(labels.length > 0 ? `${text.applied(labels.length)}\n${labels.map((a) => `  - ${a}\n`).join('')}` : `${text.noFix}\n`);
      io.stdout(`${text.fixedArguments}\n${JSON.stringify(fixed.input.values, null, 2)}\n\n${describe(fixed.result, lang, release, configClass)}`);
    }
    return fixed.result.ok ? 0 : 1;
  }
  const result = checkConfig(read.input, { hardware, target, configClass });
  io.stdout(
    options.has('json')
      ? `${withFields(toJson(result, read.input, release, configClass), reportFields(report, target))}\n`
      : `${describeImport(report, lang, target)}${describe(result, lang, release, configClass)}`,
  );
  return result.ok ? 0 : 1;
}

/** The import part of `--json`: each value JSON text with Python number types. */
function reportFields(report: ImportReport, target: Target): Record<string, string> {
  const otherArgs = Object.fromEntries(report.otherArgs.map((a) => [a.name, { value: a.value, owner: a.owner }]));
  const otherFloats = new Set(report.otherArgs.flatMap((a) => a.floatPaths.map((p) => `${a.name}.value${p}`)));
  return {
    imported: pyTypedJson(report.imported.values, report.imported.floatWritten),
    other_args: pyTypedJson(otherArgs, otherFloats),
    not_imported: JSON.stringify(report.notImported.map((d) => ({ source: d.key, reason: d.reason }))),
    not_in_flags: JSON.stringify(notCarriedByFlags(report.imported, target, report.configClass)),
    format: JSON.stringify(report.format),
    config_class: JSON.stringify(report.configClass),
    ...(report.launch === undefined ? {} : { launch: JSON.stringify(report.launch) }),
    ...(report.classSuggestion === undefined ? {} : { class_suggestion: JSON.stringify(report.classSuggestion) }),
    notes: JSON.stringify(report.notes.map((n) => ({ name: n.key, message: renderMessage(EN_MESSAGES, n.text) }))),
  };
}

/** Adds already-serialised fields to a serialised JSON object. */
function withFields(objectText: string, fields: Readonly<Record<string, string>>): string {
  const extra = Object.entries(fields).map(([key, text]) => `${JSON.stringify(key)}: ${text}`);
  return extra.length === 0 ? objectText : `${objectText.slice(0, -1)}, ${extra.join(', ')}}`;
}

/** What the import found besides the arguments, for the readable output. */
function describeImport(report: ImportReport, lang: Language, target: Target): string {
  const ko = lang === 'ko';
  const lines: string[] = [];
  if (report.otherArgs.length > 0) {
    lines.push(ko ? 'TrainingArguments가 아닌 인자(오류 아님):' : 'Not TrainingArguments (not errors):');
    const catalogue = ko ? KO_MESSAGES : EN_MESSAGES;
    for (const a of report.otherArgs) lines.push(`  ${a.name} = ${JSON.stringify(a.value)}  ← ${renderMessage(catalogue, ownerLabel(a.owner))}`);
  }
  if (report.notImported.length > 0) {
    lines.push(ko ? '가져오지 못한 값:' : 'Not imported:');
    for (const d of report.notImported) lines.push(`  ${d.key}: ${d.reason}`);
  }
  for (const e of report.errors) {
    lines.push(`${ko ? '읽기 문제' : 'Reading problem'}${e.line === undefined ? '' : ` (${e.line}:${e.column ?? 1})`}: ${e.message}`);
  }
  for (const n of report.notes) lines.push(`${ko ? '참고' : 'Note'}: ${renderMessage(ko ? KO_MESSAGES : EN_MESSAGES, n.text)}`);
  if (report.classSuggestion) {
    const { className, names } = report.classSuggestion;
    lines.push(
      ko
        ? `${names.join(', ')}: ${className} 필드로 보입니다. --config ${className}로 확인하세요.`
        : `${names.join(', ')} look like ${className} fields: check with --config ${className}.`,
    );
  }
  const unflagged = notCarriedByFlags(report.imported, target, report.configClass);
  if (unflagged.length > 0) {
    lines.push(ko ? '명령줄 플래그로 쓸 수 없는 값(JSON/YAML 파일을 쓰세요):' : 'Values no command-line flag can carry (use a JSON/YAML file instead):');
    for (const s of unflagged) lines.push(`  ${s.key}: ${s.reason}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n\n` : '';
}

function checkLines(
  file: string,
  io: CliIo,
  check: { readonly hardware: HardwareProfile; readonly release: ReleaseTarget; readonly configClass: string },
  fix: boolean,
): number {
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
    // A line may name its own config class; an unknown one, or one its release lacks, is reported on that line.
    const configClass = read.config ?? check.configClass;
    if (read.config !== undefined && !checkClassName(read.config, release.target, io)) {
      const message = `line ${index + 1}: ${read.config} cannot be built on ${targetLabel(release.target)}`;
      out.push(
        JSON.stringify({
          ok: false,
          config: read.config,
          target: release.band,
          issues: [{ severity: 'error', rule: 'config-class', fields: [], message }],
          resolved: null,
        }),
      );
      return;
    }
    const options = { hardware: check.hardware, target: release.target, configClass };
    const fixed = fix ? fixAll(read.input, options) : undefined;
    const result = fixed ? fixed.result : checkConfig(read.input, options);
    out.push(toJson(result, fixed ? fixed.input : read.input, release, configClass));
  });
  io.stdout(out.length > 0 ? `${out.join('\n')}\n` : '');
  return 0;
}

/**
 * The JSON text of a result: the class, the band (and "approximate" when the release has no exact code),
 * issues without their fix patches, resolved as the library holds it, every number with its Python type.
 */
function toJson(result: CheckResult, input: Kwargs, release: ReleaseTarget, config: string): string {
  const issues: Pick<Issue, 'severity' | 'rule' | 'fields' | 'message'>[] = result.issues.map(({ severity, rule, fields, message }) => ({
    severity,
    rule,
    fields,
    message,
  }));
  const resolved = pyTypedJson(result.resolved, resolvedFloatPaths(result.resolved, result.provenance, input, release.target));
  const approximate = release.approximate ? ', "approximate": true' : '';
  return `{"config": ${JSON.stringify(config)}, "ok": ${String(result.ok)}, "target": ${JSON.stringify(release.band)}${approximate}, "issues": ${JSON.stringify(issues)}, "resolved": ${resolved}}`;
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

/** A message in the chosen language, from its catalogue. */
function issueMessage(issue: Issue, lang: Language): string {
  return describeIssue(issue, CATALOGUES[lang]);
}

function fixLabel(fix: Fix, lang: Language): string {
  return fixLabelIn(fix, CATALOGUES[lang]);
}

function describe(result: CheckResult, lang: Language, release: ReleaseTarget, configClass: string): string {
  const text = TEXT[lang];
  const lines = result.issues.map(
    (i) =>
      `${text.mark[i.severity]} [${i.rule}] ${i.fields.join(', ')}\n    ${issueMessage(i, lang)}${i.fix ? `\n    ${text.fix}: ${fixLabel(i.fix, lang)}` : ''}`,
  );
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const warnings = result.issues.filter((i) => i.severity === 'warning').length;
  const label = configClass === 'TrainingArguments' ? targetLabel(release.target) : `${configClass}, ${targetLabel(release.target)}`;
  const summary = result.ok ? text.valid(label, warnings) : text.invalid(errors, warnings);
  const note = release.approximate ? `${text.approximate(release.release, bandSpec(release.band).label)}\n` : '';
  return `${lines.join('\n')}${lines.length > 0 ? '\n\n' : ''}${summary}\n${note}`;
}
