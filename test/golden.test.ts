import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run-cli';
import { parseJson } from '../src/core/py/parse-json';
import type { PyValue } from '../src/core/py/py-value';
import { BANDS } from '../src/core/target/target';
import { goldenCases, importGolden, recordOf, type GoldenRecord } from './golden/golden-cases';

const cases = goldenCases();

/** Values with their Python types: every whole float is marked, as json.dumps writes `3.0`. */
function typed(text: string): { value: PyValue; floats: string[] } {
  const parsed = parseJson(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return { value: parsed.value, floats: [...parsed.floatWritten].sort() };
}

function expectedOf(inputFile: string): GoldenRecord {
  return JSON.parse(readFileSync(join(dirname(inputFile), 'expected.json'), 'utf8')) as GoldenRecord;
}

describe('golden inputs collected from public repositories', () => {
  it('has at least 40 real inputs, each with the repository, path and commit it came from', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const golden of cases) {
      expect(golden.source.repo, golden.id).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(golden.source.commit, golden.id).toMatch(/^[0-9a-f]{40}$/);
      expect(golden.source.path, golden.id).not.toBe('');
    }
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s imports as recorded, with the recorded verdict per target', (_id, golden) => {
    expect(recordOf(golden)).toEqual(expectedOf(golden.inputFile));
  });

  // The collector recorded what the real reader gives (PyYAML safe_load, PyYAML with OmegaConf's
  // resolver rules, Python's ast.literal_eval); every key must come out with that value and type.
  it.each(cases.filter((c) => c.source.raw !== undefined).map((c) => [c.id, c] as const))('%s reads every key as the real reader does', (_id, golden) => {
    const report = importGolden(golden);
    const all: Record<string, PyValue> = { ...report.imported.values };
    for (const other of report.otherArgs) all[other.name] = other.value;
    const floats = [...report.imported.floatWritten, ...report.otherArgs.flatMap((a) => (a.floatPaths.includes('') ? [a.name] : []))];
    const mine = typed(
      `{${Object.entries(all)
        .map(([k, v]) => `${JSON.stringify(k)}: ${jsonWithFloats(v, k, floats)}`)
        .join(', ')}}`,
    );
    const real = typed(JSON.stringify(golden.source.raw === undefined ? {} : pythonJson(golden.sourceText)));
    expect(mine.value).toEqual(real.value);
    const realFloats = realFloatPaths(golden.sourceText);
    expect(mine.floats.filter((p) => realFloats.has(p) || !p.includes('.'))).toEqual([...realFloats].filter((p) => !p.includes('.')).sort());
    for (const name of golden.source.raw_not_literal ?? []) expect(report.notImported.map((d) => d.key)).toContain(name);
  });

  // Each band reads the text itself (a flag 5.15 dropped stays text there), so `check --target` of every band
  // must print that band's recorded import.
  it.each(BANDS.map((b) => [b.id] as const))('check --json --target %s gives the imported arguments recorded for that band, for every file', (band) => {
    for (const golden of cases) {
      const io = {
        out: '',
        readText: (path: string) => readFileSync(path, 'utf8'),
        stdout: (s: string) => void (io.out += s),
        stderr: () => undefined,
      };
      const status = runCli(['check', golden.inputFile, '--json', '--target', band], io);
      expect([0, 1], golden.id).toContain(status);
      const imported = io.out.match(/"imported": (\{.*?\}), "other_args"/)?.[1];
      const record = expectedOf(golden.inputFile);
      expect(imported, `${golden.id} on ${band}`).toBe(record.verdict[band].imported ?? record.imported);
      expect(status === 0, `${golden.id} on ${band}`).toBe(record.verdict[band].ok);
    }
  });
});

/** The `raw` object of a source.json as written by Python's json.dumps (floats keep their point). */
function pythonJson(sourceText: string): PyValue {
  const parsed = parseJson(sourceText);
  if (!parsed.ok || parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) throw new Error('bad source.json');
  return (parsed.value as Record<string, PyValue>).raw ?? {};
}

/** Top-level keys whose raw value is a whole float (written `3.0` by the collector). */
function realFloatPaths(sourceText: string): Set<string> {
  const parsed = parseJson(sourceText);
  if (!parsed.ok) throw new Error('bad source.json');
  return new Set([...parsed.floatWritten].filter((p) => p.startsWith('raw.')).map((p) => p.slice(4)));
}

function jsonWithFloats(value: PyValue, key: string, floats: readonly string[]): string {
  if (typeof value === 'number' && Number.isInteger(value) && floats.includes(key)) return `${value}.0`;
  return JSON.stringify(value);
}
