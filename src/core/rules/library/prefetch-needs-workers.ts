import { message, type NoParams } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';

/** Mirrors `_validate_args`: prefetching only exists for worker processes. */
export const prefetchNeedsWorkers = defineRule({
  id: 'prefetch-needs-workers',
  fields: ['dataloader_prefetch_factor', 'dataloader_num_workers'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  messages: ['prefetch-needs-workers', 'prefetch-needs-workers.fix'],
  description: 'dataloader_prefetch_factor can only be set when dataloader_num_workers > 0.',
  check: ({ resolved }) =>
    resolved.dataloader_num_workers === 0 && resolved.dataloader_prefetch_factor !== null && resolved.dataloader_prefetch_factor !== undefined
      ? {
          text: message('prefetch-needs-workers', {}),
          fix: { text: message('prefetch-needs-workers.fix', {}), patch: { dataloader_prefetch_factor: undefined } },
        }
      : null,
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'prefetch-needs-workers': NoParams;
    'prefetch-needs-workers.fix': NoParams;
  }
}
