import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kwargs } from '../py/py-value';
import { emitYaml } from './yaml';

describe('emitYaml', () => {
  it('writes floats with the dot PyYAML needs and keeps step counts whole', () => {
    const input = kwargs({ learning_rate: 2e-5, num_train_epochs: 2, adam_epsilon: 1e-7, save_steps: 250, weight_decay: 1e16 });
    expect(emitYaml(input)).toMatchInlineSnapshot(`
      "num_train_epochs: 2.0
      weight_decay: 1.0e+16
      adam_epsilon: 1.0e-07
      learning_rate: 2.0e-05
      save_steps: 250
      "
    `);
  });

  it('quotes strings PyYAML would read as something else', () => {
    const input = kwargs({ run_name: 'on', output_dir: '010', hub_model_id: '2024-01-01', optim_args: '5e-05', hub_revision: 'null', project: '' });
    expect(emitYaml(input)).toMatchInlineSnapshot(`
      "optim_args: "5e-05"
      output_dir: "010"
      run_name: "on"
      project: ""
      hub_model_id: "2024-01-01"
      hub_revision: "null"
      "
    `);
  });

  it('escapes characters PyYAML refuses and keeps Korean and emoji readable', () => {
    expect(emitYaml(kwargs({ run_name: '실험 🚀\x7f\ud800' }))).toBe('run_name: "실험 🚀\\x7f\\ud800"\n');
  });

  it('writes lists, nested dicts and empty containers', () => {
    const input = kwargs({ report_to: ['wandb'], label_names: [], deepspeed: { zero_optimization: { stage: 3 }, bf16: {} } });
    expect(emitYaml(input)).toMatchInlineSnapshot(`
      "report_to:
        - wandb
      label_names: []
      deepspeed:
        zero_optimization:
          stage: 3
        bf16: {}
      "
    `);
  });

  it('writes non-finite floats the YAML way', () => {
    expect(emitYaml(kwargs({ max_grad_norm: Infinity, weight_decay: NaN }))).toBe('weight_decay: .nan\nmax_grad_norm: .inf\n');
  });

  it('gives YAML 1.2 readers the same values', () => {
    const values = { run_name: 'a\'b"c\\d\n\te', output_dir: 'yes', seed: 7, learning_rate: 1e-7, deepspeed: { a: [1, null, false] } };
    expect(parse(emitYaml(kwargs(values)))).toEqual(values);
  });

  it('quotes a value that is only `<<`, which PyYAML would read as a merge key (found by npm run fuzz)', () => {
    expect(emitYaml(kwargs({ run_name: '<<' }))).toBe('run_name: !!str "<<"\n');
  });
});
