import { describe, expect, it } from 'vitest';
import { emitYaml } from '../emit/yaml';
import { randomKwargs, seededRandom } from '../emit/random-kwargs';
import { kwargs } from '../py/py-value';
import { importYaml } from './yaml';
import { withoutNegativeZero, writtenValues } from './round-trip-support';

describe('importYaml', () => {
  it('reads scalars as PyYAML does', () => {
    const result = importYaml(
      'bf16: yes\nfp16: Off\nseed: 010\nmax_steps: 0x10\nlearning_rate: 2.0e-05\nnum_train_epochs: 3.0\noutput_dir: ~\nrun_name: "on"\n',
    );
    expect(result.kwargs.values).toEqual({
      bf16: true,
      fp16: false,
      seed: 8,
      max_steps: 16,
      learning_rate: 2e-5,
      num_train_epochs: 3,
      output_dir: null,
      run_name: 'on',
    });
    expect([...result.kwargs.floatWritten]).toEqual(['num_train_epochs']);
    expect(result.errors).toEqual([]);
  });

  it('keeps 5e-05 a string, as PyYAML does, and says how to write the float', () => {
    const result = importYaml('learning_rate: 5e-05\n');
    expect(result.kwargs.values).toEqual({ learning_rate: '5e-05' });
    expect(result.errors).toEqual([{ message: expect.stringContaining('5.0e-05'), line: 1, column: 16 }]);
  });

  it('follows anchors, aliases and merge keys', () => {
    const text = 'base: &base\n  stage: 2\n  offload: false\ndeepspeed:\n  <<: *base\n  stage: 3\nlabel_names: &names [a, b]\nx: *names\n';
    expect(importYaml(text).kwargs.values).toEqual({
      base: { stage: 2, offload: false },
      deepspeed: { stage: 3, offload: false },
      label_names: ['a', 'b'],
      x: ['a', 'b'],
    });
  });

  it('applies explicit tags and drops values PyYAML turns into other objects', () => {
    const result = importYaml('num_train_epochs: !!float 2\nrun_name: !!str 123\nhub_revision: 2024-01-01\n');
    expect(result.kwargs.values).toEqual({ num_train_epochs: 2, run_name: '123' });
    expect(result.dropped.map((d) => d.key)).toEqual(['hub_revision']);
  });

  it('reports syntax errors with their position and non-mappings', () => {
    expect(importYaml('seed: 1\nseed: : x\n').errors[0]).toMatchObject({ line: 2 });
    expect(importYaml('- a\n').errors[0]?.message).toMatch(/mapping/);
    expect(importYaml('').errors).toHaveLength(1);
  });

  it('reads back what emitYaml writes for two hundred random states', () => {
    const random = seededRandom(31);
    for (let i = 0; i < 200; i++) {
      const input = randomKwargs(random, { wrongTypes: true, share: 0.25 });
      const all = i % 10 === 0;
      const text = emitYaml(input, { all });
      const back = importYaml(text);
      expect(back.errors).toEqual([]);
      expect(back.dropped).toEqual([]);
      expect(withoutNegativeZero(back.kwargs.values)).toEqual(withoutNegativeZero(writtenValues(input, { all })));
      expect(emitYaml(back.kwargs, { all })).toBe(text);
    }
  });

  it('round-trips strings with quotes, backslashes, newlines, tabs, Korean and emoji', () => {
    const run_name = 'a\'b"c\\d\ne\tf 한국어 😀 \ud800: # x';
    expect(importYaml(emitYaml(kwargs({ run_name }))).kwargs.values).toEqual({ run_name });
  });
});
