import { message, type NoParams } from '../../i18n/messages/message';
import { isDict, isTruthy, type PyValue } from '../../py/py-value';
import { defineRule } from '../define-rule';

/** The ZeRO stage of a DeepSpeed config given inline; a path cannot be read here. */
function zeroStage(deepspeed: PyValue | undefined): PyValue | undefined {
  if (!isDict(deepspeed)) return undefined;
  const zero = deepspeed.zero_optimization;
  return isDict(zero) ? zero.stage : undefined;
}

/** Retrying with a smaller batch means rebuilding the DeepSpeed engine, which the Trainer does not support for ZeRO-3. */
export const autoBatchZero3 = defineRule({
  id: 'auto-batch-zero3',
  fields: ['auto_find_batch_size', 'deepspeed'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['auto-batch-zero3'],
  description: 'auto_find_batch_size cannot be used with a DeepSpeed ZeRO stage 3 config.',
  check: ({ resolved }) => {
    // DeepSpeed compares the stage as a number; a string "3" in a dict is not stage 3 to it.
    if (!isTruthy(resolved.auto_find_batch_size) || zeroStage(resolved.deepspeed) !== 3) return null;
    return {
      text: message('auto-batch-zero3', {}),
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'auto-batch-zero3': NoParams;
  }
}
