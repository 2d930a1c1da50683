import type { MemoryAnalysis, MemoryRun } from '@/core/memory/analyse';
import { analyseMemory } from '@/core/memory/analyse';
import { CATALOGUE, catalogueShape } from '@/core/memory/catalogue';
import { parseConfigJson } from '@/core/memory/config-json';
import type { MemoryFix } from '@/core/memory/fixes';
import { suggestFixes } from '@/core/memory/fixes';
import { unmatchedTargets } from '@/core/memory/lora';
import type { Gpu } from '@/core/memory/gpus';
import { customGpu, GPUS } from '@/core/memory/gpus';
import type { ModelShape } from '@/core/memory/model-shape';
import { familyOf } from '@/core/memory/model-shape';
import type { PyValue } from '@/core/py/py-value';
import type { MemoryPanelState } from './memory-state';
import { CONFIG_MODEL, DEFAULT_LORA_TARGETS } from './memory-state';

export type MemoryView =
  | { readonly ok: false; readonly problem: 'config'; readonly detail: string }
  | { readonly ok: false; readonly problem: 'lora'; readonly names: string; readonly examples: string }
  | { readonly ok: true; readonly analysis: MemoryAnalysis; readonly fixes: readonly MemoryFix[]; readonly gpu: Gpu; readonly shape: ModelShape };

export function modelShapeOf(state: MemoryPanelState): { ok: true; shape: ModelShape } | { ok: false; detail: string } {
  if (state.modelId === CONFIG_MODEL) {
    const parsed = parseConfigJson(state.configText);
    return parsed.ok ? { ok: true, shape: parsed.value } : { ok: false, detail: parsed.message };
  }
  const model = CATALOGUE.find((m) => m.id === state.modelId) ?? CATALOGUE[0]!;
  return { ok: true, shape: catalogueShape(model) };
}

export function gpuOf(state: MemoryPanelState): Gpu {
  return GPUS.find((g) => g.id === state.gpuId) ?? customGpu(state.customGiB);
}

/**
 * Everything the panel shows, from its inputs, the resolved arguments and the run preview.
 * @example memoryView(DEFAULT_MEMORY_STATE, resolved, { processes: 1, globalBatch: 8, totalSteps: 3750 })
 */
export function memoryView(state: MemoryPanelState, args: Readonly<Record<string, PyValue>>, run: MemoryRun): MemoryView {
  const model = modelShapeOf(state);
  if (!model.ok) return { ok: false, problem: 'config', detail: model.detail };
  const targets = state.loraTargets.split(/[\s,]+/).filter(Boolean);
  const lora = state.loraOn ? { r: state.loraR, targets } : null;
  if (lora !== null) {
    const unmatched = targets.length === 0 ? ['∅'] : unmatchedTargets(model.shape, lora);
    if (unmatched.length > 0) return { ok: false, problem: 'lora', names: unmatched.join(', '), examples: DEFAULT_LORA_TARGETS[familyOf(model.shape).family] };
  }
  const setup = { model: model.shape, loadDtype: state.loadDtype, seqLen: state.seqLen, attn: state.attn, lora };
  const gpu = gpuOf(state);
  const settings = { mfu: state.mfuPercent / 100, pricePerGpuHour: state.price, averageLength: state.avgLen };
  const analysis = analyseMemory(args, setup, run, gpu, settings);
  return { ok: true, analysis, fixes: suggestFixes(args, setup, run, gpu, settings, analysis), gpu, shape: model.shape };
}
