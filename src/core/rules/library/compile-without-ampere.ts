import { capabilitiesOf } from '../../hardware/capabilities';
import { defineRule } from '../define-rule';

/** Mirrors `__post_init__`: with torch_compile on a machine without TF32 the library logs a warning. */
export const compileWithoutAmpere = defineRule({
  id: 'compile-without-ampere',
  fields: ['torch_compile'],
  severity: 'warning',
  source: 'library',
  stage: 'config',
  description: 'torch_compile gives most of its speed-up on Ampere or newer GPUs; the library warns elsewhere.',
  check: ({ resolved, hardware }) =>
    resolved.torch_compile === true && !capabilitiesOf(hardware).tf32
      ? {
          message:
            'torch_compile is on, but most of its speed-up comes from Ampere or newer GPUs; expect a long compile for a small gain on this hardware. The library warns: The speedups for torchdynamo mostly come with GPU Ampere or higher and which is not detected here.',
          messageKo:
            '`torch_compile`이 켜져 있지만 속도 향상은 대부분 Ampere 이상 GPU에서 나옵니다. 이 하드웨어에서는 컴파일은 오래 걸리고 얻는 이득은 작습니다. 라이브러리 경고: The speedups for torchdynamo mostly come with GPU Ampere or higher and which is not detected here.',
        }
      : null,
});
