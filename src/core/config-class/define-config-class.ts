import type { PyNum } from '../py/py-arith';
import type { Kwargs, PyValue } from '../py/py-value';
import type { FieldDef } from '../registry/define-field';
import type { Message, MessageCode } from '../i18n/messages/message';
import type { Rule, RuleFix } from '../rules/define-rule';

/**
 * A field a config class declares: its own (`SFTConfig.max_length`) or a `TrainingArguments` field it
 * redeclares with another default (`logging_steps = 10`). Same facts as a registry entry; the texts come
 * from the class text table unless the class words the field differently.
 */
export type ClassFieldSpec = Pick<FieldDef, 'name' | 'kind' | 'pyType' | 'default' | 'nullable' | 'choices' | 'items' | 'deprecated'> &
  /** `summary` / `help`: this class's own wording where the shared text does not fit (`beta`, `loss_type` mean different things per class). */
  Partial<Pick<FieldDef, 'tier' | 'summary' | 'help'>> & {
    /** A list field that also takes a single string (DPO `loss_type`, made a one-element list). */
    readonly alsoString?: boolean;
    /** An enum field that also takes true/false (GRPO `scale_rewards`, mapped to "group"/"none"). */
    readonly alsoBool?: boolean;
  };

/** A `__post_init__` raise: the exception Python shows, and our explanation with what to change. */
export interface ClassRaise {
  /** Stable id, also the rule id (`grpo-generation-batch`). */
  readonly rule: string;
  readonly fields: readonly string[];
  /** `ValueError: …` exactly as the library words it. */
  readonly error: string;
  /** Our explanation and what to change, by message code (the step's id, or `id.variant`). */
  readonly text: Message;
  readonly fix?: RuleFix;
}

/** A warning the class logs while it is built (TRL's FutureWarnings), with the library's exact text. */
export interface ClassWarning {
  readonly rule: string;
  readonly fields: readonly string[];
  /** The library's own warning text. */
  readonly library: string;
  /** Our explanation, by message code. */
  readonly text: Message;
  readonly fix?: RuleFix;
}

/** What a `__post_init__` step sees and may change: every field of the class, resolved so far. */
export interface PostInitState {
  readonly input: Kwargs;
  readonly values: Record<string, PyValue>;
  /** Processes of the run (`self.world_size`): 1 for a plain single-process run. */
  readonly worldSize: number;
  /** The class's name for messages (`GRPOConfig`), and the trainer short name (`GRPO`). */
  readonly className: string;
  readonly shortName: string;
  /** A field's value with whether Python holds it as a float (written `8.0`, or computed from one). */
  num(name: string): PyNum;
  /** The library sets a field from other values. */
  derive(name: string, value: PyValue, float?: boolean): void;
  warn(warning: ClassWarning): void;
  /** The class raises: no later step runs. */
  raise(raised: ClassRaise): never;
}

/**
 * One step of a class's `__post_init__`, run in order. A step that raises throws a `PostInitRaised`
 * (see `post-init.ts`): like Python, the steps after it never run.
 */
export interface PostInitStep {
  readonly id: string;
  /** What the step does (`Derives the generation batch.`), for the rule catalogue; messages word it by the step's id. */
  readonly description: string;
  /** Every message code the step's warnings, raises and fixes use (the catalogue test checks each language has them). */
  readonly messages?: readonly MessageCode[];
  /** The fields it reads, named when Python's own arithmetic errors out in it. */
  readonly fields?: readonly string[];
  run(state: PostInitState): void;
}

/** Where a class comes from, which decides the import line of the emitted code. */
export type ClassModule = 'transformers' | 'trl';

/**
 * One row of the config-class table: everything that makes `SFTConfig` differ from `TrainingArguments`.
 * Adding a class is adding a row (and its vectors).
 */
export interface ConfigClassDef {
  /** The Python class name, also the id in share links and on the command line. */
  readonly name: string;
  readonly module: ClassModule;
  /** `SFT` in `SFTTrainer`: how TRL's messages name the trainer. */
  readonly shortName: string;
  /** The release range of transformers the class is offered on (`since` inclusive, `until` exclusive). */
  readonly since?: string;
  readonly until?: string;
  /** One line for menus (other languages: `KoreanClassTexts.summaries` and its kind). */
  readonly summary: string;
  /** `TrainingArguments` fields the class redeclares, with the class's defaults (also added when the release lacks them). */
  readonly overrides: readonly ClassFieldSpec[];
  /** The class's own fields, in dataclass order. */
  readonly fields: readonly ClassFieldSpec[];
  /** Own dict fields whose JSON-object strings `__post_init__` parses (the class's `_VALID_DICT_FIELDS` additions). */
  readonly jsonFields: readonly string[];
  /** Steps before `TrainingArguments.__post_init__` runs (DPO checks its loss weights first). */
  readonly beforeBase: readonly PostInitStep[];
  /** Steps after it, in order. */
  readonly afterBase: readonly PostInitStep[];
  /** Checks beyond the class: the trainer's later failures and nonsense the class keeps. */
  readonly rules: readonly Rule[];
}
