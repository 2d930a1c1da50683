import { defineRule } from '../define-rule';

/** Mirrors `_validate_args`: prefetching only exists for worker processes. */
export const prefetchNeedsWorkers = defineRule({
  id: 'prefetch-needs-workers',
  fields: ['dataloader_prefetch_factor', 'dataloader_num_workers'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  description: 'dataloader_prefetch_factor can only be set when dataloader_num_workers > 0.',
  check: ({ resolved }) =>
    resolved.dataloader_num_workers === 0 && resolved.dataloader_prefetch_factor !== null && resolved.dataloader_prefetch_factor !== undefined
      ? {
          message:
            'dataloader_prefetch_factor is set but dataloader_num_workers is 0: batches are loaded in the main process, so there is nothing to prefetch. Raise dataloader_num_workers (e.g. 4) or unset the prefetch factor. The library raises: --dataloader_prefetch_factor can only be set when data is loaded in a different process, i.e. when --dataloader_num_workers > 0.',
          messageKo:
            '`dataloader_prefetch_factor`가 설정되어 있지만 `dataloader_num_workers`가 0입니다. 배치를 메인 프로세스에서 불러오므로 미리 가져올 것이 없습니다. `dataloader_num_workers`를 늘리거나(예: 4) prefetch factor 설정을 지우세요. 라이브러리 오류: --dataloader_prefetch_factor can only be set when data is loaded in a different process, i.e. when --dataloader_num_workers > 0.',
          fix: { label: 'Unset dataloader_prefetch_factor', labelKo: 'dataloader_prefetch_factor 설정 해제', patch: { dataloader_prefetch_factor: undefined } },
        }
      : null,
});
