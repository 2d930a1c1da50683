import type { Kwargs } from '../py/py-value';
import type { EmitOptions } from './emit-entries';
import { cliArgs, formatFlags } from './cli-flags';
import { quoteShellWord } from './shell-quote';

export type Launcher = 'python' | 'torchrun' | 'accelerate';

export interface LaunchOptions extends EmitOptions {
  readonly launcher: Launcher;
  /** Processes (usually GPUs) on each machine. */
  readonly devicesPerNode: number;
  /** Machines; above 1 the rendezvous options are added. */
  readonly nodes?: number;
  /** The training script; `train.py` when not given. */
  readonly script?: string;
  /** Rank of the machine running the command; by default `$NODE_RANK`, set per machine. */
  readonly nodeRank?: number;
  /** Address of the rank-0 machine; by default `$MASTER_ADDR`. */
  readonly masterAddr?: string;
  readonly masterPort?: number;
}

// Multi-node values differ per machine, so unless given they are left to environment variables.
const NODE_RANK_VAR = '"$NODE_RANK"';
const MASTER_ADDR_VAR = '"$MASTER_ADDR"';
const DEFAULT_PORT = 29500;

/**
 * A shell command that starts the script with the arguments as flags: plain `python`, `torchrun`
 * (`--nproc_per_node` per machine) or `accelerate launch` (`--num_processes` counts every process
 * on every machine). With several nodes the rank and rendezvous options are added.
 * @example emitLaunch(kwargs({ bf16: true }), { launcher: 'torchrun', devicesPerNode: 8 }) // 'torchrun --nproc_per_node 8 train.py \\\n    --bf16\n'
 */
export function emitLaunch(input: Kwargs, options: LaunchOptions): string {
  const nodes = Math.max(1, Math.trunc(options.nodes ?? 1));
  const perNode = Math.max(1, Math.trunc(options.devicesPerNode));
  const rank = options.nodeRank === undefined ? NODE_RANK_VAR : String(options.nodeRank);
  const addr = options.masterAddr === undefined ? MASTER_ADDR_VAR : quoteShellWord(options.masterAddr);
  const port = String(options.masterPort ?? DEFAULT_PORT);
  const prefix: string[] = [];
  if (options.launcher === 'python') prefix.push('python');
  if (options.launcher === 'torchrun') {
    prefix.push('torchrun', '--nproc_per_node', String(perNode));
    if (nodes > 1) prefix.push('--nnodes', String(nodes), '--node_rank', rank, '--master_addr', addr, '--master_port', port);
  }
  if (options.launcher === 'accelerate') {
    prefix.push('accelerate', 'launch');
    // Stated rather than left for accelerate to infer (with a warning) from the process count.
    if (perNode * nodes > 1) prefix.push('--multi_gpu');
    prefix.push('--num_processes', String(perNode * nodes));
    if (nodes > 1) {
      prefix.push('--num_machines', String(nodes), '--machine_rank', rank, '--main_process_ip', addr, '--main_process_port', port);
    }
  }
  prefix.push(quoteShellWord(options.script ?? 'train.py'));
  const flags = formatFlags(cliArgs(input, options).flags, ' \\\n    ');
  return flags === '' ? `${prefix.join(' ')}\n` : `${prefix.join(' ')} \\\n    ${flags}\n`;
}
