import { describe, expect, it } from 'vitest';
import { emitJson } from '../emit/json';
import { randomKwargs, seededRandom } from '../emit/random-kwargs';
import { importJson } from './json';
import { withoutNegativeZero, writtenValues } from './round-trip-support';

describe('importJson', () => {
  it('reads an object of arguments and remembers whole numbers written as floats', () => {
    const result = importJson('{"num_train_epochs": 2.0, "seed": 1, "lr_scheduler_kwargs": {"num_cycles": 1e0}}');
    expect(result.kwargs.values).toEqual({ num_train_epochs: 2, seed: 1, lr_scheduler_kwargs: { num_cycles: 1 } });
    expect([...result.kwargs.floatWritten].sort()).toEqual(['lr_scheduler_kwargs.num_cycles', 'num_train_epochs']);
  });

  it('reports malformed JSON with its position', () => {
    expect(importJson('{\n  "seed": 1,\n}').errors).toEqual([expect.objectContaining({ line: 3, column: 1 })]);
  });

  it('asks for an object when given another JSON value', () => {
    expect(importJson('[1, 2]').errors[0]?.message).toMatch(/object/);
  });

  it('drops the masked token and the serialized parallelism config of a saved to_json_string()', () => {
    const result = importJson('{"hub_token": "<HUB_TOKEN>", "parallelism_config": {"dp_replicate_size": 1}, "seed": 3}');
    expect(result.kwargs.values).toEqual({ seed: 3 });
    expect(result.dropped.map((d) => d.key)).toEqual(['hub_token', 'parallelism_config']);
  });

  it('reads back what emitJson writes for hundreds of random states', () => {
    const random = seededRandom(77);
    for (let i = 0; i < 300; i++) {
      const input = randomKwargs(random, { wrongTypes: true, share: 0.25 });
      const all = i % 10 === 0;
      const text = emitJson(input, { all });
      const back = importJson(text);
      expect(back.errors).toEqual([]);
      expect(withoutNegativeZero(back.kwargs.values)).toEqual(withoutNegativeZero(writtenValues(input, { all })));
      expect(emitJson(back.kwargs, { all })).toBe(text);
    }
  });
});
