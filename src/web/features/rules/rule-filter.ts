import type { Rule, RuleSource, Severity } from '@/core/rules/define-rule';

export type SeverityFilter = 'all' | Severity;
export type SourceFilter = 'all' | RuleSource;

export interface RuleQuery {
  readonly text: string;
  readonly severity: SeverityFilter;
  readonly source: SourceFilter;
}

export const EMPTY_QUERY: RuleQuery = { text: '', severity: 'all', source: 'all' };

/** The lower-cased words of a search; a rule must match every one. */
export function searchTerms(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

function matchesTerm(rule: Rule, term: string): boolean {
  return rule.id.includes(term) || rule.description.toLowerCase().includes(term) || rule.fields.some((f) => f.includes(term));
}

/**
 * The rules that pass the severity and source filters and contain every search word in their id,
 * description or fields; in catalogue order.
 * @example filterRules(ALL_RULES, { text: 'bf16', severity: 'error', source: 'library' }).map((r) => r.id) // ['bf16-hardware', …]
 */
export function filterRules(rules: readonly Rule[], query: RuleQuery): Rule[] {
  const terms = searchTerms(query.text);
  return rules.filter(
    (rule) =>
      (query.severity === 'all' || rule.severity === query.severity) &&
      (query.source === 'all' || rule.source === query.source) &&
      terms.every((term) => matchesTerm(rule, term)),
  );
}

/** How many rules have each value of `key`, for the counts beside the filters. */
export function countRules<K extends 'severity' | 'source'>(rules: readonly Rule[], key: K): Map<Rule[K], number> {
  const counts = new Map<Rule[K], number>();
  for (const rule of rules) counts.set(rule[key], (counts.get(rule[key]) ?? 0) + 1);
  return counts;
}

/**
 * A rule's fields with those matching the search first, so a rule over a hundred fields still shows
 * why it matched within the first few.
 * @example orderFields(['fp16', 'bf16', 'seed'], ['bf16']) // ['bf16', 'fp16', 'seed']
 */
export function orderFields(fields: readonly string[], terms: readonly string[]): string[] {
  if (terms.length === 0) return [...fields];
  const hit = (name: string) => terms.some((term) => name.includes(term));
  return [...fields.filter(hit), ...fields.filter((name) => !hit(name))];
}
