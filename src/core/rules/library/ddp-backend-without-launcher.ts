import { processCount } from '../../schedule/run-context';
import { bandOfTarget, bandSpec } from '../../target/target';
import { defineRule } from '../define-rule';
import { code, libraryRaisesKo } from '../ko-text';

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
  description: 'ddp_backend set in a single-process run (no torchrun / accelerate launch) fails while the arguments are built (4.57 and 5.15+ with accelerate 1.15).',
  check: ({ resolved, run, target }) => {
    if (!bandSpec(bandOfTarget(target)).ddpBackendNeedsLauncher) return null;
    const backend = resolved.ddp_backend;
    if (backend === null || backend === undefined) return null;
    if (run !== undefined && processCount(run) > 1) return null;
    return {
      message: `ddp_backend is set to ${JSON.stringify(backend)}, but this is a single-process run: without torchrun or accelerate launch no process group exists, and building the arguments fails. Leave ddp_backend unset for one process, or launch with torchrun / accelerate launch (more than one device in the run). The library raises: ${LIBRARY}`,
      messageKo: `\`ddp_backend\`가 ${code(JSON.stringify(backend))}로 설정되어 있지만 단일 프로세스 실행입니다. torchrun이나 accelerate launch 없이 실행하면 프로세스 그룹이 없어서 인자를 만드는 단계에서 실패합니다. 프로세스가 하나라면 \`ddp_backend\`를 비워 두고, 아니면 torchrun / accelerate launch로 실행하세요(실행 설정에서 장치를 둘 이상으로). ${libraryRaisesKo(LIBRARY)}`,
      fix: { label: 'Unset ddp_backend', labelKo: 'ddp_backend 설정 해제', patch: { ddp_backend: undefined } },
    };
  },
});
