import type { LoraSettings } from './memory-inputs';
import type { ModelShape } from './model-shape';
import type { ParamTensor } from './model-tensors';
import { modelTensors } from './model-tensors';

/** peft's rule: a target names a module exactly or as the last part of its dotted path. */
export function matchesTarget(module: string, target: string): boolean {
  return module === target || module.endsWith(`.${target}`);
}

/** The Linear weights a LoRA config wraps. */
export function adaptedWeights(shape: ModelShape, lora: LoraSettings): ParamTensor[] {
  return modelTensors(shape).filter((t) => t.linear && lora.targets.some((target) => matchesTarget(t.module, target)));
}

/**
 * The adapter tensors: lora_A (r × in) and lora_B (out × r) per wrapped Linear. peft keeps them in
 * fp32 even on a 16-bit base (`autocast_adapter_dtype`).
 * @example adapterTensors(llama, { r: 16, targets: ['q_proj', 'v_proj'] }).length // 4 × layers
 */
export function adapterTensors(shape: ModelShape, lora: LoraSettings): ParamTensor[] {
  return adaptedWeights(shape, lora).flatMap((w) => [
    { module: `${w.module}.lora_A`, rows: lora.r, cols: w.cols, linear: true, norm: false, layer: w.layer },
    { module: `${w.module}.lora_B`, rows: w.rows, cols: lora.r, linear: true, norm: false, layer: w.layer },
  ]);
}

/** Target names that wrap nothing in this model: peft refuses them, so the UI says so. */
export function unmatchedTargets(shape: ModelShape, lora: LoraSettings): string[] {
  const linears = modelTensors(shape).filter((t) => t.linear);
  return lora.targets.filter((target) => !linears.some((t) => matchesTarget(t.module, target)));
}

/** Which modules of one block carry an adapter (the saved-activation terms depend on it). */
export function adaptedInBlock(shape: ModelShape, lora: LoraSettings): ReadonlySet<string> {
  const layer = shape.L > 0 ? 0 : null;
  return new Set(
    adaptedWeights(shape, lora)
      .filter((t) => t.layer === layer)
      .map((t) => t.module),
  );
}
