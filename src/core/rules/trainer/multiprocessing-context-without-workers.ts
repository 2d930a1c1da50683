import { defineRule } from '../define-rule';
import { code } from '../ko-text';

const TORCH = 'multiprocessing_context can only be used with multi-process loading (num_workers > 0), but got num_workers=0';

/** The Trainer passes `dataloader_multiprocessing_context` to torch's DataLoader, which refuses it without workers. */
export const multiprocessingContextWithoutWorkers = defineRule({
  id: 'multiprocessing-context-without-workers',
  fields: ['dataloader_multiprocessing_context', 'dataloader_num_workers'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  description: 'dataloader_multiprocessing_context needs dataloader_num_workers > 0 (torch’s DataLoader refuses it otherwise).',
  check: ({ resolved }) => {
    const context = resolved.dataloader_multiprocessing_context;
    if (context === null || context === undefined || resolved.dataloader_num_workers !== 0) return null;
    return {
      message: `dataloader_multiprocessing_context is ${JSON.stringify(context)} but dataloader_num_workers is 0: with no worker processes there is nothing to start, and torch's DataLoader raises when the Trainer builds it: "${TORCH}". Raise dataloader_num_workers (e.g. 4) or unset the context.`,
      messageKo: `\`dataloader_multiprocessing_context\`가 ${code(JSON.stringify(context))}인데 \`dataloader_num_workers\`가 0입니다. 워커 프로세스가 없으니 시작할 것도 없고, Trainer가 DataLoader를 만들 때 torch가 오류를 냅니다: "${TORCH}". \`dataloader_num_workers\`를 늘리거나(예: 4) context 설정을 지우세요.`,
      fix: { label: 'Unset dataloader_multiprocessing_context', labelKo: 'dataloader_multiprocessing_context 설정 해제', patch: { dataloader_multiprocessing_context: undefined } },
    };
  },
});
