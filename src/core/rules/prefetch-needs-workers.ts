import { defineRule } from './define-rule';

/** Mirrors `_validate_args`: prefetching only exists for worker processes. */
export const prefetchNeedsWorkers = defineRule({
  id: 'prefetch-needs-workers',
  fields: ['dataloader_prefetch_factor', 'dataloader_num_workers'],
  severity: 'error',
  source: 'library',
  description: 'dataloader_prefetch_factor can only be set when dataloader_num_workers > 0.',
  check: ({ resolved }) =>
    resolved.dataloader_num_workers === 0 && resolved.dataloader_prefetch_factor !== null && resolved.dataloader_prefetch_factor !== undefined
      ? {
          message:
            'dataloader_prefetch_factor is set but dataloader_num_workers is 0: batches are loaded in the main process, so there is nothing to prefetch. Raise dataloader_num_workers (e.g. 4) or unset the prefetch factor. The library raises: --dataloader_prefetch_factor can only be set when data is loaded in a different process, i.e. when --dataloader_num_workers > 0.',
          fix: { label: 'Unset dataloader_prefetch_factor', patch: { dataloader_prefetch_factor: undefined } },
        }
      : null,
});
