import { kwargs } from '../../core/py/py-value';
import { analyseMemory } from '../../core/memory/analyse';
import { CATALOGUE, catalogueShape, findCatalogueModel } from '../../core/memory/catalogue';
import { parseConfigJson } from '../../core/memory/config-json';
import { estimateMemory } from '../../core/memory/estimate';
import { suggestFixes } from '../../core/memory/fixes';
import { formatBytes, formatCount, formatHours } from '../../core/memory/format';
import type { MemorySetup } from '../../core/memory/from-args';
import { findGpu, GPUS } from '../../core/memory/gpus';
import type { AttnImplementation, WeightDtype } from '../../core/memory/memory-inputs';
import { noteText } from '../../core/memory/notes';
import { DEFAULT_TIME_SETTINGS } from '../../core/memory/time-cost';
import { estimateJson, parseVectorInputs } from '../../core/memory/vector-inputs';
import { resolveConfig } from '../../core/resolve/resolve-config';
import { DEFAULT_RUN_CONTEXT, processCount } from '../../core/schedule/run-context';
import { planSteps } from '../../core/schedule/step-plan';
import { parseArgs } from '../args';
import type { CliIo } from '../io';
import { readKwargsFile } from '../read-kwargs';

export const MEMORY_HELP = `Usage: trainargs memory --inputs FILE [--json]
       trainargs memory ARGS.json --model NAME|--config CONFIG.json --seq-len N --gpu NAME [options] [--json]

Estimates GPU memory per component (weights, gradients, optimizer states, saved activations with
the logits, autocast weight copies) and the peak allocated bytes, and whether the run fits the GPU.
  --inputs FILE      a memory vector's "inputs" object (model numbers, weight_dtype, autocast, optimizer…);
                     prints one flat JSON object (param_bytes … peak_allocated_bytes, and more)
  ARGS.json          TrainingArguments keyword arguments (bf16/fp16, optim, per_device_train_batch_size,
                     gradient_checkpointing, fsdp/deepspeed are read)
  --model NAME       a catalogue model: ${CATALOGUE.map((m) => m.id.split('/')[1]).join(', ')}
  --config FILE      a model config.json instead of --model
  --seq-len N        tokens per sequence (required)
  --gpu NAME         ${GPUS.map((g) => g.id).join(', ')}, or a size such as 24GB (GiB)
  --load-dtype D     float32 (default), bfloat16 or float16: the dtype the model is loaded in
  --attn A           sdpa (default), eager or flash_attention_2
  --lora-r R --lora-targets q_proj,v_proj   LoRA adapters
  --devices P --nodes K --examples N        the run context (processes = P × K; steps for time)
  --mfu F            model FLOPs utilisation, 0–1 (default 0.4)
  --price X          price per GPU-hour, for the cost
  --avg-len N        average tokens per sequence, if shorter than --seq-len
  --json             one flat JSON object instead of the table
Exit status: 0 done, 2 bad options or unreadable/invalid input.
`;

const VALUED = [
  'inputs',
  'model',
  'config',
  'seq-len',
  'gpu',
  'load-dtype',
  'attn',
  'lora-r',
  'lora-targets',
  'devices',
  'nodes',
  'examples',
  'mfu',
  'price',
  'avg-len',
];

/**
 * `memory --inputs FILE --json` or `memory ARGS.json --model NAME --seq-len N --gpu NAME`: returns the exit status.
 * @example runMemory(['--inputs', 'vector.json', '--json'], processIo) // 0
 */
export function runMemory(argv: readonly string[], io: CliIo): number {
  const { positional, options } = parseArgs(argv, VALUED);
  if (options.has('help')) {
    io.stdout(MEMORY_HELP);
    return 0;
  }
  const usage = (message: string) => {
    io.stderr(`${message}\n\n${MEMORY_HELP}`);
    return 2;
  };
  const inputsFile = options.get('inputs');
  if (inputsFile !== undefined) return runVectorInputs(inputsFile, options.has('json'), io, usage);
  const file = positional[0];
  if (file === undefined) return usage('missing ARGS.json (or --inputs FILE)');
  const read = readKwargsFile(file, io);
  if (!read.ok) return usage(read.message);
  const setup = readSetup(options, io);
  if (typeof setup === 'string') return usage(setup);
  const gpuName = options.get('gpu');
  const gpu = typeof gpuName === 'string' ? findGpu(gpuName) : undefined;
  if (gpu === undefined) return usage(`--gpu needs one of ${GPUS.map((g) => g.id).join(', ')} or a size such as 24GB, got ${JSON.stringify(gpuName ?? null)}`);
  const counts = readCounts(options);
  if (typeof counts === 'string') return usage(counts);
  const resolved = resolveConfig(kwargs(read.input.values, read.input.floatWritten)).values;
  const context = { examples: counts.examples, devicesPerNode: counts.devices, nodes: counts.nodes };
  const plan = planSteps(resolved, context);
  const run = { processes: processCount(context), globalBatch: plan.ok ? plan.value.globalBatch : null, totalSteps: plan.ok ? plan.value.totalSteps : null };
  const settings = { mfu: counts.mfu, pricePerGpuHour: counts.price, averageLength: counts.avgLen };
  const analysis = analyseMemory(resolved, setup, run, gpu, settings);
  const fixes = suggestFixes(resolved, setup, run, gpu, settings, analysis);
  if (options.has('json')) {
    io.stdout(
      `${JSON.stringify({
        ...estimateJson(analysis.estimate),
        gpu: gpu.id,
        gpu_memory_bytes: gpu.memoryBytes,
        verdict: analysis.fit.verdict,
        unmodelled_low_bytes: analysis.fit.band.lowBytes,
        unmodelled_high_bytes: analysis.fit.band.highBytes,
        margin_bytes: analysis.fit.marginHighBytes,
        hours: analysis.time?.hours ?? null,
        cost: analysis.time?.cost ?? null,
        time_formula: analysis.time?.formula ?? null,
        fixes: fixes.map((f) => ({
          id: f.id,
          group: f.group,
          args: f.args,
          load_dtype: f.loadDtype,
          peak_after_bytes: f.peakAfter,
          verdict_after: f.verdictAfter,
          time_factor: f.timeFactor,
        })),
        notes: analysis.notes.map(noteText),
      })}\n`,
    );
    return 0;
  }
  const e = analysis.estimate;
  const row = (label: string, value: string) => `  ${label.padEnd(28)}${value}`;
  const lines = [
    `Model ${setup.model.arch}: ${formatCount(e.totalParams)} parameters, ${formatCount(e.trainableParams)} trainable; batch ${analysis.inputs.batchSize} × ${analysis.inputs.seqLen} tokens; ${gpu.label}`,
    row('Weights', formatBytes(e.paramBytes)),
    row('Gradients', formatBytes(e.gradBytes)),
    row('Optimizer states', formatBytes(e.optimizerStateBytes)),
    row('Activations (incl. logits)', `${formatBytes(e.activationBytes)} (logits ${formatBytes(e.logitsBytes)})`),
    row('Autocast weight copies', formatBytes(e.autocastWeightCopyBytes)),
    row('Peak allocated', formatBytes(e.peakBytes)),
    row(
      'Not modelled (band)',
      `${formatBytes(analysis.fit.band.lowBytes)} – ${formatBytes(analysis.fit.band.highBytes)} (CUDA context, fragmentation, workspaces)`,
    ),
    row(
      'Verdict',
      `${analysis.fit.verdict.replace(/-/g, ' ')} on ${formatBytes(gpu.memoryBytes)} (margin ${formatBytes(analysis.fit.marginHighBytes)} at the top of the band)`,
    ),
  ];
  if (analysis.time) {
    lines.push(
      row('Time', `${formatHours(analysis.time.hours)}${analysis.time.cost === null ? '' : `, cost ${analysis.time.cost.toFixed(2)}`}`),
      `    ${analysis.time.formula}`,
    );
  }
  for (const fix of fixes) {
    lines.push(
      `  Fix (${fix.group === 'same' ? 'same training' : 'changes numerics'}): ${JSON.stringify(fix.args)}${fix.loadDtype ? ` + load ${fix.loadDtype}` : ''} → peak ${formatBytes(fix.peakAfter)}, ${fix.verdictAfter.replace(/-/g, ' ')}${fix.timeFactor === null ? '' : `, time × ${fix.timeFactor.toFixed(2)}`}`,
    );
  }
  for (const note of analysis.notes) lines.push(`Note: ${noteText(note)}`);
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

function runVectorInputs(file: string | true, json: boolean, io: CliIo, usage: (m: string) => number): number {
  if (file === true) return usage('--inputs needs a FILE');
  let value: unknown;
  try {
    value = JSON.parse(io.readText(file));
  } catch (error) {
    return usage(`cannot read ${file} as JSON: ${(error as Error).message}`);
  }
  // A whole vector line is accepted too: its "inputs" object is used.
  const inputs = typeof value === 'object' && value !== null && 'inputs' in value && !('model' in value) ? (value as { inputs: unknown }).inputs : value;
  const parsed = parseVectorInputs(inputs);
  if (!parsed.ok) return usage(`${file}: ${parsed.message}`);
  const out = estimateJson(estimateMemory(parsed.value));
  io.stdout(
    json
      ? `${JSON.stringify(out)}\n`
      : `${Object.entries(out)
          .map(([k, v]) => `${k.padEnd(28)}${typeof v === 'number' && k.endsWith('bytes') ? `${v} (${formatBytes(v)})` : String(v)}`)
          .join('\n')}\n`,
  );
  return 0;
}

function readSetup(options: ReadonlyMap<string, string | true>, io: CliIo): MemorySetup | string {
  const modelName = options.get('model');
  const configFile = options.get('config');
  let model;
  if (typeof configFile === 'string') {
    let text: string;
    try {
      text = io.readText(configFile);
    } catch (error) {
      return `cannot read ${configFile}: ${(error as Error).message}`;
    }
    const parsed = parseConfigJson(text);
    if (!parsed.ok) return `${configFile}: ${parsed.message}`;
    model = parsed.value;
  } else if (typeof modelName === 'string') {
    const found = findCatalogueModel(modelName);
    if (!found) return `--model "${modelName}" is not in the catalogue; use one of ${CATALOGUE.map((m) => m.id.split('/')[1]).join(', ')}, or --config FILE`;
    model = catalogueShape(found);
  } else return 'missing --model NAME (or --config CONFIG.json)';
  const seq = Number(options.get('seq-len'));
  if (!Number.isSafeInteger(seq) || seq < 1) return `--seq-len needs a whole number ≥ 1, got ${JSON.stringify(options.get('seq-len') ?? null)}`;
  const dtype = options.get('load-dtype') ?? 'float32';
  if (!['float32', 'bfloat16', 'float16'].includes(String(dtype))) return `--load-dtype needs float32, bfloat16 or float16, got ${JSON.stringify(dtype)}`;
  const attn = options.get('attn') ?? 'sdpa';
  if (!['sdpa', 'eager', 'flash_attention_2'].includes(String(attn))) return `--attn needs sdpa, eager or flash_attention_2, got ${JSON.stringify(attn)}`;
  let lora = null;
  if (options.has('lora-r')) {
    const r = Number(options.get('lora-r'));
    const targets = String(options.get('lora-targets') ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    if (!Number.isSafeInteger(r) || r < 1) return `--lora-r needs a whole number ≥ 1, got ${JSON.stringify(options.get('lora-r'))}`;
    if (targets.length === 0) return '--lora-r needs --lora-targets, e.g. q_proj,v_proj';
    lora = { r, targets };
  }
  return { model, loadDtype: dtype as WeightDtype, seqLen: seq, attn: attn as AttnImplementation, lora };
}

function readCounts(options: ReadonlyMap<string, string | true>) {
  const whole = (flag: string, fallback: number, min: number): number | string => {
    const v = options.get(flag);
    if (v === undefined) return fallback;
    const n = Number(v);
    return Number.isSafeInteger(n) && n >= min ? n : `--${flag} needs a whole number ≥ ${min}, got ${JSON.stringify(v)}`;
  };
  const devices = whole('devices', DEFAULT_RUN_CONTEXT.devicesPerNode, 1);
  const nodes = whole('nodes', DEFAULT_RUN_CONTEXT.nodes, 1);
  const examples = whole('examples', DEFAULT_RUN_CONTEXT.examples ?? 0, 0);
  const avgLen = options.has('avg-len') ? whole('avg-len', 0, 1) : null;
  for (const v of [devices, nodes, examples, avgLen]) if (typeof v === 'string') return v;
  const mfu = options.has('mfu') ? Number(options.get('mfu')) : DEFAULT_TIME_SETTINGS.mfu;
  if (!(mfu > 0 && mfu <= 1)) return `--mfu needs a fraction in (0, 1], got ${JSON.stringify(options.get('mfu'))}`;
  const price = options.has('price') ? Number(options.get('price')) : null;
  if (price !== null && !(price >= 0)) return `--price needs a number ≥ 0, got ${JSON.stringify(options.get('price'))}`;
  return { devices: devices as number, nodes: nodes as number, examples: examples as number, avgLen: avgLen as number | null, mfu, price };
}
