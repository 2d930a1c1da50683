import type { HardwareProfile } from '../hardware/hardware-profile';
import { kwargs, type PyValue } from '../py/py-value';
import { resolveConfig } from '../resolve/resolve-config';
import type { RunContext } from '../schedule/run-context';
import { hasVersionRange, type Target } from '../target/target';
import { EN_MESSAGES } from '../i18n/messages/en';
import { KO_MESSAGES } from '../i18n/messages/ko';
import { renderMessage } from '../i18n/messages/message';
import type { Finding, Fix, Rule, RuleContext, RuleFix } from './define-rule';

interface ContextOptions {
  floats?: string[];
  hardware?: HardwareProfile;
  /** The release to check for; 5.2–5.5 when absent, the snapshot the rule tests were first written against. */
  target?: Target;
  /** The run described by the user (devices, dataset), for rules on the run context. */
  run?: RunContext;
}

/** A rule context built the way checkConfig builds it, for rule tests. */
export function contextFor(values: Record<string, PyValue>, options: ContextOptions = {}): RuleContext {
  const input = kwargs(values, options.floats ?? []);
  const target = options.target ?? '5.2-5.5';
  return {
    input,
    resolved: resolveConfig(input, { target }).values,
    hardware: options.hardware ?? 'cuda-ampere',
    target,
    ...(options.run ? { run: options.run } : {}),
  };
}

/** A finding with its texts rendered in English (`message`, fix `label`) and Korean (`messageKo`, fix `labelKo`), for rule tests. */
export interface RenderedFinding {
  readonly message: string;
  readonly messageKo: string;
  readonly fields?: readonly string[];
  readonly fix?: RenderedFix;
}

export interface RenderedFix extends Fix {
  readonly labelKo: string;
}

/** The messages a rule reports for these keyword arguments (empty when it is satisfied), rendered from the catalogues. */
export function findingsOf(rule: Rule, values: Record<string, PyValue>, options?: ContextOptions): RenderedFinding[] {
  const context = contextFor(values, options);
  // A rule limited to other releases reports nothing, as in runRules.
  if (rule.versions !== undefined && !hasVersionRange(context.target, rule.versions)) return [];
  const result = rule.check(context);
  if (result === null) return [];
  return (Array.isArray(result) ? [...result] : [result as Finding]).map(renderFinding);
}

/** A finding with its texts rendered in English and Korean, as `findingsOf` returns it. */
export function renderFinding(finding: Finding): RenderedFinding {
  return {
    message: renderMessage(EN_MESSAGES, finding.text),
    messageKo: renderMessage(KO_MESSAGES, finding.text),
    ...(finding.fields ? { fields: finding.fields } : {}),
    ...(finding.fix ? { fix: renderFix(finding.fix) } : {}),
  };
}

function renderFix(fix: RuleFix): RenderedFix {
  return { label: renderMessage(EN_MESSAGES, fix.text), labelKo: renderMessage(KO_MESSAGES, fix.text), text: fix.text, patch: fix.patch };
}

/** A rule's own result for a context, with its texts rendered as `renderFinding` does. */
export function checked(rule: Rule, context: RuleContext): RenderedFinding | RenderedFinding[] | null {
  const result = rule.check(context);
  if (result === null) return null;
  return Array.isArray(result) ? result.map(renderFinding) : renderFinding(result as Finding);
}
