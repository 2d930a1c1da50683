import type { PyValue } from '../py/py-value';
import type { AttnImplementation, LoraSettings, MemoryInputs, Sharding, WeightDtype } from './memory-inputs';
import type { ModelShape } from './model-shape';
import type { MemoryNote } from './notes';
import { defaultOptimizerImpl } from './optimizer-state';

type Args = Readonly<Record<string, PyValue>>;

/** What the arguments lack: the model, how it is loaded, the data and the attention kernel. */
export interface MemorySetup {
  readonly model: ModelShape;
  readonly loadDtype: WeightDtype;
  readonly seqLen: number;
  readonly attn: AttnImplementation;
  readonly lora: LoraSettings | null;
}

const words = (value: PyValue | undefined): string[] => {
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
};

/**
 * The sharding the arguments ask for: FSDP's strategy word, or DeepSpeed's ZeRO stage when the
 * config is given inline (a file path cannot be read here).
 * @example shardingOf({ fsdp: 'full_shard auto_wrap' }, 4).sharding // 'zero3'
 */
export function shardingOf(args: Args, processes: number): { sharding: Sharding; notes: MemoryNote[] } {
  const fsdp = words(args.fsdp);
  if (fsdp.includes('full_shard') || fsdp.includes('hybrid_shard')) return { sharding: 'zero3', notes: [] };
  if (fsdp.includes('shard_grad_op') || fsdp.includes('hybrid_shard_zero2')) return { sharding: 'zero2', notes: [] };
  const ds = args.deepspeed;
  if (ds !== null && ds !== undefined && ds !== '' && ds !== false) {
    if (typeof ds === 'object' && !Array.isArray(ds)) {
      const zero = (ds as Record<string, PyValue>).zero_optimization;
      const stage = typeof zero === 'object' && zero !== null && !Array.isArray(zero) ? (zero as Record<string, PyValue>).stage : undefined;
      if (stage === 1 || stage === 2 || stage === 3) return { sharding: `zero${stage}`, notes: [] };
      return { sharding: processes > 1 ? 'ddp' : 'none', notes: [] };
    }
    return { sharding: processes > 1 ? 'ddp' : 'none', notes: [{ code: 'deepspeedFile', params: {} }] };
  }
  return { sharding: processes > 1 ? 'ddp' : 'none', notes: [] };
}

/**
 * Estimator inputs from resolved TrainingArguments, the run's process count and the panel's setup.
 * @example memoryInputsFromArgs({ bf16: true, optim: 'adamw_torch_fused', per_device_train_batch_size: 8 }, setup, 1).inputs.autocast // 'bfloat16'
 */
export function memoryInputsFromArgs(args: Args, setup: MemorySetup, processes: number): { inputs: MemoryInputs; notes: MemoryNote[] } {
  const notes: MemoryNote[] = [];
  const autocast = args.bf16 === true ? 'bfloat16' : args.fp16 === true ? 'float16' : null;
  const optimizer = typeof args.optim === 'string' ? args.optim : 'adamw_torch_fused';
  const batch =
    typeof args.per_device_train_batch_size === 'number' && args.per_device_train_batch_size >= 1 ? Math.floor(args.per_device_train_batch_size) : 1;
  const { sharding, notes: shardNotes } = shardingOf(args, processes);
  notes.push(...shardNotes);
  const inputs: MemoryInputs = {
    model: setup.model,
    weightDtype: setup.loadDtype,
    autocast,
    optimizer,
    optimizerImpl: defaultOptimizerImpl(optimizer),
    optimArgs: typeof args.optim_args === 'string' ? args.optim_args : null,
    batchSize: batch,
    seqLen: setup.seqLen,
    attn: setup.attn,
    gradientCheckpointing: args.gradient_checkpointing === true,
    lora: setup.lora,
    worldSize: processes,
    sharding,
  };
  return { inputs, notes };
}
