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
  description: 'auto_find_batch_size cannot be used with a DeepSpeed ZeRO stage 3 config.',
  check: ({ resolved }) => {
    // DeepSpeed compares the stage as a number; a string "3" in a dict is not stage 3 to it.
    if (!isTruthy(resolved.auto_find_batch_size) || zeroStage(resolved.deepspeed) !== 3) return null;
    return {
      message:
        'auto_find_batch_size retries with smaller batches after an out-of-memory error, which the Trainer cannot do with DeepSpeed ZeRO-3: it raises "`auto_find_batch_size` isn\'t supported yet with DeepSpeed Zero-3. Please consider using Zero-2, Zero-1, or FSDP". Turn auto_find_batch_size off or use another ZeRO stage.',
      messageKo:
        '`auto_find_batch_size`는 메모리 부족(OOM) 오류가 나면 배치를 줄여 다시 시도하는데, DeepSpeed ZeRO-3에서는 Trainer가 이를 지원하지 않아 "`auto_find_batch_size` isn\'t supported yet with DeepSpeed Zero-3. Please consider using Zero-2, Zero-1, or FSDP" 오류를 냅니다. `auto_find_batch_size`를 끄거나 다른 ZeRO 단계를 쓰세요.',
    };
  },
});
