import { describe, expect, it } from 'vitest';
import { ALL_FIELDS, getField } from '../registry/registry';
import { cliShapeOf } from './cli-shape';

// Pinned to the 5.2-5.5 snapshot these shapes describe (5.15 re-annotated fsdp; that case has its own test below).
const shape = (name: string) => cliShapeOf(getField(name, '5.2-5.5')!);

describe('cliShapeOf', () => {
  it('gives plain bools an optional value and a --no_ twin only when they default to True', () => {
    expect(shape('bf16')).toEqual({ kind: 'flag', bareFlag: true, noFlag: false });
    expect(shape('dataloader_pin_memory')).toEqual({ kind: 'flag', bareFlag: true, noFlag: true });
  });

  it('makes a bool | None field with a None default require its value', () => {
    expect(shape('tf32')).toEqual({ kind: 'flag', bareFlag: false, noFlag: false });
    expect(shape('hub_private_repo')).toEqual({ kind: 'flag', bareFlag: false, noFlag: false });
  });

  it('reads include_num_input_tokens_seen (str | bool) as a bool, as the parser does', () => {
    expect(shape('include_num_input_tokens_seen')).toEqual({ kind: 'flag', bareFlag: true, noFlag: false });
  });

  it('takes several words only for list-typed members that survive the union rules', () => {
    expect(['include_for_metrics', 'label_names', 'debug'].map(shape)).toEqual([
      { kind: 'list', type: 'str' },
      { kind: 'list', type: 'str' },
      { kind: 'list', type: 'DebugOption' },
    ]);
    const single = { kind: 'value', type: 'str' };
    expect(['report_to', 'optim_target_modules', 'fsdp'].map(shape)).toEqual([single, single, single]);
  });

  it('lets a bare --fsdp mean True only with the 5.18 annotation (str | None with nargs="?", const=True)', () => {
    expect(cliShapeOf(getField('fsdp', '5.15-5.18')!)).toEqual({ kind: 'value', type: 'str', bareTrue: true });
    expect(getField('fsdp', '5.15-5.18')?.pyType).toBe('str | None');
    expect(cliShapeOf(getField('fsdp', '5.2-5.5')!)).toEqual({ kind: 'value', type: 'str' });
    expect(getField('fsdp', '5.2-5.5')?.pyType).toBe('list[FSDPOption] | str | None');
  });

  it('reads dict | str fields as text and rejects types argparse cannot build', () => {
    expect(shape('deepspeed')).toEqual({ kind: 'value', type: 'str' });
    expect(shape('liger_kernel_config').kind).toBe('none');
    expect(shape('parallelism_config').kind).toBe('none');
  });

  it('refuses a union without str that is not Optional, as HfArgumentParser does', () => {
    expect(cliShapeOf({ pyType: 'int | float', default: 0 }).kind).toBe('none');
  });

  it('gives every other field one value', () => {
    const special = new Set(['liger_kernel_config', 'parallelism_config', 'include_for_metrics', 'label_names', 'debug']);
    for (const field of ALL_FIELDS) {
      if (special.has(field.name) || field.kind === 'bool') continue;
      expect([field.name, cliShapeOf(field).kind]).toEqual([field.name, field.name === 'include_num_input_tokens_seen' ? 'flag' : 'value']);
    }
  });
});
