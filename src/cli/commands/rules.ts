import { ALL_RULES } from '../../core/rules/index';
import { describeRange } from '../../core/target/target';
import { parseArgs } from '../args';
import type { CliIo } from '../io';

/** `rules [--json]`: the rule catalogue — id, severity, fields, what it checks, whether it mirrors the library, and the releases it is limited to. */
export function runRules(argv: readonly string[], io: CliIo): number {
  const { options } = parseArgs(argv);
  const rows = ALL_RULES.map((r) => ({
    id: r.id,
    severity: r.severity,
    fields: r.fields,
    source: r.source,
    mirrors: r.source === 'library' ? 'library' : 'beyond',
    description: r.description,
    ...(r.versions ? { versions: r.versions } : {}),
  }));
  if (options.has('json')) io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
  else {
    io.stdout(
      `${rows.map((r) => `${r.id} (${r.severity}, ${r.mirrors}${r.versions ? `, ${describeRange(r.versions)} only` : ''})\n    ${r.description}`).join('\n')}\n\n${rows.length} rules\n`,
    );
  }
  return 0;
}
