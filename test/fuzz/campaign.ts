// `npm run fuzz`: a longer campaign than `npm test` runs, with fresh seeds, over every emitter, importer,
// share link and saved state on every version target and config class. It prints the cases run and the
// failures found per version target, per config class and per kind, and for each failure the command that
// replays it.
//   npm run fuzz                          everything, FUZZ_SECONDS (default 180) shared between them
//   npm run fuzz -- --by-id               also one line per kind/target/class
//   npm run fuzz -- --seconds 600         a longer campaign
//   npm run fuzz -- --only import-yaml    the targets whose id contains the text
//   npm run fuzz -- --replay ID:SEED:PATH one failure again, with its full report
import { FUZZ_TARGETS, type FuzzTarget } from './fuzz-targets';
import { missingNeed, startOracles } from './oracles';

const ROUND = 200;

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

function print(line = ''): void {
  process.stdout.write(`${line}\n`);
}

interface Tally {
  readonly target: FuzzTarget;
  cases: number;
  readonly failures: { seed: number; path: string | undefined; report: string }[];
  skipped?: string;
}

/** Cases and failures summed by one part of the fuzz target (its version target, class or kind). */
function printTable(title: string, tallies: readonly Tally[], keyOf: (tally: Tally) => string): void {
  const rows = new Map<string, { cases: number; failures: number; skipped: number; targets: number }>();
  for (const tally of tallies) {
    const row = rows.get(keyOf(tally)) ?? { cases: 0, failures: 0, skipped: 0, targets: 0 };
    row.cases += tally.cases;
    row.failures += tally.failures.length;
    row.targets += 1;
    if (tally.skipped) row.skipped += 1;
    rows.set(keyOf(tally), row);
  }
  const width = Math.max(title.length, ...[...rows.keys()].map((key) => key.length));
  print(`${title.padEnd(width)}  ${'cases'.padStart(8)}  failures`);
  for (const [key, row] of rows) {
    print(
      `${key.padEnd(width)}  ${String(row.cases).padStart(8)}  ${row.failures}${row.skipped > 0 ? `  (${row.skipped} of ${row.targets} skipped: ${skippedNeeds(tallies, keyOf, key)})` : ''}`,
    );
  }
  print();
}

function skippedNeeds(tallies: readonly Tally[], keyOf: (tally: Tally) => string, key: string): string {
  return [...new Set(tallies.filter((t) => keyOf(t) === key && t.skipped).map((t) => t.skipped))].join(', ');
}

async function replay(spec: string): Promise<number> {
  const [id, seed, ...path] = spec.split(':');
  const target = FUZZ_TARGETS.find((t) => t.id === id);
  if (target === undefined || seed === undefined) {
    print(`No target ${id}; the targets are: ${FUZZ_TARGETS.map((t) => t.id).join(', ')}`);
    return 2;
  }
  const oracles = startOracles();
  const summary = await target.run(oracles, { seed: Number(seed), path: path.join(':'), numRuns: 1, verbose: 2 });
  oracles.close();
  print(summary.failed ? (summary.report ?? 'failed') : 'The case passes now.');
  return summary.failed ? 1 : 0;
}

async function campaign(): Promise<number> {
  const seconds = Number(option('seconds') ?? process.env.FUZZ_SECONDS ?? 180);
  const only = option('only');
  const targets = FUZZ_TARGETS.filter((t) => only === undefined || t.id.includes(only));
  const perTarget = (seconds * 1000) / Math.max(1, targets.length);
  const oracles = startOracles();
  // Started before the clock runs, so the first targets do not pay for the interpreters' start.
  if (missingNeed(['python']) === undefined) await oracles.python().check({ kind: 'json', source: '{}', expected: [] });
  if (missingNeed(['bash']) === undefined) await oracles.bash().split('x');
  const tallies: Tally[] = [];
  print(`Fuzzing ${targets.length} targets for about ${seconds} s (${Math.round(perTarget / 100) / 10} s each)…`);
  for (const target of targets) {
    const tally: Tally = { target, cases: 0, failures: [] };
    tallies.push(tally);
    const missing = missingNeed(target.needs);
    if (missing !== undefined) {
      tally.skipped = missing;
      continue;
    }
    const until = Date.now() + perTarget;
    while (Date.now() < until) {
      const seed = (Math.random() * 2 ** 31) | 0;
      const summary = await target.run(oracles, { seed, numRuns: ROUND, interruptAfterTimeLimit: Math.max(1, until - Date.now()) });
      tally.cases += summary.numRuns;
      if (summary.failed) tally.failures.push({ seed: summary.seed, path: summary.path, report: summary.report ?? '' });
    }
  }
  oracles.close();
  print();
  if (process.argv.includes('--by-id')) printTable('target/class', tallies, (t) => t.target.id);
  printTable('version target', tallies, (t) => t.target.target);
  printTable('config class', tallies, (t) => t.target.configClass);
  printTable('kind', tallies, (t) => t.target.kind);
  const total = tallies.reduce((sum, t) => sum + t.cases, 0);
  const failures = tallies.flatMap((t) => t.failures.map((f) => ({ id: t.target.id, ...f })));
  print(`total: ${total} cases, ${failures.length} failures, ${tallies.filter((t) => t.skipped).length} of ${tallies.length} targets skipped`);
  for (const failure of failures) {
    print();
    print(`FAILED ${failure.id}: replay with  npm run fuzz -- --replay ${failure.id}:${failure.seed}:${failure.path ?? ''}`);
    print(failure.report.split('\n').slice(0, 12).join('\n'));
  }
  return failures.length > 0 ? 1 : 0;
}

const spec = option('replay');
process.exitCode = await (spec === undefined ? campaign() : replay(spec));
