import type { HardwareProfile } from '../hardware/hardware-profile';
import type { Kwargs, PyValue } from '../py/py-value';
import type { ResolvedValues } from '../resolve/provenance';
import type { RunContext } from '../schedule/run-context';
import type { Target, VersionRange } from '../target/target';

export type Severity = 'error' | 'warning' | 'info';

/**
 * Where a rule's knowledge comes from:
 * - `library`: `TrainingArguments.__init__` itself raises or warns (mirrors training_args.py)
 * - `trainer`: the library accepts it, but `Trainer`, the optimizer or the scheduler fails later
 * - `app`: nonsense or a silent surprise the library never reports
 */
export type RuleSource = 'library' | 'trainer' | 'app';

/**
 * When a rule runs, which is what the runner distinguishes:
 * - `schema`: one field's value on its own (type, range, choice, the library's enum conversions); these run first,
 *   and an error from one marks the field as bad
 * - `config`: the configuration as a whole; skipped when a field it reads failed a `schema` check, so one bad value
 *   gives one clear message rather than a cascade
 */
export type RuleStage = 'schema' | 'config';

/** A mechanical fix: set these keyword arguments (`undefined` removes the key, back to the default). */
export interface Fix {
  readonly label: string;
  /** The label in Korean; `label` stays the canonical English one (fix-all, logs). */
  readonly labelKo?: string;
  readonly patch: Readonly<Record<string, PyValue | undefined>>;
}

export interface Issue {
  readonly severity: Severity;
  readonly rule: string;
  /** Fields involved; the first is where the message is shown. */
  readonly fields: readonly string[];
  readonly message: string;
  /** The message in Korean, for the UI and `check --lang ko`; never in the CLI's JSON output. */
  readonly messageKo?: string;
  readonly fix?: Fix;
}

/** What a rule sees: the input as written, the resolved values, the target machine and the targeted release. */
export interface RuleContext {
  readonly input: Kwargs;
  readonly resolved: ResolvedValues;
  readonly hardware: HardwareProfile;
  /** The transformers release line the arguments are checked for; `resolved` follows its `__post_init__`. */
  readonly target: Target;
  /** Dataset size and devices when the user described the run; rules that need them stay silent without. */
  readonly run?: RunContext;
  /** The config class being built (`SFTConfig`), when it is not plain `TrainingArguments`. */
  readonly configClass?: string;
}

/** One finding; `fields` defaults to the rule's fields. */
export interface Finding {
  readonly message: string;
  /** The same facts in Korean: Python names, values and the library's English error text kept as they are. */
  readonly messageKo?: string;
  readonly fields?: readonly string[];
  readonly fix?: Fix;
}

export interface Rule {
  /** Stable kebab-case id, used by the CLI, tests and the rule catalogue. */
  readonly id: string;
  readonly fields: readonly string[];
  readonly severity: Severity;
  readonly source: RuleSource;
  readonly stage: RuleStage;
  /** One sentence for the rule catalogue: what is checked. */
  readonly description: string;
  /** The releases the rule applies to, when it describes behaviour only some of them have; absent means all. */
  readonly versions?: VersionRange;
  /** Pure: never mutates the context. Returns nothing, one finding or several. */
  check(context: RuleContext): Finding | readonly Finding[] | null;
}

/** Declares a rule; a typed identity so each rule file stays plain data plus one function. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
