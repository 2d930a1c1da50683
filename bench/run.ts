// Prints how long the work behind one keystroke takes, and the other hot paths, on this machine.
// Goals: a keystroke re-derives every preview within one frame (16 ms); 2,000 JSONL lines in a few seconds;
// a 1,000,000-step learning-rate series fast enough to redraw while typing.
import { checkConfig } from '../src/core/check/check-config';
import { emitPython } from '../src/core/emit/python';
import { kwargs, type PyValue } from '../src/core/py/py-value';
import { defaultValues } from '../src/core/registry/registry';
import { computeSchedule } from '../src/core/schedule/compute-schedule';
import { envelope } from '../src/core/schedule/lr-series';
import { runCheck } from '../src/cli/commands/check';

function measure(label: string, runs: number, work: (i: number) => void): void {
  for (let i = 0; i < Math.min(20, runs); i++) work(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): string => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(3);
  process.stdout.write(`${label.padEnd(52)} median ${at(0.5)} ms   p95 ${at(0.95)} ms   max ${at(1)} ms   (${runs} runs)\n`);
}

const typical: Record<string, PyValue> = {
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

// A full state: every field of the default release given explicitly (the typical values, the rest at their
// defaults), as a form the user has filled in completely, or an imported config that spells everything out.
const full: Record<string, PyValue> = { ...defaultValues(), ...typical };
delete full.hub_token;
measure('core: resolve + every rule + Python, full state', 2000, (i) => {
  checkConfig(kwargs({ ...full, seed: i }));
  emitPython(kwargs({ ...full, seed: i }));
});
measure('keystroke: check (resolve + all rules)', 2000, (i) => void checkConfig(kwargs({ ...typical, learning_rate: 1e-5 + i * 1e-9 })));
measure('keystroke: Python code', 2000, (i) => void emitPython(kwargs({ ...typical, seed: i })));
measure('keystroke: check + code + schedule (10k examples, 4 GPUs)', 1000, (i) => {
  const result = checkConfig(kwargs({ ...typical, seed: i }));
  emitPython(kwargs({ ...typical, seed: i }));
  computeSchedule(result.resolved, { examples: 10_000, devicesPerNode: 4, nodes: 1 });
});
measure('schedule: 1,000,000 steps, series + 1,200-px envelope', 20, () => {
  const result = computeSchedule(checkConfig(kwargs({ ...typical, max_steps: 1_000_000 })).resolved);
  if (result.ok && result.value.series) envelope(result.value.series, 1200);
});

const lines = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ ...typical, seed: i, learning_rate: i % 7 === 0 ? 'abc' : 2e-5 })).join('\n');
measure('CLI check --jsonl, 2,000 lines', 5, () => {
  runCheck(['in.jsonl', '--jsonl'], { readText: () => lines, stdout: () => undefined, stderr: () => undefined });
});
