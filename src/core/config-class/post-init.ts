import { message } from '../i18n/messages/message';
import { PyError } from '../py/py-arith';
import type { Kwargs, PyValue } from '../py/py-value';
import type { ClassRaise, ClassWarning, PostInitState, PostInitStep } from './define-config-class';

/** Thrown by `state.raise`: the class's `__post_init__` stopped here, as Python's `raise` would stop it. */
class PostInitRaised extends Error {
  constructor(readonly raised: ClassRaise) {
    super(raised.error);
  }
}

export interface PostInitOutcome {
  readonly warnings: readonly ClassWarning[];
  /** The raise that stopped the steps, if one did. */
  readonly raised?: ClassRaise;
  /** Fields a step set (provenance `derived`). */
  readonly derived: ReadonlySet<string>;
}

export interface PostInitRun {
  readonly input: Kwargs;
  /** Every field's value so far; the steps change it in place. */
  readonly values: Record<string, PyValue>;
  /** Names whose number Python holds as a float; the steps add the ones they compute. */
  readonly floats: Set<string>;
  readonly worldSize: number;
  readonly className: string;
  readonly shortName: string;
}

/**
 * Runs a class's `__post_init__` steps in order. A step may derive values, warn, or raise; after a raise
 * nothing else runs. Python's own errors from arithmetic on wrong kinds (`ZeroDivisionError`, `TypeError`)
 * become a raise of the step that hit them.
 * @example runPostInit(GRPO.afterBase, run).raised?.error // 'ValueError: GRPO requires at least 2 generations …'
 */
export function runPostInit(steps: readonly PostInitStep[], run: PostInitRun): PostInitOutcome {
  const warnings: ClassWarning[] = [];
  const derived = new Set<string>();
  const { values, floats } = run;
  const state: PostInitState = {
    input: run.input,
    values,
    worldSize: run.worldSize,
    className: run.className,
    shortName: run.shortName,
    num: (name) => ({ value: values[name] ?? null, float: floats.has(name) }),
    derive: (name, value, float = false) => {
      values[name] = value;
      if (float && typeof value === 'number') floats.add(name);
      else floats.delete(name);
      derived.add(name);
    },
    warn: (warning) => warnings.push(warning),
    raise: (raised) => {
      throw new PostInitRaised(raised);
    },
  };
  for (const step of steps) {
    try {
      step.run(state);
    } catch (error) {
      if (error instanceof PostInitRaised) return { warnings, raised: error.raised, derived };
      if (error instanceof PyError) return { warnings, raised: pythonRaise(step, error, run.className), derived };
      throw error;
    }
  }
  return { warnings, derived };
}

/** Python's own exception out of a step's arithmetic, explained as a wrong kind of value in the step's fields. */
function pythonRaise(step: PostInitStep, error: PyError, className: string): ClassRaise {
  return {
    rule: step.id,
    fields: step.fields ?? [],
    error: `${error.type}: ${error.text}`,
    text: message('config-class.python-error', { className, step: step.id, error: `${error.type}: ${error.text}` }),
  };
}
