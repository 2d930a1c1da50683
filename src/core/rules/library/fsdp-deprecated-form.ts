import { isDict, isTruthy } from '../../py/py-value';
import { fsdpVersionOf } from '../../resolve/fsdp-v5-15';
import { message, type NoParams } from '../../i18n/messages/message';
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
  messages: ['fsdp-deprecated-form', 'fsdp-deprecated-form.fix', 'fsdp-deprecated-form.fsdp1'],
  description: 'From 5.15, fsdp given as a string or list, and fsdp_config version 1 (FSDP1), are deprecated.',
  check: ({ input, resolved }) => {
    const fsdp = input.values.fsdp ?? null;
    if (!isTruthy(fsdp)) return [];
    const findings: Finding<'fsdp-deprecated-form' | 'fsdp-deprecated-form.fix' | 'fsdp-deprecated-form.fsdp1'>[] = [];
    if (typeof fsdp === 'string' || Array.isArray(fsdp)) {
      const form = typeof fsdp === 'string' ? 'string' : 'list';
      findings.push({
        fields: ['fsdp'],
        text: message('fsdp-deprecated-form', { form, library: FORM_WARNING(form) }),
        ...(isDict(resolved.fsdp_config)
          ? { fix: { text: message('fsdp-deprecated-form.fix', {}), patch: { fsdp: true, fsdp_config: resolved.fsdp_config } } }
          : {}),
      });
    }
    if (fsdpVersionOf(fsdpConfig(resolved)) === 1) {
      findings.push({ fields: ['fsdp_config'], text: message('fsdp-deprecated-form.fsdp1', { library: FSDP1_WARNING }) });
    }
    return findings;
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    /** `form`: how fsdp was given; `library`: the library's log line. */
    'fsdp-deprecated-form': { readonly form: 'string' | 'list'; readonly library: string };
    'fsdp-deprecated-form.fix': NoParams;
    'fsdp-deprecated-form.fsdp1': { readonly library: string };
  }
}
