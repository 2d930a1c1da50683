import type { OptimizerImpl } from './memory-inputs';

/** A trainable tensor as the optimizer sees it: its shape and bytes per element. */
export interface TrainableTensor {
  readonly rows: number;
  /** 0 for a vector. */
  readonly cols: number;
  readonly elementBytes: number;
}

export interface OptimizerState {
  readonly bytes: number;
  /** True for the optimizers the reference measured exactly; false for documented bytes. */
  readonly measured: boolean;
  /** Extra memory while `step()` runs (foreach's full-size temporaries, the for-loop's per-tensor ones). */
  readonly stepTransientBytes: number;
}

const count = (t: TrainableTensor) => (t.cols === 0 ? t.rows : t.rows * t.cols);
const sum = (tensors: readonly TrainableTensor[], f: (t: TrainableTensor) => number) => tensors.reduce((s, t) => s + f(t), 0);
const paramBytes = (tensors: readonly TrainableTensor[]) => sum(tensors, (t) => count(t) * t.elementBytes);
/** The fp32 `step` scalar torch keeps per tensor. */
const STEP = 4;

/** Keys of `optim_args` ("momentum=0.9, centered=True") that change how many buffers exist. */
export function readOptimArgs(optimArgs: string | null): Map<string, string> {
  const args = new Map<string, string>();
  for (const part of (optimArgs ?? '').split(',')) {
    const [key, value] = part.split('=').map((s) => s.trim());
    if (key) args.set(key, value ?? '');
  }
  return args;
}

const truthy = (value: string | undefined) => value !== undefined && !['0', '0.0', 'False', 'false', 'None', ''].includes(value);

// Measured rows (README section 2): buffers kept in the parameter dtype, plus the per-tensor step.
function buffers(n: number, step = true) {
  return (tensors: readonly TrainableTensor[]) => n * paramBytes(tensors) + (step ? STEP * tensors.length : 0);
}

/** HF Adafactor without beta1: factored fp32 row and column statistics per matrix, a full one per vector, and RMS. */
function adafactor(tensors: readonly TrainableTensor[]): number {
  return sum(tensors, (t) => (t.cols === 0 ? 4 * t.rows : 4 * (t.rows + t.cols)) + 4);
}

/**
 * bitsandbytes' documented 8-bit states: 1 B per element per state plus an fp32 absmax per
 * 256-element block (2048 for the paged dynamic path is no larger); tensors under 4,096
 * elements stay 32-bit.
 */
function blockwise8bit(states: number) {
  return (tensors: readonly TrainableTensor[]) =>
    sum(tensors, (t) => {
      const n = count(t);
      return n < 4096 ? states * 4 * n : states * (n + 4 * Math.ceil(n / 256));
    });
}

/** torchao's low-bit AdamW: two states of `bits` per element with a bf16 scale per 256-element block. */
function torchaoLowBit(bits: number) {
  return (tensors: readonly TrainableTensor[]) => sum(tensors, (t) => 2 * (Math.ceil((count(t) * bits) / 8) + 2 * Math.ceil(count(t) / 256)));
}

/**
 * GaLore/APOLLO (documented): Adam states live in the rank-r projection of each matrix (rank 128 by
 * default) plus the projector itself; vectors keep full fp32 Adam states.
 */
function lowRank(stateBytesPerElement: number, rank: number) {
  return (tensors: readonly TrainableTensor[]) =>
    sum(tensors, (t) => {
      if (t.cols === 0) return 8 * t.rows;
      const r = Math.min(rank, t.rows, t.cols);
      return stateBytesPerElement * r * Math.max(t.rows, t.cols) + 4 * r * Math.min(t.rows, t.cols);
    });
}

interface OptimizerRule {
  readonly bytes: (tensors: readonly TrainableTensor[], args: Map<string, string>) => number;
  readonly measured: boolean;
}

const adam: OptimizerRule = { bytes: buffers(2), measured: true };
const documented = (bytes: OptimizerRule['bytes']): OptimizerRule => ({ bytes, measured: false });
const fp32States = (n: number) => (tensors: readonly TrainableTensor[]) => sum(tensors, (t) => 4 * n * count(t));

/** One row per `optim` name. Measured rows are exact to the byte; the rest use their libraries' documented sizes. */
const RULES: Readonly<Record<string, OptimizerRule>> = {
  adamw_torch: adam,
  adamw_torch_fused: adam,
  adamw_apex_fused: documented(buffers(2)),
  adamw_torch_xla: documented(buffers(2)),
  adamw_torch_npu_fused: documented(buffers(2)),
  adafactor: { bytes: adafactor, measured: true },
  sgd: { bytes: (t, args) => (truthy(args.get('momentum')) ? buffers(1, false)(t) : 0), measured: true },
  adagrad: { bytes: buffers(1), measured: true },
  rmsprop: { bytes: (t, args) => buffers(1 + (truthy(args.get('momentum')) ? 1 : 0) + (args.get('centered') === 'True' ? 1 : 0))(t), measured: true },
  adamw_anyprecision: documented((t) => sum(t, (x) => 2 * 2 * count(x))),
  adamw_torch_4bit: documented(torchaoLowBit(4)),
  adamw_torch_8bit: documented(torchaoLowBit(8)),
  adamw_bnb_8bit: documented(blockwise8bit(2)),
  adamw_8bit: documented(blockwise8bit(2)),
  paged_adamw_8bit: documented(blockwise8bit(2)),
  paged_adamw_32bit: documented(fp32States(2)),
  ademamix: documented(fp32States(3)),
  paged_ademamix_32bit: documented(fp32States(3)),
  ademamix_8bit: documented(blockwise8bit(3)),
  paged_ademamix_8bit: documented(blockwise8bit(3)),
  lion_32bit: documented(fp32States(1)),
  paged_lion_32bit: documented(fp32States(1)),
  lion_8bit: documented(blockwise8bit(1)),
  paged_lion_8bit: documented(blockwise8bit(1)),
  rmsprop_bnb: documented(fp32States(1)),
  rmsprop_bnb_32bit: documented(fp32States(1)),
  rmsprop_bnb_8bit: documented(blockwise8bit(1)),
  galore_adamw: documented((t, args) => lowRank(8, Number(args.get('rank') ?? 128))(t)),
  galore_adamw_layerwise: documented((t, args) => lowRank(8, Number(args.get('rank') ?? 128))(t)),
  galore_adamw_8bit: documented((t, args) => lowRank(2, Number(args.get('rank') ?? 128))(t)),
  galore_adamw_8bit_layerwise: documented((t, args) => lowRank(2, Number(args.get('rank') ?? 128))(t)),
  galore_adafactor: documented(adafactor),
  galore_adafactor_layerwise: documented(adafactor),
  apollo_adamw: documented((t, args) => lowRank(8, Number(args.get('rank') ?? 128))(t)),
  apollo_adamw_layerwise: documented((t, args) => lowRank(8, Number(args.get('rank') ?? 128))(t)),
  lomo: documented(() => 0),
  adalomo: documented(adafactor),
  grokadamw: documented(fp32States(3)),
  schedule_free_adamw: documented(fp32States(2)),
  schedule_free_radam: documented(fp32States(2)),
  schedule_free_sgd: documented(fp32States(1)),
  stable_adamw: documented(fp32States(2)),
};

/** Optimizers whose states are 8-bit (or lower): the "8-bit optimizer" fix is pointless for them. */
export function isLowBitOptimizer(optimizer: string): boolean {
  return /8bit|4bit/.test(optimizer);
}

export function knownOptimizer(optimizer: string): boolean {
  return optimizer in RULES;
}

/**
 * Optimizer-state bytes after one step, and the step's transient, for the trainable tensors.
 * @example optimizerState('adamw_torch_fused', 'fused', null, tensors).bytes // 2 × param bytes + 4 × tensors
 */
export function optimizerState(optimizer: string, impl: OptimizerImpl, optimArgs: string | null, tensors: readonly TrainableTensor[]): OptimizerState {
  const rule = RULES[optimizer] ?? documented(buffers(2));
  const largest = Math.max(0, ...tensors.map((t) => count(t) * t.elementBytes));
  // foreach builds one full-size sqrt(v) list; the for-loop path 2–3 × the largest tensor; fused nothing.
  const stepTransientBytes =
    optimizer === 'adafactor'
      ? 2.5 * Math.max(0, ...tensors.map((t) => count(t) * 4))
      : impl === 'foreach'
        ? paramBytes(tensors)
        : impl === 'forloop'
          ? 2.5 * largest
          : 0;
  return { bytes: rule.bytes(tensors, readOptimArgs(optimArgs)), measured: rule.measured && optimizer in RULES, stepTransientBytes };
}

/**
 * The implementation torch picks: `adamw_torch_fused` is fused; other torch optimizers use
 * foreach on CUDA (their default); bitsandbytes and other libraries step per tensor.
 */
export function defaultOptimizerImpl(optimizer: string): OptimizerImpl {
  if (optimizer === 'adamw_torch_fused' || optimizer === 'adamw_apex_fused') return 'fused';
  if (['adamw_torch', 'sgd', 'adagrad', 'rmsprop'].includes(optimizer)) return 'foreach';
  return 'forloop';
}
