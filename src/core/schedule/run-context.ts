import type { Result } from './schedule-error';
import { fail, succeed } from './schedule-error';

/**
 * Facts about a training run that are not TrainingArguments but decide its step counts.
 * Processes (the data-parallel world size) = `devicesPerNode × nodes`: one process per device (DDP).
 */
export interface RunContext {
  /** Training examples; `null` means an iterable dataset without a length (then `max_steps` must be set). */
  readonly examples: number | null;
  readonly devicesPerNode: number;
  readonly nodes: number;
}

/**
 * What the studio assumes until the user says otherwise: 10,000 examples on one device of one node.
 * Round enough to read the derived numbers at a glance, and the size of the reference worked example.
 */
export const DEFAULT_RUN_CONTEXT: RunContext = { examples: 10_000, devicesPerNode: 1, nodes: 1 };

/** The number of data-parallel processes.
 * @example processCount({ examples: 100, devicesPerNode: 8, nodes: 2 }) // 16
 */
export function processCount(context: RunContext): number {
  return context.devicesPerNode * context.nodes;
}

/** Checks that the context describes a possible run (whole, positive counts).
 * @example checkRunContext({ examples: 5, devicesPerNode: 0, nodes: 1 }).ok // false
 */
export function checkRunContext(context: RunContext): Result<RunContext> {
  const { examples, devicesPerNode, nodes } = context;
  if (examples !== null && !(Number.isSafeInteger(examples) && examples >= 0)) {
    return fail('invalid-run-context', `The number of examples must be a whole number ≥ 0, got ${examples}.`, ['examples']);
  }
  if (!(Number.isSafeInteger(devicesPerNode) && devicesPerNode >= 1)) {
    return fail('invalid-run-context', `Devices per node must be a whole number ≥ 1, got ${devicesPerNode}.`, ['devicesPerNode']);
  }
  if (!(Number.isSafeInteger(nodes) && nodes >= 1)) {
    return fail('invalid-run-context', `Nodes must be a whole number ≥ 1, got ${nodes}.`, ['nodes']);
  }
  return succeed(context);
}
