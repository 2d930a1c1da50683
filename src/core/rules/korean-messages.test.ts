import { describe, expect, it } from 'vitest';
import { readVectors } from '../../../test/read-vectors';
import { checkConfig } from '../check/check-config';
import { CONFIG_CLASSES } from '../config-class/classes';
import { describeIssue, fixLabel } from '../i18n/messages/describe-issue';
import { KO_MESSAGES } from '../i18n/messages/ko';
import { HARDWARE_PROFILES } from '../hardware/hardware-profile';
import { kwargs, type Kwargs, type PyValue } from '../py/py-value';
import { fieldsFor } from '../registry/registry';
import type { RunContext } from '../schedule/run-context';
import { TARGETS, type Target } from '../target/target';
import type { Fix, Issue } from './define-rule';
import { ALL_RULES } from './index';
import { SHARED_FIX_CODES } from './schema-format';

const HANGUL = /[\uac00-\ud7a3]/;
const FIELD_NAMES = new Set(TARGETS.flatMap((t) => fieldsFor(t).map((f) => f.name)));

interface ExtraCase {
  readonly values: Record<string, PyValue>;
  readonly floats?: readonly string[];
  readonly run?: RunContext;
  /** Only this machine profile rather than all of them. */
  readonly hardware?: (typeof HARDWARE_PROFILES)[number];
  /** v5 unless given. */
  readonly target?: Target;
}

const STREAMING: RunContext = { examples: null, devicesPerNode: 1, nodes: 1 };
const EVAL = { eval_strategy: 'epoch' } as const;
const BEST = { load_best_model_at_end: true, eval_strategy: 'steps', save_strategy: 'steps', metric_for_best_model: 'loss' } as const;
const PLATEAU = { lr_scheduler_type: 'reduce_lr_on_plateau', eval_strategy: 'epoch' } as const;

// Inputs that reach the branches the public vectors miss, so every rule and most of its wordings are seen.
const EXTRA_CASES: readonly ExtraCase[] = [
  // Schema rules: each conversion and each kind of advice.
  { values: { per_device_train_batch_size: 'sixteen', learning_rate: '3e-5', seed: '42', fp16: 1, bf16: 'true', tf32: 'yes' } },
  {
    values: { max_steps: 100.0, output_dir: 5, report_to: null, include_for_metrics: 'inputs loss', fsdp_config: 5, optim_target_modules: 5 },
    floats: ['max_steps'],
  },
  { values: { lr_scheduler_type: 5, eval_strategy: true, hub_model_id: ['a'], dataloader_num_workers: 1.5, adam_beta1: 'high', deepspeed: [1] } },
  { values: { learning_rate: -1, adam_beta1: 1.5, per_device_train_batch_size: -2, weight_decay: -0.1 } },
  { values: { log_level: 'warn', log_level_replica: 'zzzzzz', ddp_backend: 'ncl', include_for_metrics: ['input', 'zzzzzz'] } },
  { values: { report_to: ['wandb', 'all', 'tensorbord', 'zzzzzz'] } },
  { values: { report_to: 'tensorboard wandb' } },
  { values: { report_to: 'tensorbord' } },
  { values: { report_to: 'zzzzzzzz' } },
  { values: { fsdp: ['full_shard auto_wrap', 'ofload', 'zzzzzzzz'], debug: ['underflow'] } },
  { values: { debug: ['zzzzzzzz'] } },
  // Library rules.
  { values: { evaluation_strategy: 'steps', no_cuda: true, lr: 1e-4, foo_bar_baz: 1, evaluation_strategi: 'epoch', tp_size: 4 } },
  { values: { learningRate: 1e-4, learning_rate: 1e-4, per_gpu_train_batch_size: 8, overwrite_output_dir: true } },
  { values: { lr_scheduler_kwargs: '{"a": 1,}', deepspeed: '{bad' } },
  { values: { warmup_ratio: 0.1, warmup_steps: 5, logging_dir: 'runs' } },
  { values: { eval_strategy: 'step', optim: 'adamw_hf', hub_strategy: 'zzzzzzzz' } },
  { values: { debug: 'underflow_overflo zzzzzzzz', fsdp: 'full_shard ofload' } },
  { values: { eval_strategy: 'steps', logging_steps: 0 } },
  { values: { torch_empty_cache_steps: 5.0 }, floats: ['torch_empty_cache_steps'] },
  { values: { torch_empty_cache_steps: -1 } },
  { values: { save_steps: 10.5, logging_steps: 2.5 } },
  { values: { load_best_model_at_end: true, eval_strategy: 'steps', save_strategy: 'epoch', metric_for_best_model: 'loss' } },
  { values: { load_best_model_at_end: true, save_strategy: 'epoch' } },
  { values: { ...BEST, eval_steps: 0.1, save_steps: 500 } },
  { values: { ...BEST, eval_steps: 0.1, save_steps: 0.15 } },
  { values: { ...BEST, eval_steps: 300, save_steps: 500 } },
  { values: { bf16: true, fp16: true, tf32: true, torch_compile: true, dataloader_pin_memory: true } },
  { values: { bf16_full_eval: true, fp16_full_eval: true } },
  { values: { bf16: true, bf16_full_eval: true, fp16_full_eval: true } },
  { values: { lr_scheduler_type: 'reduce_lr_on_plateau' } },
  { values: { warmup_steps: -5, dataloader_prefetch_factor: 2 } },
  { values: { warmup_ratio: -0.1 } },
  { values: { fsdp: 'offload' } },
  { values: { fsdp: 'full_shard shard_grad_op', gradient_checkpointing: true } },
  { values: { fsdp_config: 'fsdp.json' } },
  { values: { fsdp_config: { min_num_params: 10, transformer_layer_cls_to_wrap: ['X'], xla_fsdp_grad_ckpt: true } } },
  { values: { fsdp_config: { xla: true } } },
  { values: { fsdp: 'full_shard', fsdp_config: { min_num_params: 10, transformer_layer_cls_to_wrap: ['X'] } } },
  { values: { fsdp: 'full_shard', fsdp_config: { version: 'two' } } },
  {
    values: {
      fsdp: 'full_shard',
      fsdp_config: { forward_prefetch: 'maybe', backward_prefetch: 1, sync_module_states: false, cpu_ram_efficient_loading: true },
    },
  },
  // Beyond the library: batches and steps.
  { values: { per_device_train_batch_size: 0, per_device_eval_batch_size: 0, ...EVAL, gradient_accumulation_steps: 0 } },
  { values: { accelerator_config: { gradient_accumulation_kwargs: { num_steps: 2 } }, gradient_accumulation_steps: 4 } },
  { values: { logging_steps: -10, eval_strategy: 'steps', eval_steps: -0.5, save_steps: -100 } },
  { values: { max_steps: 0, logging_steps: 0.1, eval_strategy: 'steps', eval_steps: 0.1 } },
  { values: {}, run: STREAMING },
  {
    values: {
      deepspeed: {
        train_micro_batch_size_per_gpu: 4,
        train_batch_size: 64,
        gradient_clipping: 2,
        optimizer: { params: { lr: 1e-3, betas: [0.8, 0.9] } },
        bf16: { enabled: true },
      },
    },
    run: { examples: 1000, devicesPerNode: 2, nodes: 1 },
  },
  { values: { save_steps: 0 } },
  // Evaluation, best model, checkpoints.
  { values: { save_strategy: 'best' } },
  { values: { save_strategy: 'best', metric_for_best_model: 'loss' } },
  { values: { load_best_model_at_end: true, eval_strategy: 'no', save_strategy: 'no', metric_for_best_model: 'loss' } },
  { values: { load_best_model_at_end: true, ...EVAL, save_strategy: 'epoch', lr_scheduler_type: 'reduce_lr_on_plateau' } },
  { values: { save_only_model: true, load_best_model_at_end: true, ...EVAL, save_strategy: 'epoch', metric_for_best_model: 'loss', deepspeed: 'ds.json' } },
  { values: { save_only_model: true, load_best_model_at_end: true, ...EVAL, save_strategy: 'epoch', metric_for_best_model: 'loss', fsdp: 'full_shard' } },
  { values: { save_only_model: true, fsdp: 'full_shard', fsdp_config: { state_dict_type: 'SHARDED_STATE_DICT' } } },
  { values: { auto_find_batch_size: true, deepspeed: { zero_optimization: { stage: 3 } } } },
  { values: { fsdp: 'full_shard', fsdp_config: { activation_checkpointing: true }, gradient_checkpointing: true } },
  // Optimizer.
  { values: { optim: 'galore_adamw' } },
  { values: { optim: 'apollo_adamw', optim_target_modules: [] } },
  { values: { optim: 'galore_adamw_layerwise', optim_target_modules: ['attn'], gradient_accumulation_steps: 4 } },
  { values: { optim_args: 'rank=64,verbose' } },
  { values: { optim_args: 'a=b=c,d=e=f' } },
  { values: { optim_args: 'rank=1,,' } },
  { values: { optim: 'galore_adamw', optim_target_modules: ['attn'], optim_args: 'rank=64.0,scale=x,foo=1' } },
  { values: { optim: 'stable_adamw', optim_args: 'kahan_sum=False,decouple_lr=0' } },
  { values: { optim: 'adamw_torch', optim_args: 'momentum=0.9' } },
  { values: { optim: 'adamw_torch', optim_args: 'momentum=0.9,nesterov=1' } },
  { values: { optim: 'adamw_anyprecision', optim_args: 'use_kahan_summation=maybe' } },
  // Learning-rate schedule.
  { values: { lr_scheduler_type: 'cosine', lr_scheduler_kwargs: { power: 2, num_warmup_steps: 3, optimizer: 1, num_training_steps: 9 } } },
  { values: { lr_scheduler_type: 'polynomial', lr_scheduler_kwargs: { lr_end: '1e-7', power: -1 } } },
  { values: { lr_scheduler_type: 'polynomial', lr_scheduler_kwargs: { lr_end: null, power: 'two' } } },
  { values: { lr_scheduler_type: 'cosine', lr_scheduler_kwargs: { num_cycles: 'half', last_epoch: 5 } } },
  { values: { lr_scheduler_type: 'cosine_with_restarts', lr_scheduler_kwargs: { num_cycles: null } } },
  { values: { lr_scheduler_type: 'cosine', lr_scheduler_kwargs: 'kwargs.json' } },
  { values: { ...PLATEAU, lr_scheduler_kwargs: { factor: 2, mode: 'maximize', threshold_mode: 'relative', patience: '3' } } },
  { values: { lr_scheduler_type: 'polynomial', learning_rate: 1e-8 } },
  { values: { lr_scheduler_type: 'polynomial', lr_scheduler_kwargs: { lr_end: 0.1 } } },
  { values: { lr_scheduler_type: 'polynomial', max_steps: 100, warmup_steps: 100 } },
  { values: { lr_scheduler_type: 'cosine_with_min_lr' } },
  { values: { lr_scheduler_type: 'cosine_warmup_with_min_lr', lr_scheduler_kwargs: { min_lr: 1e-6, min_lr_rate: 0.1 } } },
  { values: { lr_scheduler_type: 'warmup_stable_decay' } },
  { values: { lr_scheduler_type: 'warmup_stable_decay', lr_scheduler_kwargs: { num_decay_steps: 10, warmup_type: 'exp', decay_type: null } } },
  { values: { lr_scheduler_type: 'inverse_sqrt', lr_scheduler_kwargs: { timescale: 10 } } },
  { values: { lr_scheduler_type: 'constant', lr_scheduler_kwargs: { a: 1, b: 2 }, warmup_steps: 10 } },
  { values: { lr_scheduler_type: 'constant', warmup_ratio: 0.1 } },
  { values: { ...PLATEAU, warmup_steps: 10 } },
  { values: { ...PLATEAU, warmup_ratio: 0.1 } },
  { values: { warmup_steps: 1 } },
  { values: { warmup_steps: 1.5 } },
  { values: { warmup_ratio: 1.0 }, floats: ['warmup_ratio'] },
  { values: { max_steps: 100, warmup_steps: 200 } },
  { values: { max_steps: 100, warmup_ratio: 1.0 }, floats: ['warmup_ratio'] },
  { values: { ...PLATEAU, metric_for_best_model: 'accuracy', greater_is_better: true } },
  { values: { ...PLATEAU, metric_for_best_model: 'eval_loss', greater_is_better: false, lr_scheduler_kwargs: { mode: 'max' } } },
  { values: { max_steps: 0 } },
  // Secrets: a token in hub_token, and one pasted into another field.
  { values: { hub_token: 'hf_' + 'a'.repeat(34), run_name: 'hf_' + 'b'.repeat(34) } },
  // The 4.x target: its own rules and the branches that differ there.
  {
    target: '4.56',
    values: { train_sampling_strategy: 'group_by_length', use_cache: true, evaluation_strategy: 'epoch', no_cuda: true, fp16_backend: 'cpu_amp' },
  },
  { target: '4.56', values: { adafactor: true, torchdynamo: 'eager', push_to_hub_token: 't', push_to_hub_model_id: 'm', push_to_hub_organization: 'o' } },
  {
    target: '4.56',
    values: { include_inputs_for_metrics: true, tpu_metrics_debug: true, fsdp_min_num_params: 10, fsdp_transformer_layer_cls_to_wrap: 'X', use_ipex: true },
  },
  { target: '4.56', values: { per_gpu_train_batch_size: 4, per_gpu_eval_batch_size: 'eight', use_mps_device: true, half_precision_backend: 'native' } },
  { target: '4.56', values: { warmup_steps: 0.1, warmup_ratio: 1.5, fsdp: null, half_precision_backend: 'apex' } },
  {
    target: '4.56',
    values: { warmup_steps: 10.0, warmup_ratio: -0.1, bf16: true, fp16_backend: 'apex', report_to: 'neptune', ddp_backend: 'xccl' },
    floats: ['warmup_steps'],
  },
  { target: '4.56', values: { fsdp: 'full_shard', fsdp_config: { min_num_params: '100', backward_prefetch: 1 }, include_num_input_tokens_seen: 'all' } },
  { target: '4.56', values: { max_steps: 100, warmup_steps: 200, lr_scheduler_type: 'constant', load_best_model_at_end: true, save_strategy: 'epoch' } },
  { target: '4.56', values: { per_device_train_batch_size: 0, per_gpu_train_batch_size: 0, warmup_ratio: 0.5, lr_scheduler_type: 'reduce_lr_on_plateau' } },
  { target: '4.56', values: { use_mps_device: true }, hardware: 'cpu' },
  // The 5.15–5.18 band: the FSDP rewrite, the removed arguments, greedy and the run-context rule.
  { target: '5.15-5.18', values: { fsdp: ['FULL_SHARD', 'auto_wrap'], warmup_ratio: 0.1, logging_dir: 'runs', group_by_length: true } },
  { target: '5.15-5.18', values: { fsdp: [1], optim: 'adamw_apex_fused', lr_scheduler_type: 'greedy' } },
  { target: '5.15-5.18', values: { fsdp: true, fsdp_config: { version: null, activation_checkpointing: 'false' }, gradient_checkpointing: true } },
  { target: '5.15-5.18', values: { fsdp: 'full_shard', fsdp_config: { auto_wrap_policy: 'size_based', min_num_params: 'x', reshard_after_forward: 'maybe' } } },
  {
    target: '5.15-5.18',
    values: {
      ddp_backend: 'nccl',
      dataloader_multiprocessing_context: 'threads',
      lr_scheduler_type: 'greedy',
      lr_scheduler_kwargs: { factor: 2 },
      eval_strategy: 'epoch',
    },
  },
  { target: '4.57', values: { fsdp: false, include_num_input_tokens_seen: 'sometimes', use_ipex: true } },
];

/** An issue with its Korean texts rendered beside the English ones, for these checks. */
type KoIssue = Omit<Issue, 'fix'> & { readonly messageKo: string; readonly fix?: Fix & { readonly labelKo: string } };

interface Checked {
  readonly label: string;
  readonly issue: KoIssue;
}

/** The issue with its Korean message and fix label rendered from the Korean catalogue, as the UI shows them. */
function inKorean(issue: Issue): KoIssue {
  const { fix, ...rest } = issue;
  return { ...rest, messageKo: describeIssue(issue, KO_MESSAGES), ...(fix ? { fix: { ...fix, labelKo: fixLabel(fix, KO_MESSAGES) } } : {}) };
}

function checkAll(input: Kwargs, label: string, options: { run?: RunContext | undefined; target?: Target | undefined } = {}): Checked[] {
  const { run, target = '5.2-5.5' } = options;
  return HARDWARE_PROFILES.flatMap((hardware) =>
    checkConfig(input, { hardware, target, ...(run ? { run } : {}) }).issues.map((issue) => ({
      label: `${label} [${hardware}, ${target}]`,
      issue: inKorean(issue),
    })),
  );
}

const VECTOR_FILES: readonly (readonly [file: string, target: Target])[] = [
  ['v5-public.jsonl', '5.2-5.5'],
  ['v4-public.jsonl', '4.56'],
  ['v5.18-public.jsonl', '5.15-5.18'],
  ['v4.57-public.jsonl', '4.57'],
];
const vectorIssues = VECTOR_FILES.flatMap(([file, target]) => readVectors(file).flatMap((c) => checkAll(c.input, `${file} ${c.id}`, { target })));
const extraIssues = EXTRA_CASES.flatMap((c, i) =>
  checkAll(kwargs(c.values, [...(c.floats ?? [])]), `extra #${i} ${JSON.stringify(c.values)}`, { run: c.run, target: c.target }).filter(
    ({ label }) => c.hardware === undefined || label.includes(`[${c.hardware},`),
  ),
);
const ALL_ISSUES = [...vectorIssues, ...extraIssues];

function numbers(text: string): Set<string> {
  return new Set(text.match(/\d+(?:\.\d+)?/g) ?? []);
}

function fieldNames(text: string): Set<string> {
  return new Set((text.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []).filter((word) => FIELD_NAMES.has(word)));
}

/** Offenders as readable lines, so a failure names the rule, the input and the text at fault. */
function offenders(check: (issue: KoIssue) => string | null): string[] {
  const lines = new Set<string>();
  for (const { label, issue } of ALL_ISSUES) {
    const problem = check(issue);
    if (problem !== null) lines.add(`${issue.rule}: ${problem} — ${label}`);
  }
  return [...lines].slice(0, 20);
}

describe('Korean messages', () => {
  it('sees every rule at least once across the vectors and the extra cases', () => {
    const seen = new Set(ALL_ISSUES.map(({ issue }) => issue.rule));
    expect(ALL_RULES.map((rule) => rule.id).filter((id) => !seen.has(id))).toEqual([]);
  });

  it("says only what its rule declares: each issue and fix uses a code from the rule's messages", () => {
    const declared = new Map<string, Set<string>>();
    for (const rule of [...ALL_RULES, ...CONFIG_CLASSES.flatMap((cls) => cls.rules)]) {
      const codes = declared.get(rule.id) ?? new Set<string>(SHARED_FIX_CODES);
      for (const code of rule.messages ?? []) codes.add(code);
      declared.set(rule.id, codes);
    }
    expect(
      offenders((issue) => {
        const codes = declared.get(issue.rule);
        if (codes === undefined) return null;
        const used = [issue.text?.code, issue.fix?.text?.code].filter((code) => code !== undefined);
        const undeclared = used.filter((code) => !codes.has(code));
        return undeclared.length === 0 ? null : `undeclared ${undeclared.join(', ')}`;
      }),
    ).toEqual([]);
  });

  it('gives every issue a Korean message', () => {
    expect(offenders((issue) => (issue.messageKo !== undefined && HANGUL.test(issue.messageKo) ? null : `no Korean message for "${issue.message}"`))).toEqual(
      [],
    );
  });

  it('gives every fix a Korean label', () => {
    expect(offenders((issue) => (issue.fix === undefined || HANGUL.test(issue.fix.labelKo ?? '') ? null : `no Korean label for "${issue.fix.label}"`))).toEqual(
      [],
    );
  });

  it('keeps the numbers and field names of the English message', () => {
    expect(
      offenders((issue) => {
        const ko = issue.messageKo ?? '';
        const missing = [...numbers(issue.message), ...fieldNames(issue.message)].filter((token) => !ko.includes(token));
        return missing.length === 0 ? null : `Korean lacks ${missing.join(', ')}: ${ko}`;
      }),
    ).toEqual([]);
  });

  it('keeps the numbers of the English fix label', () => {
    expect(
      offenders((issue) => {
        if (!issue.fix) return null;
        const missing = [...numbers(issue.fix.label)].filter((n) => !(issue.fix?.labelKo ?? '').includes(n));
        return missing.length === 0 ? null : `label lacks ${missing.join(', ')}: ${issue.fix.labelKo ?? ''}`;
      }),
    ).toEqual([]);
  });

  it('closes every code span it opens, and marks no fix label as code', () => {
    expect(offenders((issue) => ((issue.messageKo?.match(/`/g) ?? []).length % 2 === 0 ? null : `unbalanced backticks: ${issue.messageKo ?? ''}`))).toEqual([]);
    expect(offenders((issue) => (issue.fix?.labelKo?.includes('`') ? `backtick in label: ${issue.fix.labelKo}` : null))).toEqual([]);
  });

  it('never falls back to the double particle forms such as 을(를)', () => {
    expect(
      offenders((issue) =>
        /[을를이가은는과와]\([을를이가은는과와]\)|\(으\)로/.test(`${issue.messageKo ?? ''} ${issue.fix?.labelKo ?? ''}`)
          ? `double particle: ${issue.messageKo ?? ''}`
          : null,
      ),
    ).toEqual([]);
  });
});
