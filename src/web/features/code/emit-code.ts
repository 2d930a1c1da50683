import type { SkippedFlag } from '@/core/emit/cli-flags';
import type { ConfigFileText, EmitNote } from '@/core/emit/config-file';
import type { Launcher } from '@/core/emit/launch';
import { emitPython } from '@/core/emit/python';
import type { Kwargs } from '@/core/py/py-value';
import type { Target } from '@/core/target/target';
import type { Loader } from '@/web/shared/lazy/use-lazy-value';
import type { CodeFormat } from './code-formats';

export interface EmitRequest {
  readonly all: boolean;
  readonly launcher: Launcher;
  readonly devicesPerNode: number;
  readonly nodes: number;
  /** The release and config class the code is for. */
  readonly target: Target;
  readonly configClass: string;
}

export interface EmittedCode {
  readonly code: string;
  /** Changed values the command line cannot carry (CLI flags and launch command only). */
  readonly skipped: readonly SkippedFlag[];
  /** A side file's name and what the user must still decide about it (DeepSpeed and accelerate configs). */
  readonly fileName?: string;
  readonly notes?: readonly EmitNote[];
}

export type Emitter = (input: Kwargs, request: EmitRequest) => EmittedCode;

const NOTHING_SKIPPED: readonly SkippedFlag[] = [];

/** Python is the default tab, so its emitter comes with this chunk. */
export const emitPythonCode: Emitter = (input, { all, target, configClass }) => ({
  code: emitPython(input, { all, target, configClass }),
  skipped: NOTHING_SKIPPED,
});

/** The other emitters load the first time their tab opens (YAML brings a YAML library with it). */
export const EMITTER_LOADERS: Record<Exclude<CodeFormat, 'python'>, Loader<Emitter>> = {
  cli: () =>
    import('@/core/emit/cli-flags').then(({ cliArgs, formatFlags }) => (input, { all, target, configClass }) => {
      const { flags, skipped } = cliArgs(input, { all, target, configClass });
      // One flag per line, as `emitCliFlags` writes them.
      return { code: flags.length === 0 ? '' : `${formatFlags(flags, ' \\\n')}\n`, skipped };
    }),
  json: () =>
    import('@/core/emit/json').then(({ emitJson }) => (input, { all, target, configClass }) => ({
      code: emitJson(input, { all, target, configClass }),
      skipped: NOTHING_SKIPPED,
    })),
  yaml: () =>
    import('@/core/emit/yaml').then(({ emitYaml }) => (input, { all, target, configClass }) => ({
      code: emitYaml(input, { all, target, configClass }),
      skipped: NOTHING_SKIPPED,
    })),
  launch: () =>
    Promise.all([import('@/core/emit/launch'), import('@/core/emit/cli-flags')]).then(([{ emitLaunch }, { cliArgs }]) => (input, request) => ({
      code: emitLaunch(input, request),
      skipped: cliArgs(input, { all: request.all, target: request.target, configClass: request.configClass }).skipped,
    })),
  deepspeed: () =>
    import('@/core/emit/deepspeed-config').then(
      ({ emitDeepSpeedConfig }) =>
        (input, request) =>
          sideFile(emitDeepSpeedConfig(input, request)),
    ),
  accelerate: () =>
    import('@/core/emit/accelerate-config').then(
      ({ emitAccelerateConfig }) =>
        (input, request) =>
          sideFile(emitAccelerateConfig(input, request)),
    ),
};

function sideFile({ text, fileName, notes }: ConfigFileText): EmittedCode {
  return { code: text, skipped: NOTHING_SKIPPED, fileName, notes };
}
