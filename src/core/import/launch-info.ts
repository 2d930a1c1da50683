import type { ShellWord } from './shell-words';

/** The programs that start a training script, as recognised in a pasted command. */
export type LauncherKind = 'python' | 'torchrun' | 'torch.distributed.launch' | 'accelerate' | 'deepspeed';

/** What a command line says about how the script is started (everything before the script's own arguments). */
export interface LaunchInfo {
  readonly launcher: LauncherKind;
  /** The script (`run_glue.py`, or `$SCRIPT` kept as written) or `-m` module it runs. */
  readonly script?: string;
  /** Environment assignments before the command (`CUDA_VISIBLE_DEVICES=0,1`). */
  readonly env: Readonly<Record<string, string>>;
  /** The launcher's own options, names without dashes and with `-` as `_`; `true` for a bare switch. */
  readonly options: Readonly<Record<string, string | true>>;
  /** Processes started on each machine, when the command says (or CUDA_VISIBLE_DEVICES implies). */
  readonly processesPerNode?: number;
  readonly nodes?: number;
}

/**
 * Launcher switches that take no value; every other option takes one (`--opt v` or `--opt=v`).
 * Per launcher, from each one's `--help`.
 */
const SWITCHES: Readonly<Record<LauncherKind, ReadonlySet<string>>> = {
  python: new Set(['u', 'O', 'OO', 'B', 'E', 's', 'S', 'I', 'b', 'q', 'v', 'd', 'i', 'P']),
  torchrun: new Set(['standalone', 'no_python', 'run_path', 'module', 'm', 'use_env', 'nproc_per_node_auto', 'virtual_local_rank']),
  'torch.distributed.launch': new Set(['standalone', 'no_python', 'run_path', 'module', 'm', 'use_env']),
  accelerate: new Set([
    'multi_gpu',
    'cpu',
    'use_deepspeed',
    'use_fsdp',
    'use_megatron_lm',
    'tpu',
    'use_xpu',
    'quiet',
    'q',
    'debug',
    'same_network',
    'module',
    'm',
    'no_python',
    'dynamo_use_fullgraph',
    'dynamo_use_dynamic',
    'enable_cpu_affinity',
    'tpu_use_cluster',
    'tpu_use_sudo',
    'downcast_bf16',
    'use_parallelism_config',
  ]),
  deepspeed: new Set([
    'no_python',
    'module',
    'm',
    'no_local_rank',
    'force_multi',
    'save_pid',
    'bind_cores_to_rank',
    'no_ssh_check',
    'elastic_training',
    'no_ssh',
  ]),
};

const ENV_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
const PYTHON = /^(?:.*\/)?python(?:\d+(?:\.\d+)?)?$/;
const TORCH_MODULES: Readonly<Record<string, LauncherKind>> = { 'torch.distributed.launch': 'torch.distributed.launch', 'torch.distributed.run': 'torchrun' };

export interface SplitCommand {
  readonly launch?: LaunchInfo;
  /** Index in the command's words where the script's own arguments start. */
  readonly argumentsStart: number;
}

/**
 * Splits a command into its launcher part and the script's arguments: environment prefixes, then
 * `python [-m torch.distributed.launch|run]`, `torchrun`, `accelerate launch` or `deepspeed` with their
 * options, then the script (`x.py`, `$SCRIPT`) or module. Text that starts with a flag is all arguments.
 * @example splitCommand(words('torchrun --nproc_per_node 2 x.py --bf16')).launch?.processesPerNode // 2
 */
export function splitCommand(words: readonly ShellWord[]): SplitCommand {
  const env: Record<string, string> = {};
  let i = 0;
  while (i < words.length && ENV_ASSIGNMENT.test(words[i]!.text)) {
    const text = words[i]!.text;
    const eq = text.indexOf('=');
    env[text.slice(0, eq)] = text.slice(eq + 1);
    i++;
  }
  const head = words[i]?.text;
  if (head === undefined || head.startsWith('-')) return { argumentsStart: i };
  let launcher: LauncherKind | undefined;
  if (PYTHON.test(head)) launcher = 'python';
  else if (head === 'torchrun') launcher = 'torchrun';
  else if (head === 'deepspeed') launcher = 'deepspeed';
  else if (head === 'accelerate' && words[i + 1]?.text === 'launch') {
    launcher = 'accelerate';
    i++;
  }
  if (launcher === undefined) {
    // `./train.sh`-style or an unknown program: its arguments start after the first .py, or at the first flag.
    const script = words.findIndex((w, k) => k >= i && /\.py$/i.test(w.text));
    if (script >= 0) return { argumentsStart: script + 1 };
    const flag = words.findIndex((w, k) => k >= i && w.text.startsWith('-'));
    return { argumentsStart: flag >= 0 ? flag : words.length };
  }
  i++;
  const options: Record<string, string | true> = {};
  let script: string | undefined;
  while (i < words.length) {
    const text = words[i]!.text;
    if (!text.startsWith('-') || text === '-') {
      script = text;
      i++;
      break;
    }
    const eq = text.indexOf('=');
    const name = (eq < 0 ? text : text.slice(0, eq)).replace(/^-+/, '').replace(/-/g, '_');
    if ((name === 'm' || name === 'module') && launcher === 'python') {
      const module = words[i + 1]?.text ?? '';
      i += 2;
      const torch = TORCH_MODULES[module];
      if (torch === undefined) {
        script = module;
        break;
      }
      launcher = torch;
      continue;
    }
    if (eq >= 0) options[name] = text.slice(eq + 1);
    else if (SWITCHES[launcher].has(name)) options[name] = true;
    else {
      options[name] = words[i + 1]?.text ?? '';
      i++;
    }
    i++;
  }
  return { launch: { launcher, ...(script === undefined ? {} : { script }), env, options, ...processCounts(launcher, options, env) }, argumentsStart: i };
}

function count(text: string | true | undefined): number | undefined {
  if (typeof text !== 'string' || !/^\d+$/.test(text)) return undefined;
  return Number(text);
}

function processCounts(
  launcher: LauncherKind,
  options: Readonly<Record<string, string | true>>,
  env: Readonly<Record<string, string>>,
): { processesPerNode?: number; nodes?: number } {
  const visible = env.CUDA_VISIBLE_DEVICES;
  const visibleCount = visible !== undefined && /^\d+(?:,\d+)*$/.test(visible) ? visible.split(',').length : undefined;
  let perNode: number | undefined;
  let nodes: number | undefined;
  if (launcher === 'torchrun' || launcher === 'torch.distributed.launch') {
    perNode = count(options.nproc_per_node);
    // `--nnodes 1:4` is an elastic range; only a plain number is a node count.
    nodes = count(options.nnodes);
  } else if (launcher === 'accelerate') {
    nodes = count(options.num_machines);
    const total = count(options.num_processes);
    if (total !== undefined) perNode = Math.max(1, Math.floor(total / (nodes ?? 1)));
  } else if (launcher === 'deepspeed') {
    perNode = count(options.num_gpus);
    nodes = count(options.num_nodes);
  } else perNode = 1;
  perNode ??= launcher === 'python' ? 1 : visibleCount;
  return { ...(perNode === undefined ? {} : { processesPerNode: perNode }), ...(nodes === undefined ? {} : { nodes }) };
}
