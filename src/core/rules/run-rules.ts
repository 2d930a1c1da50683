import { EN_MESSAGES } from '../i18n/messages/en';
import { renderMessage } from '../i18n/messages/message';
import { hasVersionRange } from '../target/target';
import type { Finding, Fix, Issue, Rule, RuleContext, RuleFix } from './define-rule';

/**
 * Runs every rule that applies to the context's target and returns all issues at once (the library stops at
 * its first `raise`).
 * Per-field value checks (stage `schema`, whatever their source: the library's own enum conversions are among
 * them) come before the rules that combine fields; a later rule that reads a field whose value failed such a
 * check is skipped, so one bad value gives one clear message, not a cascade.
 * @example runRules(ALL_RULES, context).filter((i) => i.severity === 'error')
 */
export function runRules(rules: readonly Rule[], context: RuleContext): Issue[] {
  const issues: Issue[] = [];
  const badFields = new Set<string>();
  for (const rule of rules) {
    if (rule.versions !== undefined && !hasVersionRange(context.target, rule.versions)) continue;
    const isSchema = rule.stage === 'schema';
    if (!isSchema && rule.fields.some((f) => badFields.has(f))) continue;
    for (const finding of asList(rule.check(context))) {
      const fields = finding.fields ?? rule.fields;
      issues.push(toIssue(rule, fields, finding));
      if (isSchema && rule.severity === 'error') fields.forEach((f) => badFields.add(f));
    }
  }
  return issues;
}

/** The issue of a finding: its English message rendered from the English catalogue, the code kept for the others. */
function toIssue(rule: Rule, fields: readonly string[], finding: Finding): Issue {
  return {
    severity: rule.severity,
    rule: rule.id,
    fields,
    message: renderMessage(EN_MESSAGES, finding.text),
    text: finding.text,
    ...(finding.fix ? { fix: issueFix(finding.fix) } : {}),
  };
}

/** A rule-side fix as an issue carries it: its English label rendered, the code kept for the other languages. */
export function issueFix(fix: RuleFix): Fix {
  return { label: renderMessage(EN_MESSAGES, fix.text), text: fix.text, patch: fix.patch };
}

function asList(result: Finding | readonly Finding[] | null): readonly Finding[] {
  if (result === null) return [];
  return isFindingList(result) ? result : [result];
}

function isFindingList(result: Finding | readonly Finding[]): result is readonly Finding[] {
  return Array.isArray(result);
}
