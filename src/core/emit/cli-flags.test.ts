import { describe, expect, it } from 'vitest';
import { kwargs } from '../py/py-value';
import { cliArgs, emitCliFlags } from './cli-flags';

describe('cliArgs', () => {
  it('spells bools as the parser reads them', () => {
    const { flags } = cliArgs(kwargs({ bf16: true, dataloader_pin_memory: false, tf32: true, hub_private_repo: false }));
    expect(flags).toEqual([['--bf16'], ['--tf32', 'True'], ['--no_dataloader_pin_memory'], ['--hub_private_repo', 'False']]);
    expect(cliArgs(kwargs({ fp16: true }), { all: true }).flags).toContainEqual(['--bf16', 'False']);
  });

  it('writes numbers as Python does and glues values starting with "-" on with "="', () => {
    const { flags } = cliArgs(kwargs({ learning_rate: 1e-5, num_train_epochs: 2, max_steps: -5, weight_decay: -0.5 }));
    expect(flags).toEqual([['--num_train_epochs', '2.0'], ['--max_steps=-5'], ['--weight_decay=-0.5'], ['--learning_rate', '1e-05']]);
  });

  it('puts list values after one flag and dicts as JSON text', () => {
    const { flags } = cliArgs(kwargs({ label_names: ['labels', 'start'], lr_scheduler_kwargs: { num_cycles: 2 } }, ['lr_scheduler_kwargs.num_cycles']));
    expect(flags).toEqual([
      ['--lr_scheduler_kwargs', '{"num_cycles": 2.0}'],
      ['--label_names', 'labels', 'start'],
    ]);
  });

  it('joins fsdp options into one word and splits a debug string into words', () => {
    const { flags } = cliArgs(kwargs({ fsdp: ['full_shard', 'auto_wrap'], debug: 'underflow_overflow tpu_metrics_debug' }));
    expect(flags).toEqual([
      ['--debug', 'underflow_overflow', 'tpu_metrics_debug'],
      ['--fsdp', 'full_shard auto_wrap'],
    ]);
  });

  it('writes one tracker as a single word and an empty list as none', () => {
    expect(cliArgs(kwargs({ report_to: ['wandb'] })).flags).toEqual([['--report_to', 'wandb']]);
    expect(cliArgs(kwargs({ report_to: [] })).flags).toEqual([['--report_to', 'none']]);
  });

  it('spells the token-count modes all and no as bools and skips non_padding', () => {
    expect(cliArgs(kwargs({ include_num_input_tokens_seen: 'all' })).flags).toEqual([['--include_num_input_tokens_seen']]);
    const result = cliArgs(kwargs({ include_num_input_tokens_seen: 'non_padding' }));
    expect(result.flags).toEqual([]);
    expect(result.skipped.map((s) => s.key)).toEqual(['include_num_input_tokens_seen']);
  });

  it('reports what the command line cannot carry instead of writing it wrong', () => {
    const result = cliArgs(kwargs({ report_to: ['wandb', 'tensorboard'], trackio_space_id: null, liger_kernel_config: { rope: true }, label_names: [] }), {
      target: '5.2-5.5',
    });
    expect(result.flags).toEqual([]);
    expect(result.skipped.map((s) => s.key).sort()).toEqual(['label_names', 'liger_kernel_config', 'report_to', 'trackio_space_id']);
  });

  it('writes defaults that the command line can express with all and silently leaves out the rest', () => {
    const result = cliArgs(kwargs({}), { all: true });
    expect(result.skipped).toEqual([]);
    expect(result.flags).toContainEqual(['--report_to', 'none']);
    expect(result.flags).toContainEqual(['--dataloader_pin_memory']);
    expect(result.flags.some((flag) => flag[0] === '--output_dir')).toBe(false);
  });
});

describe('emitCliFlags', () => {
  it('quotes values for a POSIX shell, one flag per line', () => {
    const text = emitCliFlags(kwargs({ output_dir: 'my runs/1', run_name: "it's $HOME", bf16: true }));
    expect(text).toMatchInlineSnapshot(`
      "--output_dir 'my runs/1' \\
      --run_name 'it'\\''s $HOME' \\
      --bf16"
    `);
  });

  it('writes one line when asked', () => {
    expect(emitCliFlags(kwargs({ seed: 1, bf16: true }), { oneLine: true })).toBe('--bf16 --seed 1');
  });
});
