import { defineRule } from '../define-rule';
import { code, libraryRaisesKo } from '../ko-text';

const BF16 = ' `--half_precision_backend apex`: GPU bf16 is not supported by apex.';
const NOT_INSTALLED = 'Using FP16 with APEX but APEX is not installed, please refer to https://www.github.com/nvidia/apex.';

/**
 * Mirrors the 4.x `__post_init__`: the apex backend (also reached through `fp16_backend`) cannot do bf16, and it
 * must be importable. NVIDIA apex is not part of any supported machine profile, so the import fails.
 */
export const apexBackend = defineRule({
  id: 'apex-backend',
  fields: ['half_precision_backend', 'fp16_backend', 'bf16'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  versions: { until: '5.0' },
  description: 'In 4.x, half_precision_backend (or fp16_backend) "apex" cannot be combined with bf16 and needs NVIDIA apex installed, which the supported profiles lack.',
  check: ({ resolved, input }) => {
    if (resolved.half_precision_backend !== 'apex') return null;
    const field = input.values.half_precision_backend === 'apex' || input.values.fp16_backend !== 'apex' ? 'half_precision_backend' : 'fp16_backend';
    const fix = { label: `Set ${field} to "auto"`, labelKo: `${field}를 "auto"로 설정`, patch: { [field]: 'auto' } };
    if (resolved.bf16 === true) {
      return {
        fields: [field, 'bf16'],
        message: `${field}="apex" cannot train in bf16: apex only does float16. Use "auto" (torch.amp), which handles bf16. The library raises:${BF16}`,
        messageKo: `${code(`${field}="apex"`)}로는 bf16으로 학습할 수 없습니다. apex는 float16만 지원합니다. bf16을 지원하는 \`"auto"\`(torch.amp)를 쓰세요. ${libraryRaisesKo(BF16.trim())}`,
        fix,
      };
    }
    return {
      fields: [field],
      message: `${field}="apex" needs NVIDIA apex, which the supported machine profiles do not have (it is unmaintained, and its amp module is gone from current releases). Use "auto": torch.amp gives the same mixed precision. The library raises: ${NOT_INSTALLED}`,
      messageKo: `${code(`${field}="apex"`)}에는 NVIDIA apex가 필요한데, 지원하는 머신 프로필에는 설치되어 있지 않습니다(관리가 끊겼고, 최신 릴리스에는 amp 모듈이 없습니다). \`"auto"\`를 쓰세요. torch.amp로 같은 혼합 정밀도를 얻습니다. ${libraryRaisesKo(NOT_INSTALLED)}`,
      fix,
    };
  },
});
