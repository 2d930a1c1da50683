import { describe, expect, it } from 'vitest';
import type { CliIo } from './io';
import { runCli } from './run-cli';

function fakeIo(files: Record<string, string> = {}): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    readText: (path: string) =>
      files[path] ??
      (() => {
        throw new Error('ENOENT');
      })(),
    stdout: (s: string) => void (io.out += s),
    stderr: (s: string) => void (io.err += s),
  };
  return io;
}

describe(runCli.name, () => {
  it('lists all 112 fields of the default band as JSON with name, section, kind, default, choices and tier', () => {
    const io = fakeIo();
    expect(runCli(['fields', '--json'], io)).toBe(0);
    const fields = JSON.parse(io.out) as { name: string; section: string; kind: string; tier: string; choices?: string[] }[];
    expect(fields).toHaveLength(112);
    expect(fields.find((f) => f.name === 'lr_scheduler_type')?.choices).toHaveLength(12);
    expect(fields.every((f) => f.section && f.kind && f.tier && 'default' in f)).toBe(true);
  });

  it('emits Python for a file', () => {
    const io = fakeIo({ 'a.json': '{"learning_rate": 3e-5}' });
    expect(runCli(['emit', 'a.json', '--to', 'python'], io)).toBe(0);
    expect(io.out).toContain('learning_rate=3e-05');
  });

  it('lists the rule catalogue, each rule saying whether it mirrors the library', () => {
    const io = fakeIo();
    expect(runCli(['rules', '--json'], io)).toBe(0);
    const rules = JSON.parse(io.out) as { id: string; mirrors: string }[];
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    expect(rules.some((r) => r.mirrors === 'library') && rules.some((r) => r.mirrors === 'beyond')).toBe(true);
  });

  it('rejects an unknown command with exit 2', () => {
    const io = fakeIo();
    expect(runCli(['frobnicate'], io)).toBe(2);
    expect(io.err).toMatch(/unknown command "frobnicate"/);
  });
});

describe('--target v4', () => {
  it('lists the 131 fields of 4.56 as JSON, with their version range', () => {
    const io = fakeIo();
    expect(runCli(['fields', '--json', '--target', '4.56'], io)).toBe(0);
    const fields = JSON.parse(io.out) as { name: string; default: unknown; until?: string }[];
    expect(fields).toHaveLength(131);
    expect(fields.find((f) => f.name === 'no_cuda')?.until).toBe('5.0');
    expect(fields.find((f) => f.name === 'report_to')?.default).toBeNull();
    expect(fields.some((f) => f.name === 'use_cache')).toBe(false);
  });

  it('checks for 4.56: its field set, its resolution, its rules', () => {
    const io = fakeIo({ 'a.json': '{"no_cuda": true, "warmup_ratio": 0.1, "report_to": null}' });
    expect(runCli(['check', 'a.json', '--json', '--target', '4.56'], io)).toBe(0);
    const out = JSON.parse(io.out) as { ok: boolean; issues: { rule: string; severity: string }[]; resolved: Record<string, unknown> };
    expect(Object.keys(out.resolved)).toHaveLength(131);
    expect(out.resolved).toMatchObject({ use_cpu: true, warmup_ratio: 0.1, warmup_steps: 0, report_to: [] });
    expect(out.issues.map((i) => `${i.severity} ${i.rule}`)).toEqual(['warning deprecated-argument']);
    const v5 = fakeIo({ 'a.json': '{"no_cuda": true}' });
    expect(runCli(['check', 'a.json', '--json'], v5)).toBe(1);
  });

  it('says which release the arguments are valid for', () => {
    const io = fakeIo({ 'a.json': '{"group_by_length": true}' });
    expect(runCli(['check', 'a.json', '--target', '4.56'], io)).toBe(0);
    expect(io.out).toContain('valid for transformers 4.56');
    const rejected = fakeIo({ 'a.json': '{"use_cache": true}' });
    expect(runCli(['check', 'a.json', '--target', '4.56'], rejected)).toBe(1);
  });

  it('emits only what 4.56 accepts, compared with its defaults', () => {
    const io = fakeIo({ 'a.json': '{"warmup_ratio": 0.0, "report_to": null, "no_cuda": true, "use_cache": true}' });
    expect(runCli(['emit', 'a.json', '--to', 'json', '--target', '4.56'], io)).toBe(0);
    expect(JSON.parse(io.out)).toEqual({ no_cuda: true });
  });

  it('rejects an unknown target with exit 2', () => {
    for (const command of [['fields'], ['check', 'a.json'], ['emit', 'a.json']]) {
      const io = fakeIo({ 'a.json': '{}' });
      expect(runCli([...command, '--target', 'v3'], io), command[0]).toBe(2);
      expect(io.err).toContain('unknown --target v3');
    }
  });
});
