import { classFieldsFor } from '../../core/config-class/class-registry';
import { targetLabel } from '../../core/target/target';
import { parseArgs } from '../args';
import type { CliIo } from '../io';
import { readConfigClass } from '../config-option';
import { readTarget } from '../target-option';

/** `fields [--json] [--target RELEASE] [--config CLASS]`: every field of the config class on the release with its section, kind, default, choices and tier. */
export function runFields(argv: readonly string[], io: CliIo): number {
  const { options } = parseArgs(argv, ['target', 'config']);
  const release = readTarget(options, io);
  if (release === undefined) return 2;
  const { target } = release;
  const configClass = readConfigClass(options, target, io);
  if (configClass === undefined) return 2;
  const rows = classFieldsFor(target, configClass).map((f) => ({
    name: f.name,
    section: f.section,
    kind: f.kind,
    default: f.default,
    ...(f.choices ? { choices: f.choices } : {}),
    tier: f.tier,
    nullable: f.nullable === true,
    summary: f.summary,
    ...(f.deprecated ? { deprecated: f.deprecated } : {}),
    ...(f.since ? { since: f.since } : {}),
    ...(f.until ? { until: f.until } : {}),
  }));
  if (options.has('json')) {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rows.map((r) => r.name.length));
  io.stdout(
    `${rows.map((r) => `${r.name.padEnd(width)}  ${r.section.padEnd(13)} ${r.kind.padEnd(6)} ${JSON.stringify(r.default)}`).join('\n')}\n\n${rows.length} fields of ${configClass} on ${targetLabel(target)}\n`,
  );
  return 0;
}
