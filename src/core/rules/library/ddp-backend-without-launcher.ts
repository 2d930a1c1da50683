import type { PyValue } from '../../py/py-value';
import { message, type NoParams } from '../../i18n/messages/message';
import { processCount } from '../../schedule/run-context';
import { bandOfTarget, bandSpec } from '../../target/target';
import { defineRule } from '../define-rule';

const LIBRARY = 'ValueError: Default process group has not been initialized, please make sure to call init_process_group.';

/**
 * What a real install adds (accelerate 1.15's `PartialState`, created by `__post_init__`): with `ddp_backend`
 * set, a process started without a distributed launcher asks torch for a world size that does not exist yet.
 * A rule on the run context: one process (or no run described) is a plain `python train.py`; several
 * processes mean torchrun / accelerate launch, where the backend is fine.
 */
export const ddpBackendWithoutLauncher = defineRule({
  id: 'ddp-backend-without-launcher',
  fields: ['ddp_backend'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  messages: ['ddp-backend-without-launcher', 'ddp-backend-without-launcher.fix'],
  description:
    'ddp_backend set in a single-process run (no torchrun / accelerate launch) fails while the arguments are built (4.57 and 5.15+ with accelerate 1.15).',
  check: ({ resolved, run, target }) => {
    if (!bandSpec(bandOfTarget(target)).ddpBackendNeedsLauncher) return null;
    const backend = resolved.ddp_backend;
    if (backend === null || backend === undefined) return null;
    if (run !== undefined && processCount(run) > 1) return null;
    return {
      text: message('ddp-backend-without-launcher', { backend, library: LIBRARY }),
      fix: { text: message('ddp-backend-without-launcher.fix', {}), patch: { ddp_backend: undefined } },
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'ddp-backend-without-launcher': {
      readonly backend: PyValue;
      readonly library: 'ValueError: Default process group has not been initialized, please make sure to call init_process_group.';
    };
    'ddp-backend-without-launcher.fix': NoParams;
  }
}
