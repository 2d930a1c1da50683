import { describe, expect, it } from 'vitest';
import { fakeIo } from '../test-io';
import { runCheck } from './check';

describe(runCheck.name, () => {
  it('prints ok, issues and every resolved field as JSON and exits 0 for a valid file', () => {
    const io = fakeIo({ 'a.json': '{"learning_rate": 3e-5, "save_steps": 100.0}' });
    expect(runCheck(['a.json', '--json'], io)).toBe(0);
    const out = JSON.parse(io.out);
    expect(out.ok).toBe(true);
    expect(Object.keys(out.resolved)).toHaveLength(112);
    expect(out.resolved.save_steps).toBe(100);
  });

  it('exits 1 with an error issue when the library would raise', () => {
    const io = fakeIo({ 'a.json': '{"fp16": true, "bf16": true}' });
    expect(runCheck(['a.json', '--json'], io)).toBe(1);
    const out = JSON.parse(io.out);
    expect(out.ok).toBe(false);
    expect(out.issues.some((i: { rule: string; severity: string }) => i.rule === 'fp16-bf16-exclusive' && i.severity === 'error')).toBe(true);
  });

  it('exits 2 and names line and column when the JSON does not parse', () => {
    const io = fakeIo({ 'a.json': '{\n  "seed": 1,\n  oops\n}' });
    expect(runCheck(['a.json', '--json'], io)).toBe(2);
    expect(io.err).toMatch(/a\.json:3:3/);
  });

  it('exits 2 when the file cannot be read', () => {
    const io = fakeIo({});
    expect(runCheck(['missing.json'], io)).toBe(2);
    expect(io.err).toMatch(/cannot read missing\.json/);
  });

  it('flips bf16 to an error on a CPU-only machine unless use_cpu is set', () => {
    const io = fakeIo({ 'a.json': '{"bf16": true}', 'b.json': '{"bf16": true, "use_cpu": true}' });
    expect(runCheck(['a.json', '--json'], io)).toBe(0);
    expect(runCheck(['a.json', '--json', '--hardware', 'cpu'], io)).toBe(1);
    expect(runCheck(['b.json', '--json', '--hardware', 'cpu'], io)).toBe(0);
  });

  it('answers one line per input line with --jsonl, a parse error included', () => {
    const io = fakeIo({ 'a.jsonl': '{"seed": 1}\nnot json\n{"fp16": true, "bf16": true}\n' });
    expect(runCheck(['a.jsonl', '--jsonl'], io)).toBe(0);
    const lines = io.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.ok)).toEqual([true, false, false]);
    expect(lines[1].issues[0].rule).toBe('parse');
  });

  it('rejects an unknown hardware profile', () => {
    const io = fakeIo({ 'a.json': '{}' });
    expect(runCheck(['a.json', '--hardware', 'tpu'], io)).toBe(2);
  });

  it('prints messages, fixes and the summary in Korean with --lang ko, keeping the library text', () => {
    const io = fakeIo({ 'a.json': '{"fp16": true, "bf16": true}' });
    expect(runCheck(['a.json', '--lang', 'ko'], io)).toBe(1);
    expect(io.out).toContain('✖ 오류 [fp16-bf16-exclusive] fp16, bf16');
    expect(io.out).toContain('둘 다 켜져 있지만');
    expect(io.out).toContain('At most one of fp16 and bf16 can be True, but not both');
    expect(io.out).toContain('수정: fp16 끄기');
    expect(io.out).toContain('유효하지 않음: 오류 1개, 경고 0개.');
  });

  it('labels applied fixes in Korean with --fix --lang ko', () => {
    const io = fakeIo({ 'a.json': '{"evaluation_strategy": "epoch"}' });
    expect(runCheck(['a.json', '--fix', '--lang=ko'], io)).toBe(0);
    expect(io.out).toContain('수정 1개를 적용했습니다:\n  - evaluation_strategy 제거, eval_strategy를 "epoch"으로 설정');
    expect(io.out).toContain('OK: transformers 5.15–5.18에서 유효합니다');
  });

  it('keeps the JSON output English and in its shape with --lang ko', () => {
    const io = fakeIo({ 'a.json': '{"fp16": true, "bf16": true}' });
    expect(runCheck(['a.json', '--json', '--lang', 'ko'], io)).toBe(1);
    const issue = JSON.parse(io.out).issues[0];
    expect(Object.keys(issue)).toEqual(['severity', 'rule', 'fields', 'message']);
    expect(issue.message).toMatch(/^fp16 and bf16 are both on/);
  });

  it('prints English by default and rejects an unknown language', () => {
    const io = fakeIo({ 'a.json': '{"fp16": true, "bf16": true}' });
    expect(runCheck(['a.json'], io)).toBe(1);
    expect(io.out).toContain('✖ error [fp16-bf16-exclusive]');
    expect(io.out).toContain('fix: Turn fp16 off');
    expect(runCheck(['a.json', '--lang', 'jp'], io)).toBe(2);
    expect(io.err).toMatch(/unknown --lang jp/);
  });

  it('reads a command line, keeps Python number types and lists the script arguments apart', () => {
    const command =
      'python run_glue.py --model_name_or_path bert-base-cased --task_name mrpc --do_train --max_seq_length 128 --learning_rate 2e-5 --num_train_epochs 3 --output_dir /tmp/mrpc';
    const io = fakeIo({ 'run.sh': command });
    expect(runCheck(['run.sh', '--json'], io)).toBe(0);
    expect(io.out).toContain('"imported": {"do_train": true, "learning_rate": 2e-05, "num_train_epochs": 3.0, "output_dir": "/tmp/mrpc"}');
    expect(io.out).toContain('"max_seq_length": {"value": "128", "owner": "hf-script"}');
    const out = JSON.parse(io.out);
    expect(out.issues.filter((i: { severity: string }) => i.severity === 'error')).toEqual([]);
    expect(out.launch).toMatchObject({ launcher: 'python', script: 'run_glue.py' });
  });

  it('prints default and derived floats of resolved as floats and user ints as ints', () => {
    const io = fakeIo({ 'a.json': '{"warmup_steps": 10}' });
    runCheck(['a.json', '--json'], io);
    expect(io.out).toContain('"num_train_epochs": 3.0');
    expect(io.out).toContain('"warmup_steps": 10,');
    expect(io.out).toContain('"save_steps": 500,');
  });

  it('reads Python, YAML and standard input by extension, content or --from, through the app importers', () => {
    const python = fakeIo({ 'train.py': 'lr = 2e-5\nargs = TrainingArguments("out", learning_rate=lr, seed=get_seed())' });
    expect(runCheck(['train.py', '--json'], python)).toBe(0);
    expect(JSON.parse(python.out)).toMatchObject({ imported: { output_dir: 'out', learning_rate: 2e-5 }, not_imported: [{ source: 'seed' }] });
    const yaml = fakeIo({ 'r.yml': 'learning_rate: 1e-4\nseed: 1\n' });
    runCheck(['r.yml', '--json'], yaml);
    expect(yaml.out).toContain('"imported": {"learning_rate": "1e-4", "seed": 1}');
    const stdin = fakeIo({ '-': 'seed: 2\n' });
    expect(runCheck(['-', '--json', '--from', 'yaml'], stdin)).toBe(0);
    expect(JSON.parse(stdin.out).imported).toEqual({ seed: 2 });
    expect(runCheck(['-', '--from', 'toml'], stdin)).toBe(2);
  });

  it('says which values no flag can carry, in the readable output and in --json', () => {
    const io = fakeIo({ 'a.json': '{"report_to": ["wandb", "tensorboard"]}' });
    runCheck(['a.json'], io);
    expect(io.out).toMatch(/Values no command-line flag can carry[^\n]*\n {2}report_to: /);
    const json = fakeIo({ 'a.json': '{"report_to": ["wandb", "tensorboard"]}' });
    runCheck(['a.json', '--json'], json);
    expect(JSON.parse(json.out).not_in_flags).toEqual([{ key: 'report_to', reason: expect.stringContaining('single string') }]);
  });

  it('names the band in --json output, and marks releases without exact code approximate', () => {
    const cases: readonly [string, string, boolean][] = [
      ['5.18', '5.15-5.18', false],
      ['5.16.1', '5.15-5.18', false],
      ['5.10', '5.2-5.5', true],
      ['5.20', '5.15-5.18', true],
      ['4.40', '4.56', true],
      ['4.57', '4.57', false],
      ['v5', '5.2-5.5', false],
      ['v4', '4.56', false],
    ];
    for (const [release, band, approximate] of cases) {
      const io = fakeIo({ 'a.json': '{"seed": 1}' });
      expect(runCheck(['a.json', '--json', '--target', release], io), release).toBe(0);
      const out = JSON.parse(io.out);
      expect(out.target, release).toBe(band);
      expect(out.approximate, release).toBe(approximate ? true : undefined);
    }
  });

  it('follows the targeted release: warmup_ratio is accepted up to 5.14 and rejected from 5.15', () => {
    const io = fakeIo({ 'a.json': '{"warmup_ratio": 0.1}' });
    expect(runCheck(['a.json', '--target', '5.14'], io)).toBe(0);
    expect(io.out).toContain('Approximate: transformers 5.14');
    expect(runCheck(['a.json', '--target', '5.15'], fakeIo({ 'a.json': '{"warmup_ratio": 0.1}' }))).toBe(1);
  });

  it('reads a target per --jsonl line, in a case object or next to the arguments', () => {
    const lines = [
      '{"target": "4.57", "input": {"use_ipex": true}}',
      '{"target": "4.56", "use_ipex": true}',
      '{"use_ipex": true}',
      '{"target": "banana", "seed": 1}',
    ];
    const io = fakeIo({ 'a.jsonl': `${lines.join('\n')}\n` });
    expect(runCheck(['a.jsonl', '--jsonl', '--target', '4.56'], io)).toBe(0);
    const out = io.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => [o.ok, o.target])).toEqual([
      [false, '4.57'],
      [true, '4.56'],
      [true, '4.56'],
      [false, undefined],
    ]);
    expect(out[3].issues[0].message).toContain('unknown "target"');
  });

  it('rejects a --target that is not a release', () => {
    const io = fakeIo({ 'a.json': '{}' });
    expect(runCheck(['a.json', '--target', '4.58'], io)).toBe(2);
    expect(io.err).toContain('unknown --target 4.58');
  });
});
