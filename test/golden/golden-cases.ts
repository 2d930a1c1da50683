import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkConfig } from '../../src/core/check/check-config';
import { pyTypedJson } from '../../src/core/check/py-typed-json';
import { importText, type ImportReport } from '../../src/core/import/import-text';
import { BANDS, type Band } from '../../src/core/target/target';

export const GOLDEN_DIR = join(import.meta.dirname, '.');

export interface GoldenCase {
  readonly id: string;
  readonly inputFile: string;
  readonly text: string;
  readonly source: {
    readonly repo: string;
    readonly path: string;
    readonly commit: string;
    readonly format: string;
    readonly reader: string;
    /** What the real reader (PyYAML, the OmegaConf loader rules, Python's ast) gives for every key, recorded by the collector. */
    readonly raw?: Readonly<Record<string, unknown>>;
    readonly raw_not_literal?: readonly string[];
  };
  readonly sourceText: string;
}

/** Every collected input with where it came from. */
export function goldenCases(): GoldenCase[] {
  return readdirSync(GOLDEN_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(GOLDEN_DIR, entry.name);
      const inputName = readdirSync(dir).find((f) => f.startsWith('input.'))!;
      const sourceText = readFileSync(join(dir, 'source.json'), 'utf8');
      return { id: entry.name, inputFile: join(dir, inputName), text: readFileSync(join(dir, inputName), 'utf8'), source: JSON.parse(sourceText), sourceText };
    });
}

/** What a golden case records: the import split by owner and the verdict, numbers in Python form. */
export interface GoldenRecord {
  readonly format: string | null;
  readonly reader: string | null;
  readonly config_class: string;
  /** The config class the names suggest switching to (`SFTConfig` for TRL fields), or null. */
  readonly class_suggestion: string | null;
  readonly imported: string;
  readonly other_args: Readonly<Record<string, string>>;
  readonly not_imported: readonly string[];
  /**
   * Per band of releases, for the text imported with that band as the target (what a user who picked it gets):
   * valid or not, the rules that report an error, and the import itself where it differs from `imported`
   * (a flag the band does not have stays text: `--warmup_ratio 0.1` on 5.15+).
   */
  readonly verdict: Readonly<Record<Band, BandVerdict>>;
}

export interface BandVerdict {
  readonly ok: boolean;
  readonly errors: readonly string[];
  readonly imported?: string;
  readonly other_args?: Readonly<Record<string, string>>;
}

function importedText(report: ImportReport): string {
  return pyTypedJson(report.imported.values, report.imported.floatWritten);
}

function ownersOf(report: ImportReport): Record<string, string> {
  return Object.fromEntries(report.otherArgs.map((a) => [a.name, a.owner]));
}

function verdictOf(golden: GoldenCase, base: ImportReport, target: Band): BandVerdict {
  const report = target === GOLDEN_IMPORT_TARGET ? base : importGolden(golden, target);
  const result = checkConfig(report.imported, { target, configClass: report.configClass });
  // Each error as `rule: field`, so a record says which name fails where (`unknown-argument: warmup_ratio` on 5.15+).
  const errors = result.issues.filter((i) => i.severity === 'error').map((i) => (i.fields[0] === undefined ? i.rule : `${i.rule}: ${i.fields[0]}`));
  const verdict = { ok: result.ok, errors: [...new Set(errors)].sort() };
  const imported = importedText(report);
  const owners = ownersOf(report);
  return {
    ...verdict,
    ...(imported === importedText(base) ? {} : { imported }),
    ...(JSON.stringify(owners) === JSON.stringify(ownersOf(base)) ? {} : { other_args: owners }),
  };
}

export function recordOf(golden: GoldenCase): GoldenRecord {
  const report = importGolden(golden);
  return {
    format: report.format,
    reader: report.reader ?? null,
    config_class: report.configClass,
    class_suggestion: report.classSuggestion?.className ?? null,
    imported: importedText(report),
    other_args: ownersOf(report),
    not_imported: report.notImported.map((d) => d.key),
    verdict: Object.fromEntries(BANDS.map((b) => [b.id, verdictOf(golden, report, b.id)])) as unknown as GoldenRecord['verdict'],
  };
}

/**
 * The band the records' imports were taken on. What a flag means depends on the band (5.15 removed
 * warmup_ratio, so there it stays text); the per-band verdicts check that one import.
 */
export const GOLDEN_IMPORT_TARGET: Band = '5.2-5.5';

export function importGolden(golden: GoldenCase, target: Band = GOLDEN_IMPORT_TARGET): ImportReport {
  return importText(golden.text, { fileName: golden.inputFile, target });
}
