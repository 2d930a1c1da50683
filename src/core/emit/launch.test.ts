import { describe, expect, it } from 'vitest';
import { kwargs } from '../py/py-value';
import { emitLaunch } from './launch';

const input = kwargs({ output_dir: 'out dir', bf16: true });

describe('emitLaunch', () => {
  it('starts a single-node torchrun with processes per node', () => {
    expect(emitLaunch(input, { launcher: 'torchrun', devicesPerNode: 8 })).toMatchInlineSnapshot(`
      "torchrun --nproc_per_node 8 train.py \\
          --output_dir 'out dir' \\
          --bf16
      "
    `);
  });

  it('adds rendezvous options for several nodes, left to environment variables unless given', () => {
    expect(emitLaunch(input, { launcher: 'torchrun', devicesPerNode: 4, nodes: 2 })).toMatchInlineSnapshot(`
      "torchrun --nproc_per_node 4 --nnodes 2 --node_rank "$NODE_RANK" --master_addr "$MASTER_ADDR" --master_port 29500 train.py \\
          --output_dir 'out dir' \\
          --bf16
      "
    `);
    expect(emitLaunch(input, { launcher: 'torchrun', devicesPerNode: 4, nodes: 2, nodeRank: 1, masterAddr: '10.0.0.1', masterPort: 1234 })).toContain(
      '--nnodes 2 --node_rank 1 --master_addr 10.0.0.1 --master_port 1234',
    );
  });

  it('counts every process on every machine for accelerate', () => {
    expect(emitLaunch(input, { launcher: 'accelerate', devicesPerNode: 4, nodes: 2, script: 'run sft.py' })).toMatchInlineSnapshot(`
      "accelerate launch --multi_gpu --num_processes 8 --num_machines 2 --machine_rank "$NODE_RANK" --main_process_ip "$MASTER_ADDR" --main_process_port 29500 'run sft.py' \\
          --output_dir 'out dir' \\
          --bf16
      "
    `);
    expect(emitLaunch(input, { launcher: 'accelerate', devicesPerNode: 1 })).toMatch(/^accelerate launch --num_processes 1 train\.py/);
  });

  it('writes a plain python command without flags when nothing changed', () => {
    expect(emitLaunch(kwargs({}), { launcher: 'python', devicesPerNode: 1 })).toBe('python train.py\n');
  });
});
