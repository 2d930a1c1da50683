import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fakeIo } from '../test-io';
import { runEmit } from './emit';

describe('emit --to deepspeed|accelerate', () => {
  it('writes a DeepSpeed config with "auto" values and lists what is left to decide on standard error', () => {
    const io = fakeIo({ 'a.yaml': 'deepspeed: configs/ds_zero3.json\nlearning_rate: 2.0e-5\n' });
    expect(runEmit(['a.yaml', '--to', 'deepspeed'], io)).toBe(0);
    const config = JSON.parse(io.out) as Record<string, unknown>;
    expect(config.train_micro_batch_size_per_gpu).toBe('auto');
    expect(config.zero_optimization).toMatchObject({ stage: 3 });
    expect(io.err).toContain('# configs/ds_zero3.json: Save this file as configs/ds_zero3.json');
  });

  it('writes an accelerate FSDP config for the given processes and machines', () => {
    const io = fakeIo({ 'run.sh': 'torchrun --nproc_per_node 2 train.py --fsdp "full_shard auto_wrap" --bf16 --output_dir out' });
    expect(runEmit(['run.sh', '--to', 'accelerate', '--devices', '4', '--nodes', '2'], io)).toBe(0);
    const config = parse(io.out) as Record<string, unknown>;
    expect(config).toMatchObject({ distributed_type: 'FSDP', mixed_precision: 'bf16', num_processes: 8, num_machines: 2 });
    expect(config.fsdp_config).toMatchObject({ fsdp_version: 2, fsdp_reshard_after_forward: true });
    expect(io.err).toContain('accelerate_fsdp.yaml: Several machines');
  });

  it('rejects a bad process count and an unknown format with exit 2, naming the formats of the table', () => {
    const io = fakeIo({ 'a.json': '{"fsdp": true}' });
    expect(runEmit(['a.json', '--to', 'accelerate', '--devices', '0'], io)).toBe(2);
    expect(io.err).toContain('--devices and --nodes take a whole number');
    const other = fakeIo({ 'a.json': '{}' });
    expect(runEmit(['a.json', '--to', 'toml'], other)).toBe(2);
    expect(other.err).toContain('choose one of python, cli, json, yaml, launch, deepspeed, accelerate');
  });
});
