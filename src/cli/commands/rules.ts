import { ALL_RULES } from '../../core/rules/index';
import { parseArgs } from '../args';
import type { CliIo } from '../io';

/** `rules [--json]`: the rule catalogue — id, severity, fields, what it checks, and whether it mirrors the library. */
export function runRules(argv: readonly string[], io: CliIo): number {
  const { options } = parseArgs(argv);
  const rows = ALL_RULES.map((r) => ({
    id: r.id,
    severity: r.severity,
    fields: r.fields,
    source: r.source,
    mirrors: r.source === 'library' ? 'library' : 'beyond',
    description: r.description,
  }));
  if (options.has('json')) io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
  else io.stdout(`${rows.map((r) => `${r.id} (${r.severity}, ${r.mirrors})\n    ${r.description}`).join('\n')}\n\n${rows.length} rules\n`);
  return 0;
}
