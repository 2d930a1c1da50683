import fc from 'fast-check';
import { cliArgs, emitCliFlags } from '../../src/core/emit/cli-flags';
import { emitEntries } from '../../src/core/emit/emit-entries';
import { emitJson } from '../../src/core/emit/json';
import { emitLaunch } from '../../src/core/emit/launch';
import { emitPython } from '../../src/core/emit/python';
import { withoutSecrets } from '../../src/core/emit/without-secrets';
import { emitYaml } from '../../src/core/emit/yaml';
import { classFieldsFor, configClassesFor } from '../../src/core/config-class/class-registry';
import { importCliFlags } from '../../src/core/import/cli-flags';
import type { ImportResult } from '../../src/core/import/import-result';
import { importText } from '../../src/core/import/import-text';
import { importJson } from '../../src/core/import/json';
import { importPython } from '../../src/core/import/python';
import { importYaml } from '../../src/core/import/yaml';
import type { Kwargs, PyValue } from '../../src/core/py/py-value';
import { isWithheldSecret, secretEnvVar } from '../../src/core/secrets/secret-fields';
import { toBase64Url } from '../../src/core/share/base64url';
import { decodeShareToken, encodeShareToken } from '../../src/core/share/share-link';
import type { SharedState } from '../../src/core/share/share-state';
import { readSharedState, writeSharedState } from '../../src/core/share/share-state';
import { TARGETS, type Target } from '../../src/core/target/target';
import { canApply, planImport } from '../../src/web/features/import/import-plan';
import { readSavedState, savedText } from '../../src/web/features/share/saved-state';
import { restoredNotice } from '../../src/web/features/share/state-notice';
import { STORAGE_KEY } from '../../src/web/features/share/storage-key';
import type { BashOracle } from './bash-oracle';
import { kwargsArbitrary } from './kwargs-arbitrary';
import { mutated, tokenSoup } from './mutate';
import { hostileString } from './hostile-strings';
import type { PythonOracle } from './python-oracle';
import { expectedEntries } from './python-oracle';
import { sharedStateArbitrary, withoutSecretValues } from './shared-state-arbitrary';

/** JSON text with object keys sorted at every level: two states are the same whatever order their keys were set in. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** The external checkers a target needs; the runner starts each once. */
export interface Oracles {
  readonly python: () => PythonOracle;
  readonly bash: () => BashOracle;
}

export type Need = 'python' | 'pyyaml' | 'bash';

/** What one run of a target found. */
export interface RunSummary {
  readonly numRuns: number;
  readonly failed: boolean;
  readonly seed: number;
  /** With `seed`, replays the failing case: `fc.assert(property, { seed, path })`. */
  readonly path?: string;
  readonly report?: string;
}

/** What is fuzzed: an emitter, a reader, share links or saved state (the first part of a target's id). */
export type FuzzKind =
  | 'emit-python'
  | 'emit-json'
  | 'emit-yaml'
  | 'emit-cli'
  | 'import-python'
  | 'import-cli'
  | 'import-json'
  | 'import-yaml'
  | 'share-link'
  | 'share-link-hostile'
  | 'saved-state'
  | 'saved-state-hostile';

/** One thing fuzzed, for one version target and config class: its id is `kind/target/class`. */
export interface FuzzTarget {
  readonly id: string;
  readonly kind: FuzzKind;
  readonly target: Target;
  readonly configClass: string;
  readonly needs: readonly Need[];
  readonly run: (oracles: Oracles, params: fc.Parameters<unknown>) => Promise<RunSummary>;
}

// A case that takes longer than this has hung, as far as a user is concerned.
export const HANG_MS = 3000;

/** Where a fuzz target runs: a version target and a config class of it. */
interface Pair {
  readonly target: Target;
  readonly configClass: string;
}

function fuzzTarget<Ts>(
  kind: FuzzKind,
  { target, configClass }: Pair,
  needs: readonly Need[],
  property: (oracles: Oracles) => fc.IRawProperty<Ts>,
): FuzzTarget {
  return {
    id: `${kind}/${target}/${configClass}`,
    kind,
    target,
    configClass,
    needs,
    run: async (oracles, params) => {
      const details = await fc.check(property(oracles), params as fc.Parameters<Ts>);
      // Running out of time before any case (a time-limited round) is not a finding.
      const failed = details.failed && !(details.interrupted && details.counterexample === null);
      return {
        numRuns: details.numRuns,
        failed,
        seed: details.seed,
        ...(failed
          ? { path: details.counterexamplePath ?? undefined, report: `${fc.defaultReportMessage(details)}\n${errorText(details.errorInstance)}` }
          : {}),
      };
    },
  };
}

class Finding extends Error {}

function errorText(error: unknown): string {
  if (error instanceof Finding) return error.message;
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
}

function expect(condition: boolean, message: () => string): void {
  if (!condition) throw new Finding(message());
}

/** Every string inside a value, keys included. */
function strings(value: PyValue): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

// Generated tokens are random 34-character words, so finding one in an output means it leaked.
const GENERATED_TOKEN = /^hf_[A-Za-z0-9]{34}$/;

/** The generated tokens among the input's secret values. */
function secretValues(input: Kwargs): string[] {
  return Object.entries(input.values).flatMap(([name, value]) => (isWithheldSecret(name, value) ? strings(value).filter((s) => GENERATED_TOKEN.test(s)) : []));
}

function noSecretIn(text: string, input: Kwargs, where: string): void {
  for (const secret of secretValues(input)) expect(!text.includes(secret), () => `the token appears in ${where}`);
}

// The formats that hold only data: read back by Python's json and PyYAML's safe_load.
const DATA_FORMATS = [
  { kind: 'json', need: 'python', emit: emitJson, reader: 'json.loads' },
  { kind: 'yaml', need: 'pyyaml', emit: emitYaml, reader: 'yaml.safe_load' },
] as const;

const emitCase = ({ target, configClass }: Pair) => fc.tuple(kwargsArbitrary(target, configClass), fc.boolean());

function emitterTargets(pair: Pair): FuzzTarget[] {
  const { target, configClass } = pair;
  return [
    fuzzTarget('emit-python', pair, ['python'], (oracles) =>
      fc.asyncProperty(emitCase(pair), async ([input, all]) => {
        const source = emitPython(input, { all, target, configClass });
        noSecretIn(source, input, 'the Python code');
        const entries = emitEntries(input, { all, target, configClass });
        const secrets = Object.fromEntries(
          entries.filter((e) => isWithheldSecret(e.field.name, e.value)).map((e) => [e.field.name, secretEnvVar(e.field.name) as string]),
        );
        const problem = await oracles.python().check({ kind: 'python', source, expected: expectedEntries(entries, input), callee: configClass, secrets });
        expect(problem === null, () => `python3: ${problem}`);
      }),
    ),
    ...DATA_FORMATS.map(({ kind, need, emit, reader }) =>
      fuzzTarget(`emit-${kind}`, pair, [need], (oracles) =>
        fc.asyncProperty(emitCase(pair), async ([input, all]) => {
          const source = emit(input, { all, target, configClass });
          noSecretIn(source, input, `the ${kind}`);
          const problem = await oracles
            .python()
            .check({ kind, source, expected: expectedEntries(withoutSecrets(emitEntries(input, { all, target, configClass })), input) });
          expect(problem === null, () => `${reader}: ${problem}`);
        }),
      ),
    ),
    fuzzTarget('emit-cli', pair, ['bash'], (oracles) =>
      fc.asyncProperty(emitCase(pair), fc.integer({ min: 1, max: 8 }), async ([input, all], devices) => {
        const { flags, skipped } = cliArgs(input, { all, target, configClass });
        const words = flags.flat();
        for (const text of [emitCliFlags(input, { all, target, configClass }), emitCliFlags(input, { all, target, configClass, oneLine: true })]) {
          noSecretIn(text, input, 'the flags');
          const split = await oracles.bash().split(text);
          expect(
            split !== null && JSON.stringify(split) === JSON.stringify(words),
            () => `bash split ${JSON.stringify(text)} into ${JSON.stringify(split)}, not ${JSON.stringify(words)}`,
          );
        }
        const launch = emitLaunch(input, { all, target, configClass, launcher: 'torchrun', devicesPerNode: devices });
        const launchWords = await oracles.bash().split(launch);
        const prefix = ['torchrun', '--nproc_per_node', String(devices), 'train.py'];
        expect(
          JSON.stringify(launchWords) === JSON.stringify([...prefix, ...words]),
          () => `bash split the launch command into ${JSON.stringify(launchWords)}`,
        );
        // A value no word can carry is refused, and the refusal names its field.
        for (const { key, reason } of skipped) {
          if (/NUL|surrogate/.test(reason)) expect(reason.includes(`--${key}`), () => `the refusal "${reason}" does not name --${key}`);
        }
        // `--no_x` writes x = False, and `--no_cuda` is the field no_cuda itself: both names count as written.
        const written = new Set(
          flags.flatMap((flag) => {
            const name = (flag[0] ?? '').replace(/^--|=[\s\S]*$/g, '');
            return [name, name.replace(/^no_/, '')];
          }),
        );
        for (const entry of withoutSecrets(emitEntries(input, { all, target, configClass }))) {
          if (entry.changed && !written.has(entry.field.name)) {
            expect(
              skipped.some((s) => s.key === entry.field.name),
              () => `${entry.field.name} was neither written nor refused`,
            );
          }
        }
      }),
    ),
  ];
}

/** Every error has a message and a position inside the text. */
function checkErrors(errors: ImportResult['errors'], text: string): void {
  const lines = text.split('\n').length;
  for (const error of errors) {
    expect(typeof error.message === 'string' && error.message.trim().length > 0, () => 'an error without a message');
    expect(
      Number.isInteger(error.line) && Number.isInteger(error.column) && (error.line ?? 0) >= 1 && (error.line ?? 0) <= lines && (error.column ?? 0) >= 1,
      () => `the error "${error.message}" has no valid position (line ${error.line}, column ${error.column})`,
    );
  }
}

/** Times a reader: a case that takes longer than HANG_MS has hung. */
function timed<T>(read: () => T): T {
  const started = performance.now();
  const result = read();
  const took = performance.now() - started;
  expect(took < HANG_MS, () => `took ${Math.round(took)} ms`);
  return result;
}

/**
 * What every importer promises for any text, on the pair's target and class: a result, never an exception or
 * a hang, errors with positions, and a plan (the class's fields) that a failed import cannot apply. The
 * sorting reader the CLI and the paste dialog use (`importText`) keeps the same promises.
 */
function checkImport(importer: (text: string) => ImportResult, format: 'python' | 'cli' | 'json' | 'yaml', text: string, { target, configClass }: Pair): void {
  const result = timed(() => importer(text));
  checkErrors(result.errors, text);
  for (const dropped of result.dropped) expect(dropped.reason.trim().length > 0, () => `${dropped.key} dropped without a reason`);
  // The values are data a form can hold: JSON-able, no undefined, no functions.
  expect(JSON.stringify(result.kwargs.values) !== undefined, () => 'values are not data');
  const fields = new Map(classFieldsFor(target, configClass).map((field) => [field.name, field]));
  const plan = planImport(result, (name) => fields.get(name));
  // A failed import offers nothing to apply, so the form stays as it was.
  if (result.errors.length > 0 && plan.set.length === 0) expect(!canApply(plan), () => 'a failed import could still be applied');
  const report = timed(() => importText(text, { format, target, configClass }));
  checkErrors(report.errors, text);
  expect(JSON.stringify(report.imported.values) !== undefined && JSON.stringify(report.otherArgs) !== undefined, () => 'the sorted import is not data');
}

const PYTHON_TOKENS = [
  'TrainingArguments(',
  'dict(',
  ')',
  '(',
  '=',
  ',',
  '[',
  ']',
  '{',
  '}',
  ':',
  "'",
  '"',
  '"""',
  "'''",
  '\\',
  'True',
  'None',
  'False',
  '1e5',
  '-',
  '+',
  '0x1F',
  '1_000',
  'j',
  'learning_rate',
  'seed',
  'output_dir',
  ' ',
  '\n',
  '#',
  '**',
  '*',
  'f"',
  "b'",
  'r"',
  'lambda',
  '.',
  '..."',
];
const CLI_TOKENS = [
  '--',
  '--bf16',
  '--seed',
  '--no_',
  '=',
  ' ',
  "'",
  '"',
  '\\',
  '\\\n',
  '$',
  '$(',
  '`',
  ';',
  '&&',
  '|',
  '#',
  'torchrun',
  'train.py',
  '-m',
  'x',
  '1',
  '-1',
  '{',
  '}',
  '\n',
  '<<EOF',
  '--lr_scheduler_kwargs',
  '{"a": 1}',
];
const JSON_TOKENS = [
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  '"',
  '\\',
  '\\u',
  'd800',
  'true',
  'null',
  'NaN',
  'Infinity',
  '-',
  '1',
  '.',
  'e',
  '5',
  '"seed"',
  '"learning_rate"',
  ' ',
  '\n',
  '//',
  '/*',
];
const YAML_TOKENS = [
  'a:',
  ' ',
  '\n',
  '  ',
  '- ',
  ': ',
  '&x',
  '*x',
  '<<: ',
  '!!float',
  '!!str',
  '!!python/object',
  '{',
  '}',
  '[',
  ']',
  ',',
  "'",
  '"',
  '|',
  '>',
  '#',
  '---',
  '...',
  '%YAML 1.1',
  'yes',
  '~',
  '.inf',
  '1e5',
  '2024-01-01',
  '0o17',
  ':x',
  '? ',
  'seed',
];

function importerTargets(pair: Pair): FuzzTarget[] {
  const { target, configClass } = pair;
  const options = { target, configClass };
  const formats = [
    ['python', importPython, (input: Kwargs) => emitPython(input, options), PYTHON_TOKENS],
    // The command line is read with the class's own option table on the target.
    [
      'cli',
      (text: string) => importCliFlags(text, options),
      (input: Kwargs) => emitLaunch(input, { ...options, launcher: 'accelerate', devicesPerNode: 2 }),
      CLI_TOKENS,
    ],
    ['json', importJson, (input: Kwargs) => emitJson(input, options), JSON_TOKENS],
    ['yaml', importYaml, (input: Kwargs) => emitYaml(input, options), YAML_TOKENS],
  ] as const;
  return formats.map(([format, importer, emit, tokens]) =>
    fuzzTarget(`import-${format}`, pair, [], () =>
      fc.property(fc.oneof(hostileString(60), mutated(kwargsArbitrary(target, configClass).map(emit)), tokenSoup(tokens), mutated(tokenSoup(tokens))), (text) =>
        checkImport(importer, format, text, pair),
      ),
    ),
  );
}

async function tokenOf(json: string, compress: boolean): Promise<string> {
  const bytes = new TextEncoder().encode(json);
  if (!compress) return `j${toBase64Url(bytes)}`;
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return `z${toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()))}`;
}

/** A read state must be one the app could have written: reading its own writing changes nothing. */
function expectCanonical(state: SharedState, where: string): void {
  const again = readSharedState(JSON.parse(JSON.stringify(writeSharedState(state))));
  expect(again.ok && again.dropped.length === 0 && canonicalJson(again.state) === canonicalJson(state), () => `${where} gave a state the app would not write`);
}

function memoryStorage(text: string | null) {
  return { getItem: (key: string) => (key === STORAGE_KEY ? text : null), setItem: () => undefined };
}

/** Share links and saved state of states on the pair's target and class. */
function stateTargets(pair: Pair): FuzzTarget[] {
  const states = sharedStateArbitrary(pair.target, pair.configClass);
  const stateJson = states.map((state) => JSON.stringify(writeSharedState(state)));
  return [
    fuzzTarget('share-link', pair, [], () =>
      fc.asyncProperty(states, fc.boolean(), async (state, compress) => {
        const token = await encodeShareToken(state, { compress });
        expect(/^[jz][A-Za-z0-9_-]*$/.test(token), () => 'the token is not URL-safe');
        const read = await decodeShareToken(token);
        const want = withoutSecretValues(state);
        expect(read.ok && canonicalJson(read.state) === canonicalJson(want) && read.dropped.length === 0, () => `read back ${JSON.stringify(read)}`);
      }),
    ),
    fuzzTarget('share-link-hostile', pair, [], () =>
      fc.asyncProperty(
        fc.oneof(
          fc.tuple(fc.oneof(stateJson, mutated(stateJson), hostileString(40)), fc.boolean()).chain(([json, compress]) => fc.constant(tokenOf(json, compress))),
          fc.tuple(states, fc.boolean()).map(([state, compress]) => encodeShareToken(state, { compress })),
        ),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('A', '_', '-', '', '%', '=', 'z', 'j')), { maxLength: 4 }),
        async (pending, edits) => {
          let token = await pending;
          for (const [where, piece] of edits) {
            const i = where % (token.length + 1);
            token = token.slice(0, i) + piece + token.slice(i + 1);
          }
          const started = performance.now();
          const read = await decodeShareToken(token);
          expect(performance.now() - started < HANG_MS, () => 'decoding hung');
          if (read.ok) expectCanonical(read.state, 'the link');
        },
      ),
    ),
    fuzzTarget('saved-state', pair, [], () =>
      fc.property(states, (state) => {
        const text = savedText(state);
        for (const secret of Object.entries(state.values).flatMap(([name, value]) =>
          secretEnvVar(name) !== undefined && typeof value === 'string' && GENERATED_TOKEN.test(value) ? [value] : [],
        )) {
          expect(!text.includes(secret), () => 'the token was saved');
        }
        const read = readSavedState(memoryStorage(text));
        // Read in full: the only notice is the one naming another release or class than a fresh visit opens.
        expect(
          JSON.stringify(read.notice) === JSON.stringify(restoredNotice(state, false)) &&
            canonicalJson(read.state) === canonicalJson(withoutSecretValues(state)),
          () => `read back ${JSON.stringify(read.state)} with the notice ${JSON.stringify(read.notice)}`,
        );
      }),
    ),
    fuzzTarget('saved-state-hostile', pair, [], () =>
      fc.property(fc.oneof(stateJson, mutated(stateJson), hostileString(40), tokenSoup(JSON_TOKENS)), (text) => {
        const read = readSavedState(memoryStorage(text));
        expectCanonical(read.state, 'the saved state');
        expect(read.text === text, () => 'the stored text was not kept for download');
      }),
    ),
  ];
}

/** Every version target with every config class it offers. */
export const FUZZ_PAIRS: readonly Pair[] = TARGETS.flatMap((target) => configClassesFor(target).map((cls) => ({ target, configClass: cls.name })));

/** Every fuzz target: emitters, importers, share links and saved state, for each target and class. */
export const FUZZ_TARGETS: readonly FuzzTarget[] = FUZZ_PAIRS.flatMap((pair) => [...emitterTargets(pair), ...importerTargets(pair), ...stateTargets(pair)]);

export { Finding };
