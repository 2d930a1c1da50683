import { isDict, type PyDict, type PyValue } from '../../py/py-value';
import type { ResolvedValues } from '../../resolve/provenance';
import { processCount, type RunContext } from '../../schedule/run-context';
import { message, type NoParams } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';
import { pythonText } from '../../py/python-text';

interface Pairing {
  readonly dsKey: string;
  readonly hfKey: string;
  readonly value: (r: ResolvedValues, run: RunContext | undefined) => PyValue | undefined;
  /** `fill_match(..., must_match=not auto_find_batch_size)`: batch sizes may differ when the Trainer searches for one. */
  readonly skipWithAutoBatch?: boolean;
}

const either = (a: PyValue | undefined, b: PyValue | undefined): boolean => a === true || b === true;

/** The pairs `HfTrainerDeepSpeedConfig.trainer_config_process` fills when "auto" and otherwise requires to match. */
const PAIRINGS: readonly Pairing[] = [
  { dsKey: 'train_micro_batch_size_per_gpu', hfKey: 'per_device_train_batch_size', value: (r) => r.per_device_train_batch_size, skipWithAutoBatch: true },
  { dsKey: 'gradient_accumulation_steps', hfKey: 'gradient_accumulation_steps', value: (r) => r.gradient_accumulation_steps },
  {
    dsKey: 'train_batch_size',
    hfKey: 'train_batch_size (calculated)',
    // world_size × per-device × accumulation; only known once the run context says how many processes there are.
    value: (r, run) =>
      run && typeof r.per_device_train_batch_size === 'number' && typeof r.gradient_accumulation_steps === 'number'
        ? processCount(run) * r.per_device_train_batch_size * r.gradient_accumulation_steps
        : undefined,
    skipWithAutoBatch: true,
  },
  { dsKey: 'gradient_clipping', hfKey: 'max_grad_norm', value: (r) => r.max_grad_norm },
  { dsKey: 'optimizer.params.lr', hfKey: 'learning_rate', value: (r) => r.learning_rate },
  { dsKey: 'optimizer.params.betas', hfKey: 'adam_beta1+adam_beta2', value: (r) => [r.adam_beta1 ?? null, r.adam_beta2 ?? null] },
  { dsKey: 'optimizer.params.eps', hfKey: 'adam_epsilon', value: (r) => r.adam_epsilon },
  { dsKey: 'optimizer.params.weight_decay', hfKey: 'weight_decay', value: (r) => r.weight_decay },
  { dsKey: 'scheduler.params.warmup_max_lr', hfKey: 'learning_rate', value: (r) => r.learning_rate },
  { dsKey: 'fp16.enabled', hfKey: 'fp16|fp16_full_eval', value: (r) => either(r.fp16, r.fp16_full_eval) },
  { dsKey: 'bf16.enabled', hfKey: 'bf16|bf16_full_eval', value: (r) => either(r.bf16, r.bf16_full_eval) },
];

/** Mirrors the DeepSpeed integration: explicit config values that disagree with TrainingArguments fail when Trainer finalises the config. */
export const deepspeedMismatch = defineRule({
  id: 'deepspeed-mismatch',
  fields: ['deepspeed'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['deepspeed-mismatch', 'deepspeed-mismatch.fix'],
  description:
    'Values in a DeepSpeed config dict (batch sizes, accumulation, clipping, optimizer and precision settings) must match TrainingArguments or be "auto".',
  check: ({ resolved, run }) => {
    const config = resolved.deepspeed;
    if (!isDict(config)) return null;
    const autoBatch = resolved.auto_find_batch_size === true;
    const mismatches: DeepSpeedMismatch[] = [];
    let fixed: PyDict = config;
    for (const pairing of PAIRINGS) {
      if (pairing.skipWithAutoBatch && autoBatch) continue;
      const dsValue = valueAt(config, pairing.dsKey);
      const hfValue = pairing.value(resolved, run);
      if (dsValue === undefined || dsValue === null || dsValue === 'auto' || hfValue === undefined || pyEqual(dsValue, hfValue)) continue;
      mismatches.push({ dsKey: pairing.dsKey, dsValue: pythonText(dsValue), hfKey: pairing.hfKey, hfValue: pythonText(hfValue) });
      fixed = withValueAt(fixed, pairing.dsKey, 'auto');
    }
    if (mismatches.length === 0) return null;
    return {
      text: message('deepspeed-mismatch', { mismatches }),
      fix: { text: message('deepspeed-mismatch.fix', {}), patch: { deepspeed: fixed } },
    };
  },
});

function valueAt(config: PyDict, dotted: string): PyValue | undefined {
  let node: PyValue | undefined = config;
  for (const part of dotted.split('.')) node = isDict(node) ? node[part] : undefined;
  return node;
}

function withValueAt(config: PyDict, dotted: string, value: PyValue): PyDict {
  const [head = '', ...rest] = dotted.split('.');
  const child = config[head];
  return { ...config, [head]: rest.length === 0 ? value : withValueAt(isDict(child) ? child : {}, rest.join('.'), value) };
}

/** Python `==` for the JSON shapes involved: 1 == 1.0 == True, lists item by item. */
function pyEqual(a: PyValue, b: PyValue): boolean {
  const scalar = (v: PyValue): PyValue => (typeof v === 'boolean' ? Number(v) : v);
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => pyEqual(x, b[i] ?? null));
  return scalar(a) === scalar(b);
}

/** One value the DeepSpeed config and TrainingArguments disagree on, both as Python prints them. */
export interface DeepSpeedMismatch {
  readonly dsKey: string;
  readonly dsValue: string;
  readonly hfKey: string;
  readonly hfValue: string;
}

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'deepspeed-mismatch': { readonly mismatches: readonly DeepSpeedMismatch[] };
    'deepspeed-mismatch.fix': NoParams;
  }
}
