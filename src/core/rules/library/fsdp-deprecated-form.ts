import { isDict, isTruthy } from '../../py/py-value';
import { fsdpVersionOf } from '../../resolve/fsdp-v5-15';
import { defineRule, type Finding } from '../define-rule';
import { fsdpConfig } from '../fsdp-values';

const FORM_WARNING = (form: string): string =>
  `Passing \`fsdp\` as a ${form} is deprecated and will be removed in Transformers v5.20. Use \`fsdp=True\` and configure everything via \`fsdp_config\` instead.`;
const FSDP1_WARNING =
  "FSDP1 (`fsdp_config['version'] = 1`) is deprecated and will be removed in Transformers v5.20. Please migrate to FSDP2 by setting `fsdp_config['version'] = 2` (the default).";

/** Mirrors the deprecation logs of `_process_fsdp_args` (5.15+): the string/list form of `fsdp`, and FSDP1. */
export const fsdpDeprecatedForm = defineRule({
  id: 'fsdp-deprecated-form',
  fields: ['fsdp', 'fsdp_config'],
  severity: 'warning',
  source: 'library',
  stage: 'config',
  versions: { since: '5.15' },
  description: 'From 5.15, fsdp given as a string or list, and fsdp_config version 1 (FSDP1), are deprecated.',
  check: ({ input, resolved }) => {
    const fsdp = input.values.fsdp ?? null;
    if (!isTruthy(fsdp)) return [];
    const findings: Finding[] = [];
    if (typeof fsdp === 'string' || Array.isArray(fsdp)) {
      const form = typeof fsdp === 'string' ? 'string' : 'list';
      findings.push({
        fields: ['fsdp'],
        message: `fsdp given as a ${form} still works but is deprecated: set fsdp=True and put the options in fsdp_config (the library has already moved them there). The library logs: ${FORM_WARNING(form)}`,
        messageKo: `\`fsdp\`를 ${form === 'string' ? '문자열' : '리스트'}로 주는 방식은 아직 동작하지만 deprecated되었습니다. \`fsdp=True\`로 두고 옵션은 \`fsdp_config\`에 넣으세요(라이브러리가 이미 그곳으로 옮겼습니다). 라이브러리 로그: ${FORM_WARNING(form)}`,
        ...(isDict(resolved.fsdp_config)
          ? {
              fix: {
                label: 'Set fsdp to True, options in fsdp_config',
                labelKo: 'fsdp를 True로, 옵션은 fsdp_config로',
                patch: { fsdp: true, fsdp_config: resolved.fsdp_config },
              },
            }
          : {}),
      });
    }
    if (fsdpVersionOf(fsdpConfig(resolved)) === 1) {
      findings.push({
        fields: ['fsdp_config'],
        message: `fsdp_config version 1 selects FSDP1, which is deprecated; FSDP2 (version 2) is the default. The library logs: ${FSDP1_WARNING}`,
        messageKo: `\`fsdp_config\`의 version 1은 deprecated된 FSDP1을 고릅니다. 기본값은 FSDP2(version 2)입니다. 라이브러리 로그: ${FSDP1_WARNING}`,
      });
    }
    return findings;
  },
});
