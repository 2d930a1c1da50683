/**
 * How the optimizer branches of the Trainer read `optim_args` items:
 * - `int` / `float`: passed through Python's `int()` / `float()`
 * - `strtobool`: transformers' `strtobool` (y/yes/t/true/on/1, n/no/f/false/off/0)
 * - `truthy`: `bool(text)`, so any non-empty text, even "False", turns it on
 * - `text`: used as given
 */
export type OptimArgCast = 'int' | 'float' | 'strtobool' | 'truthy' | 'text';

const LOW_RANK = { rank: 'int', update_proj_gap: 'int', scale: 'float', proj_type: 'text' } as const;
const APOLLO = { ...LOW_RANK, proj: 'text', scale_type: 'text' } as const;
const ADEMAMIX = { beta1: 'float', beta2: 'float', beta3: 'float', alpha: 'float', eps: 'float', t_alpha: 'int', t_beta3: 'int' } as const;
const SCHEDULE_FREE = { weight_lr_power: 'float', r: 'float' } as const;
const TORCHAO = { block_size: 'text', bf16_stochastic_round: 'strtobool' } as const;

/**
 * The items each optimizer reads from `optim_args` (from the Trainer's optimizer handlers). Optimizers that
 * are missing read nothing. `undefined` items means every item is forwarded to the optimizer as a keyword.
 */
export const OPTIM_ARGS_READERS: Readonly<Record<string, Readonly<Record<string, OptimArgCast>> | undefined>> = {
  galore_adamw: LOW_RANK,
  galore_adamw_8bit: LOW_RANK,
  galore_adafactor: LOW_RANK,
  galore_adamw_layerwise: LOW_RANK,
  galore_adamw_8bit_layerwise: LOW_RANK,
  galore_adafactor_layerwise: LOW_RANK,
  apollo_adamw: APOLLO,
  apollo_adamw_layerwise: APOLLO,
  ademamix: ADEMAMIX,
  ademamix_8bit: ADEMAMIX,
  paged_ademamix_32bit: ADEMAMIX,
  paged_ademamix_8bit: ADEMAMIX,
  adamw_anyprecision: { use_kahan_summation: 'strtobool', momentum_dtype: 'text', variance_dtype: 'text', compensation_buffer_dtype: 'text' },
  grokadamw: { alpha_init: 'float', lamb: 'float', gamma: 'float', grokking_signal_decay_rate: 'float', gradient_clipping: 'float' },
  adamw_torch_4bit: TORCHAO,
  adamw_torch_8bit: TORCHAO,
  schedule_free_radam: SCHEDULE_FREE,
  schedule_free_adamw: SCHEDULE_FREE,
  schedule_free_sgd: SCHEDULE_FREE,
  stable_adamw: { max_lr: 'float', kahan_sum: 'truthy', decouple_lr: 'truthy' },
  // bitsandbytes RMSprop receives the whole dict as keyword arguments.
  rmsprop_bnb: undefined,
  rmsprop_bnb_8bit: undefined,
  rmsprop_bnb_32bit: undefined,
};

/**
 * `optim_args` parsed the way the Trainer does (spaces dropped, later keys win), or null when the text is
 * not a string of `key=value` items (optim-args-format reports that).
 * @example parseOptimArgs('rank=64, scale=0.25') // Map { 'rank' => '64', 'scale' => '0.25' }
 */
export function parseOptimArgs(text: unknown): Map<string, string> | null {
  if (typeof text !== 'string') return null;
  const items = new Map<string, string>();
  if (text === '') return items;
  for (const part of text.replaceAll(' ', '').split(',')) {
    const pieces = part.split('=');
    if (pieces.length !== 2) return null;
    items.set(pieces[0] ?? '', pieces[1] ?? '');
  }
  return items;
}

/**
 * Whether the optimizer looks at `optim_args` at all.
 * @example readsOptimArgs('adamw_torch') // false
 */
export function readsOptimArgs(optim: unknown): boolean {
  return typeof optim === 'string' && Object.hasOwn(OPTIM_ARGS_READERS, optim);
}
