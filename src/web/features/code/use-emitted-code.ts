import { useMemo } from 'react';
import type { Kwargs } from '@/core/py/py-value';
import { useLazyValue } from '@/web/shared/lazy/use-lazy-value';
import type { CodeFormat } from './code-formats';
import type { EmitRequest, EmittedCode, Emitter } from './emit-code';
import { EMITTER_LOADERS, emitPythonCode } from './emit-code';

export type EmittedState =
  { readonly status: 'loading' } | { readonly status: 'ready'; readonly result: EmittedCode } | { readonly status: 'failed'; readonly message: string };

function run(emitter: Emitter, input: Kwargs, request: EmitRequest): EmittedState {
  try {
    return { status: 'ready', result: emitter(input, request) };
  } catch (error) {
    return { status: 'failed', message: `Could not generate code: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The code for one format, loading its emitter on first use and re-emitting only when the inputs change. */
export function useEmittedCode(format: CodeFormat, input: Kwargs, request: EmitRequest): EmittedState {
  const lazy = useLazyValue(format === 'python' ? null : EMITTER_LOADERS[format]);
  const emitter = format === 'python' ? emitPythonCode : lazy.status === 'ready' ? lazy.value : undefined;
  const loadError = lazy.status === 'failed' ? `Could not load the ${format} emitter: ${lazy.message}` : undefined;
  const { all, launcher, devicesPerNode, nodes, target, configClass } = request;
  return useMemo((): EmittedState => {
    if (loadError) return { status: 'failed', message: loadError };
    if (!emitter) return { status: 'loading' };
    return run(emitter, input, { all, launcher, devicesPerNode, nodes, target, configClass });
  }, [emitter, loadError, input, all, launcher, devicesPerNode, nodes, target, configClass]);
}
