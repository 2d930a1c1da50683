/**
 * How the library prints a strategy inside its messages: the enum member, e.g. `IntervalStrategy.STEPS`.
 * @example strategyMember('eval_strategy', 'steps') // 'IntervalStrategy.STEPS'
 */
export function strategyMember(field: 'eval_strategy' | 'logging_strategy' | 'save_strategy', value: unknown): string {
  const enumName = field === 'save_strategy' ? 'SaveStrategy' : 'IntervalStrategy';
  return `${enumName}.${String(value).toUpperCase()}`;
}
