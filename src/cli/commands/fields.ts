import { ALL_FIELDS } from '../../core/registry/registry';
import { parseArgs } from '../args';
import type { CliIo } from '../io';

/** `fields [--json]`: every TrainingArguments field with its section, kind, default, choices and tier. */
export function runFields(argv: readonly string[], io: CliIo): number {
  const { options } = parseArgs(argv);
  const rows = ALL_FIELDS.map((f) => ({
    name: f.name,
    section: f.section,
    kind: f.kind,
    default: f.default,
    ...(f.choices ? { choices: f.choices } : {}),
    tier: f.tier,
    nullable: f.nullable === true,
    summary: f.summary,
    ...(f.deprecated ? { deprecated: f.deprecated } : {}),
  }));
  if (options.has('json')) {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rows.map((r) => r.name.length));
  io.stdout(`${rows.map((r) => `${r.name.padEnd(width)}  ${r.section.padEnd(13)} ${r.kind.padEnd(6)} ${JSON.stringify(r.default)}`).join('\n')}\n\n${rows.length} fields\n`);
  return 0;
}
