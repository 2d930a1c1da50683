import { describe, expect, it } from 'vitest';
import type { CliIo } from './io';
import { runCli } from './run-cli';

function fakeIo(files: Record<string, string> = {}): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    readText: (path: string) => files[path] ?? (() => { throw new Error('ENOENT'); })(),
    stdout: (s: string) => void (io.out += s),
    stderr: (s: string) => void (io.err += s),
  };
  return io;
}

describe(runCli.name, () => {
  it('lists all 109 fields as JSON with name, section, kind, default, choices and tier', () => {
    const io = fakeIo();
    expect(runCli(['fields', '--json'], io)).toBe(0);
    const fields = JSON.parse(io.out) as { name: string; section: string; kind: string; tier: string; choices?: string[] }[];
    expect(fields).toHaveLength(109);
    expect(fields.find((f) => f.name === 'lr_scheduler_type')?.choices).toHaveLength(11);
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
