import { capabilitiesOf } from '../../hardware/capabilities';
import { defineRule } from '../define-rule';

/** torch warns and ignores pin_memory when there is no accelerator; the library only turns it off for use_cpu. */
export const pinMemoryWithoutAccelerator = defineRule({
  id: 'pin-memory-without-accelerator',
  fields: ['dataloader_pin_memory'],
  severity: 'info',
  source: 'app',
  stage: 'config',
  description: 'On a CPU-only machine pinned memory does nothing; the library only switches it off when use_cpu=True.',
  check: ({ resolved, hardware }) =>
    resolved.dataloader_pin_memory === true && !capabilitiesOf(hardware).accelerator
      ? {
          message: 'dataloader_pin_memory is on, but a CPU-only machine has no device to copy pinned batches to; torch ignores it with a warning. Turn it off, or set use_cpu=True (which turns it off for you).',
          messageKo:
            '`dataloader_pin_memory`가 켜져 있지만, CPU 전용 머신에는 pinned 배치를 복사해 갈 장치가 없어 torch가 경고를 내고 무시합니다. 끄거나 `use_cpu=True`로 설정하세요(그러면 자동으로 꺼집니다).',
          fix: { label: 'Turn dataloader_pin_memory off', labelKo: 'dataloader_pin_memory 끄기', patch: { dataloader_pin_memory: false } },
        }
      : null,
});
