// The core's hot paths, in this process: what one keystroke costs before React, and the longest chart.
import { checkConfig } from '../src/core/check/check-config';
import { emitPython } from '../src/core/emit/python';
import { kwargs, type PyValue } from '../src/core/py/py-value';
import { computeSchedule } from '../src/core/schedule/compute-schedule';
import { envelope } from '../src/core/schedule/lr-series';
import { runCheck } from '../src/cli/commands/check';

/** A full, realistic state: every section touched, a distributed setup, evaluation and checkpoints. */
export const FULL_STATE: Record<string, PyValue> = {
  output_dir: 'runs/llama-sft',
  per_device_train_batch_size: 8,
  gradient_accumulation_steps: 4,
  num_train_epochs: 3,
  learning_rate: 2e-5,
  lr_scheduler_type: 'cosine',
  warmup_steps: 0.03,
  weight_decay: 0.01,
  bf16: true,
  gradient_checkpointing: true,
  eval_strategy: 'steps',
  eval_steps: 200,
  save_strategy: 'steps',
  save_steps: 200,
  save_total_limit: 3,
  load_best_model_at_end: true,
  metric_for_best_model: 'eval_loss',
  logging_steps: 10,
  report_to: ['wandb'],
  fsdp: 'full_shard auto_wrap',
  fsdp_config: { transformer_layer_cls_to_wrap: ['LlamaDecoderLayer'] },
  dataloader_num_workers: 4,
  seed: 42,
};

export interface CoreFigures {
  /** resolve + every rule + the Python code, median µs. */
  readonly keystrokeCoreUs: number;
  /** 1,000,000-step series and its 1,200-px envelope, median ms. */
  readonly chartMs: number;
  /** `check --jsonl` over 2,000 lines, median ms. */
  readonly jsonlMs: number;
}

function median(runs: number, work: (i: number) => void): number {
  for (let i = 0; i < Math.min(20, runs); i++) work(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function measureCore(): CoreFigures {
  const keystrokeCoreUs =
    1000 *
    median(2000, (i) => {
      const input = kwargs({ ...FULL_STATE, learning_rate: 1e-5 + i * 1e-9 });
      checkConfig(input);
      emitPython(input);
    });
  const chartMs = median(10, () => {
    const result = computeSchedule(checkConfig(kwargs({ ...FULL_STATE, max_steps: 1_000_000 })).resolved);
    if (!result.ok || !result.value.series) throw new Error('the 1,000,000-step schedule did not compute');
    envelope(result.value.series, 1200);
  });
  const lines = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ ...FULL_STATE, seed: i, learning_rate: i % 7 === 0 ? 'abc' : 2e-5 })).join('\n');
  const jsonlMs = median(5, () => {
    runCheck(['in.jsonl', '--jsonl'], { readText: () => lines, stdout: () => undefined, stderr: () => undefined });
  });
  return { keystrokeCoreUs, chartMs, jsonlMs };
}
