import type { EmitOptions } from '../../core/emit/emit-entries';
import { EN_MESSAGES } from '../../core/i18n/messages/en';
import { renderMessage } from '../../core/i18n/messages/message';
import { emitCliFlags } from '../../core/emit/cli-flags';
import { emitJson } from '../../core/emit/json';
import { emitLaunch, type Launcher } from '../../core/emit/launch';
import { emitPython } from '../../core/emit/python';
import { emitYaml } from '../../core/emit/yaml';
import type { Kwargs } from '../../core/py/py-value';
import { parseArgs } from '../args';
import type { CliIo } from '../io';
import { FROM_HELP, readKwargsFile } from '../read-kwargs';
import { leftOutNames, leftOutReason } from '../../core/emit/emit-entries';
import { notCarriedByFlags } from '../../core/emit/cli-flags';
import { FORMATS, type FormatId } from '../../core/formats/formats';
import { emitDeepSpeedConfig } from '../../core/emit/deepspeed-config';
import { emitAccelerateConfig } from '../../core/emit/accelerate-config';
import type { ConfigFileText } from '../../core/emit/config-file';
import { CONFIG_HELP, readConfigClass } from '../config-option';
import { readTarget, TARGET_HELP } from '../target-option';

const EMIT_FORMATS = FORMATS.filter((f) => f.emitter !== null).map((f) => f.id);

export const EMIT_HELP = `Usage: trainargs emit FILE --to ${EMIT_FORMATS.join('|')} [--all] [--target RELEASE] [--config CLASS] [--from FORMAT]
                      [--launcher torchrun|accelerate|python] [--devices P] [--nodes K] [--script train.py]

Generates code from TrainingArguments keyword arguments (Python, a command line, JSON or YAML; FILE "-"
reads standard input). Only the targeted release's arguments are written, and only values that differ
from its defaults, unless --all. Names the release does not take stay as comments in Python and YAML;
for cli, launch and json they are listed on standard error, with the values no flag can carry.
${FROM_HELP}
  python   from transformers import TrainingArguments; args = TrainingArguments(...)
           (with --config SFTConfig: from trl import SFTConfig; args = SFTConfig(...))
  cli      HfArgumentParser flags (--learning_rate 3e-05 --bf16 ...)
  json     the keyword arguments as JSON      yaml   the same as YAML
  launch   a launch command (torchrun by default) with the flags
  deepspeed  a DeepSpeed config whose Trainer-filled values are "auto" (ZeRO stage from the
           deepspeed value, else 2); what is left to decide goes to standard error
  accelerate an accelerate config for an FSDP launch (--devices, --nodes), in accelerate's spelling
${TARGET_HELP}${CONFIG_HELP}`;

const LAUNCHERS: readonly Launcher[] = ['torchrun', 'accelerate', 'python'];

/** `emit FILE --to FORMAT`: prints generated code; 0 on success, 2 on unreadable input or bad options. */
export function runEmit(argv: readonly string[], io: CliIo): number {
  const { positional, options } = parseArgs(argv, ['to', 'launcher', 'devices', 'nodes', 'script', 'target', 'config', 'from']);
  const file = positional[0];
  if (file === undefined || options.has('help')) {
    io.stderr(EMIT_HELP);
    return file === undefined ? 2 : 0;
  }
  const release = readTarget(options, io);
  if (release === undefined) return 2;
  const { target } = release;
  const read = readKwargsFile(file, io, { from: options.get('from'), target });
  if (!read.ok) {
    io.stderr(`${read.message}\n`);
    return 2;
  }
  const to = String(options.get('to') ?? 'python');
  const configClass = options.has('config') ? readConfigClass(options, target, io) : read.report.configClass;
  if (configClass === undefined) return 2;
  const emitOptions: EmitOptions = { all: options.has('all'), target, configClass };
  const out = emit(to, read.input, emitOptions, options);
  if (typeof out !== 'string' && 'error' in out) {
    io.stderr(`${out.error}\n\n${EMIT_HELP}`);
    return 2;
  }
  const text = typeof out === 'string' ? out : out.text;
  io.stdout(text.endsWith('\n') ? text : `${text}\n`);
  io.stderr(sideNotes(to, read.input, emitOptions));
  // A side file's decisions; JSON cannot carry them as comments (the YAML has them as comments too).
  if (typeof out !== 'string') io.stderr(out.notes.map((note) => `# ${out.fileName}: ${renderMessage(EN_MESSAGES, note)}\n`).join(''));
  return 0;
}

type Emit = (input: Kwargs, emitOptions: EmitOptions, options: ReadonlyMap<string, string | true>) => string | ConfigFileText | { error: string };

/** What each emitting format of the formats table writes. */
const EMITTERS: Readonly<Record<FormatId, Emit>> = {
  python: (input, emitOptions) => emitPython(input, emitOptions),
  cli: (input, emitOptions) => emitCliFlags(input, emitOptions),
  json: (input, emitOptions) => emitJson(input, emitOptions),
  yaml: (input, emitOptions) => emitYaml(input, emitOptions),
  launch: (input, emitOptions, options) => {
    const launcher = String(options.get('launcher') ?? 'torchrun');
    if (!(LAUNCHERS as readonly string[]).includes(launcher)) return { error: `unknown --launcher ${launcher}; choose one of ${LAUNCHERS.join(', ')}` };
    const run = runContext(options);
    if ('error' in run) return run;
    const script = options.get('script');
    return emitLaunch(input, { ...emitOptions, launcher: launcher as Launcher, ...run, ...(typeof script === 'string' ? { script } : {}) });
  },
  deepspeed: (input, emitOptions) => emitDeepSpeedConfig(input, emitOptions),
  accelerate: (input, emitOptions, options) => {
    const run = runContext(options);
    return 'error' in run ? run : emitAccelerateConfig(input, { ...emitOptions, ...run });
  },
};

function isEmitFormat(to: string): to is FormatId {
  return (EMIT_FORMATS as readonly string[]).includes(to);
}

function emit(to: string, input: Kwargs, emitOptions: EmitOptions, options: ReadonlyMap<string, string | true>): string | ConfigFileText | { error: string } {
  if (!isEmitFormat(to)) return { error: `unknown --to ${to}; choose one of ${EMIT_FORMATS.join(', ')}` };
  return EMITTERS[to](input, emitOptions, options);
}

function runContext(options: ReadonlyMap<string, string | true>): { devicesPerNode: number; nodes: number } | { error: string } {
  const devices = positiveInt(options.get('devices'), 1);
  const nodes = positiveInt(options.get('nodes'), 1);
  if (devices === undefined || nodes === undefined) return { error: '--devices and --nodes take a whole number ≥ 1' };
  return { devicesPerNode: devices, nodes };
}

function positiveInt(value: string | true | undefined, fallback: number): number | undefined {
  if (value === undefined) return fallback;
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

/** What the chosen format leaves out, said next to it (stderr): names the class does not take, values no flag can carry. */
function sideNotes(to: string, input: Kwargs, emitOptions: EmitOptions): string {
  const lines: string[] = [];
  if (to === 'cli' || to === 'launch' || to === 'json') {
    for (const { name, value } of leftOutNames(input, emitOptions)) lines.push(`# left out: ${name}=${JSON.stringify(value)} (${leftOutReason(emitOptions)})`);
  }
  if (to === 'cli' || to === 'launch') {
    for (const { key, reason } of notCarriedByFlags(input, emitOptions.target, emitOptions.configClass)) {
      lines.push(`# not in the flags: ${key}: ${reason}; put it in a JSON or YAML file (--to json|yaml)`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
