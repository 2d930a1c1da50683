import type { HardwareProfile } from '../hardware/hardware-profile';
import type { Kwargs, PyValue } from '../py/py-value';
import type { ResolvedValues } from '../resolve/provenance';
import type { RunContext } from '../schedule/run-context';
import type { Target, VersionRange } from '../target/target';
import type { Message, MessageCode } from '../i18n/messages/message';

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

export type Patch = Readonly<Record<string, PyValue | undefined>>;

/** A mechanical fix as an issue carries it: set these keyword arguments (`undefined` removes the key, back to the default). */
export interface Fix {
  /** The label in English, the canonical one (fix-all, logs); other languages render `text` (see `fixLabel`). */
  readonly label: string;
  /**
   * The label as a message code and params, which every language renders; absent only on a fix the web app builds
   * from its own UI text (a memory-panel suggestion), whose caller names it in the current language.
   */
  readonly text?: Message;
  readonly patch: Patch;
}

/** A fix as a rule returns it: its label by code. */
export interface RuleFix<C extends MessageCode = MessageCode> {
  readonly text: Message<C>;
  readonly patch: Patch;
}

export interface Issue {
  readonly severity: Severity;
  readonly rule: string;
  /** Fields involved; the first is where the message is shown. */
  readonly fields: readonly string[];
  /** The message in English, rendered from the English catalogue; the CLI's JSON output carries only this one. */
  readonly message: string;
  /** The message as a code and params, which every language renders (see `describeIssue`). */
  readonly text: Message;
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

/** One finding, by message code; `fields` defaults to the rule's fields. */
export interface CodedFinding<C extends MessageCode = MessageCode> {
  readonly text: Message<C>;
  readonly fields?: readonly string[];
  /** Fix labels may use a rule's own codes or the shared ones (`fix.reset`, `fix.patch`). */
  readonly fix?: RuleFix;
}

/** What a rule's `check` returns: findings by message code, never inline text (a new language is one catalogue file). */
export type Finding<C extends MessageCode = MessageCode> = CodedFinding<C>;

export interface Rule<C extends MessageCode = MessageCode> {
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
  /** Every message code the rule's findings and fixes can use; the catalogue test checks each language covers them. */
  readonly messages?: readonly C[];
  /** Pure: never mutates the context. Returns nothing, one finding or several, each with a code from `messages`. */
  check(context: RuleContext): Finding<NoInfer<C>> | readonly Finding<NoInfer<C>>[] | null;
}

/**
 * Declares a rule; a typed identity so each rule file stays plain data plus one function. Its findings can only
 * use the codes it lists in `messages`.
 */
export function defineRule<const C extends MessageCode>(rule: Rule<C>): Rule<C> {
  return rule;
}
