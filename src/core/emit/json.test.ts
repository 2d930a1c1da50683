import { describe, expect, it } from 'vitest';
import { kwargs } from '../py/py-value';
import { emitJson } from './json';
import { toJsonText } from './json-text';

describe('emitJson', () => {
  it('writes changed values, floats with a dot where the field is a float', () => {
    const input = kwargs({ num_train_epochs: 2, learning_rate: 3e-5, save_steps: 200, report_to: ['wandb', 'tensorboard'], run_name: '실험 "1"\n' });
    expect(emitJson(input)).toMatchInlineSnapshot(`
      "{
        "num_train_epochs": 2.0,
        "learning_rate": 3e-05,
        "save_steps": 200,
        "report_to": [
          "wandb",
          "tensorboard"
        ],
        "run_name": "실험 \\"1\\"\\n"
      }
      "
    `);
  });

  it('nests dicts and keeps whole floats marked inside them', () => {
    const input = kwargs({ lr_scheduler_kwargs: { num_cycles: 2, power: 1 }, gradient_checkpointing_kwargs: {} }, ['lr_scheduler_kwargs.num_cycles']);
    expect(emitJson(input)).toMatchInlineSnapshot(`
      "{
        "lr_scheduler_kwargs": {
          "num_cycles": 2.0,
          "power": 1
        },
        "gradient_checkpointing_kwargs": {}
      }
      "
    `);
  });

  it('writes an empty object when nothing changed', () => {
    expect(emitJson(kwargs({ seed: 42 }))).toBe('{}\n');
  });

  it('produces JSON that JSON.parse reads back to the same values', () => {
    const values = { output_dir: "a'b\\c\t😀\ud800", max_steps: 100, label_names: [], fsdp_config: { a: [1, null, true] } };
    expect(JSON.parse(emitJson(kwargs(values)))).toEqual(values);
  });
});

describe('toJsonText', () => {
  it("uses Python's float spelling and json.dumps spacing on one line", () => {
    expect(toJsonText({ a: [1e-5, 2, 1e16], b: 'x' }, { floatWritten: new Set(['a[1]']) })).toBe('{"a": [1e-05, 2.0, 10000000000000000], "b": "x"}');
  });

  it('writes non-finite floats as Python json does', () => {
    expect(toJsonText([Infinity, -Infinity, NaN])).toBe('[Infinity, -Infinity, NaN]');
  });
});
