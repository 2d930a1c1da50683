import { runCheck } from './commands/check';
import { runEmit } from './commands/emit';
import { runFields } from './commands/fields';
import { runMemory } from './commands/memory';
import { runRules } from './commands/rules';
import { runSchedule } from './commands/schedule';
import type { CliIo } from './io';

const USAGE = `TrainArgs Studio CLI — build and check transformers TrainingArguments (v5, or 4.56 with --target v4)

Usage: npm run cli -- <command> [options]
  fields [--json] [--target v5|v4]         every TrainingArguments field of the release
  check FILE [--json|--jsonl] [--hardware H] [--target v5|v4] [--fix] [--lang en|ko]
                                           validate keyword arguments (FILE: JSON object, "-" = stdin)
  emit FILE --to python|cli|json|yaml|launch [--all] [--target v5|v4]
                                           generate code from keyword arguments
  schedule FILE --examples N --devices P [--nodes K] [--every K] [--json]
                                           total steps, warmup, learning rate per update, log/eval/save steps
  memory --inputs FILE [--json]            GPU memory per component and the peak, from a memory vector's inputs
  memory FILE --model NAME --seq-len N --gpu NAME [--json]
                                           GPU memory, fit, fixes, time and cost from keyword arguments
  rules [--json]                           the rule catalogue
Run a command with --help for its options.
`;

const COMMANDS: Record<string, (argv: string[], io: CliIo) => number> = {
  fields: runFields,
  check: runCheck,
  emit: runEmit,
  schedule: runSchedule,
  memory: runMemory,
  rules: runRules,
};

/**
 * Dispatches to a command and returns its exit status.
 * @example runCli(['check', 'args.json', '--json'], processIo) // 0, 1 or 2
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (command === undefined) {
    (name === undefined || name === '--help' || name === 'help' ? io.stdout : io.stderr)(
      `${name && !['--help', 'help'].includes(name) ? `unknown command "${name}"\n\n` : ''}${USAGE}`,
    );
    return name === undefined || name === '--help' || name === 'help' ? 0 : 2;
  }
  return command(rest, io);
}
