import { describe, expect, it } from 'vitest';
import { runCheck } from './commands/check';
import { runEmit } from './commands/emit';
import { runFields } from './commands/fields';
import { runSchedule } from './commands/schedule';
import { fakeIo } from './test-io';

describe('--config', () => {
  it('checks as the class and says which class in the JSON', () => {
    const io = fakeIo({ 'a.json': '{"beta": 0.1}' });
    expect(runCheck(['a.json', '--json', '--config', 'SFTConfig'], io)).toBe(1);
    const out = JSON.parse(io.out);
    expect(out.config).toBe('SFTConfig');
    expect(out.issues[0].message).toContain("SFTConfig.__init__() got an unexpected keyword argument 'beta'");
    const ok = fakeIo({ 'a.json': '{"beta": 0.1}' });
    expect(runCheck(['a.json', '--json', '--config', 'DPOConfig'], ok)).toBe(0);
    expect(JSON.parse(ok.out).resolved).toMatchObject({ beta: 0.1, learning_rate: 1e-6, loss_type: ['sigmoid'] });
  });

  it('honours a "config" key per --jsonl line', () => {
    const lines = ['{"config": "GRPOConfig", "input": {"num_generations": 1}}', '{"config": "SFTConfig", "max_length": 512}', '{"seed": 1}'].join('\n');
    const io = fakeIo({ 'a.jsonl': lines });
    expect(runCheck(['a.jsonl', '--jsonl'], io)).toBe(0);
    const out = io.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => [o.config, o.ok])).toEqual([
      ['GRPOConfig', false],
      ['SFTConfig', true],
      ['TrainingArguments', true],
    ]);
    expect(out[1].resolved.max_length).toBe(512);
  });

  it('refuses an unknown class and a TRL class on the 4.56 target', () => {
    const unknown = fakeIo({ 'a.json': '{}' });
    expect(runCheck(['a.json', '--config', 'PPOConfig'], unknown)).toBe(2);
    expect(unknown.err).toContain('unknown --config PPOConfig');
    const old = fakeIo({ 'a.json': '{}' });
    expect(runCheck(['a.json', '--config', 'SFTConfig', '--target', 'v4'], old)).toBe(2);
    expect(old.err).toContain('SFTConfig needs transformers 4.57 or later');
  });

  it('emits the class import and lists its fields', () => {
    const io = fakeIo({ 'a.json': '{"num_generations": 4}' });
    expect(runEmit(['a.json', '--to', 'python', '--config', 'GRPOConfig'], io)).toBe(0);
    expect(io.out).toBe('from trl import GRPOConfig\n\nargs = GRPOConfig(\n    num_generations=4,\n)\n');
    const fields = fakeIo({});
    expect(runFields(['--json', '--config', 'GRPOConfig'], fields)).toBe(0);
    const rows = JSON.parse(fields.out) as { name: string; section: string; default: unknown }[];
    expect(rows.find((r) => r.name === 'num_generations')).toMatchObject({ section: 'class', default: 8 });
    expect(rows.find((r) => r.name === 'logging_steps')?.default).toBe(10);
  });

  it('plans the schedule with the class defaults', () => {
    const io = fakeIo({ 'a.json': '{"max_steps": 30}' });
    expect(runSchedule(['a.json', '--json', '--config', 'SFTConfig'], io)).toBe(0);
    expect(JSON.parse(io.out).log_steps).toEqual([10, 20, 30]);
  });
});
