import type { PyValue } from '../../py/py-value';
import { message, type NoParams } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';

const TORCH = 'multiprocessing_context can only be used with multi-process loading (num_workers > 0), but got num_workers=0';

/** The Trainer passes `dataloader_multiprocessing_context` to torch's DataLoader, which refuses it without workers. */
export const multiprocessingContextWithoutWorkers = defineRule({
  id: 'multiprocessing-context-without-workers',
  fields: ['dataloader_multiprocessing_context', 'dataloader_num_workers'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['multiprocessing-context-without-workers', 'multiprocessing-context-without-workers.fix'],
  description: 'dataloader_multiprocessing_context needs dataloader_num_workers > 0 (torch’s DataLoader refuses it otherwise).',
  check: ({ resolved }) => {
    const context = resolved.dataloader_multiprocessing_context;
    if (context === null || context === undefined || resolved.dataloader_num_workers !== 0) return null;
    return {
      text: message('multiprocessing-context-without-workers', { context, torch: TORCH }),
      fix: { text: message('multiprocessing-context-without-workers.fix', {}), patch: { dataloader_multiprocessing_context: undefined } },
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'multiprocessing-context-without-workers': {
      readonly context: PyValue;
      readonly torch: 'multiprocessing_context can only be used with multi-process loading (num_workers > 0), but got num_workers=0';
    };
    'multiprocessing-context-without-workers.fix': NoParams;
  }
}
