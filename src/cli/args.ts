/** Splits argv into positional arguments and `--name value` / `--flag` options. */
export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly options: ReadonlyMap<string, string | true>;
}

/**
 * Parses command arguments; `valued` names the options that take a value (`--to python`, `--to=python`).
 * @example parseArgs(['check', 'a.json', '--json'], ['hardware']).options.get('json') // true
 */
export function parseArgs(argv: readonly string[], valued: readonly string[] = []): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--') || arg === '--') {
      positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (inline !== undefined) options.set(name, inline);
    else if (valued.includes(name) && i + 1 < argv.length) options.set(name, argv[++i]!);
    else options.set(name, true);
  }
  return { positional, options };
}
