import { defineRule } from './define-rule';
import { libraryRaisesKo } from './ko-text';

const LIBRARY = "TypeError: argument of type 'NoneType' is not iterable";

/** Mirrors the 4.x `__post_init__`: it tests `"full_shard" in self.fsdp` without turning None into a list first. */
export const fsdpNone = defineRule({
  id: 'fsdp-none',
  fields: ['fsdp'],
  severity: 'error',
  source: 'library',
  targets: ['v4'],
  description: 'In 4.x, fsdp cannot be None; leave it unset or use "" (or False) to turn FSDP off.',
  check: ({ input }) =>
    input.values.fsdp === null
      ? {
          message: `fsdp=None crashes transformers 4.x, which expects a string, a list or a bool here (v5 accepts None). Leave fsdp unset, or give "" to turn FSDP off. The library raises: ${LIBRARY}`,
          messageKo: `transformers 4.x는 \`fsdp\`에 문자열, 리스트, 불리언만 받으므로 \`fsdp=None\`이면 실패합니다(v5는 None을 받습니다). \`fsdp\`를 비워 두거나, FSDP를 끄려면 \`""\`을 주세요. ${libraryRaisesKo(LIBRARY)}`,
          fix: { label: 'Remove fsdp', labelKo: 'fsdp 제거', patch: { fsdp: undefined } },
        }
      : null,
});
