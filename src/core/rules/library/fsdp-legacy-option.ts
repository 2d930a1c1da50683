import type { PyValue } from '../../py/py-value';
import { message } from '../../i18n/messages/message';
import { pythonText } from '../../py/python-text';
import { fsdpVersionOf, legacyFsdpItems, translateLegacyFsdp } from '../../resolve/fsdp-v5-15';
import { defineRule } from '../define-rule';
import { fsdpConfig } from '../fsdp-values';

/**
 * Mirrors `_apply_legacy_fsdp_to_config` (5.15+): each item of a string or list `fsdp` is translated into
 * `fsdp_config`; the FSDP1-only strategies need `version: 1`, and anything else unknown raises.
 */
export const fsdpLegacyOption = defineRule({
  id: 'fsdp-legacy-option',
  fields: ['fsdp', 'fsdp_config'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  messages: ['fsdp-legacy-option', 'fsdp-legacy-option.2'],
  versions: { since: '5.15' },
  description:
    'Items of an fsdp string or list must be full_shard, shard_grad_op, offload or auto_wrap; hybrid_shard, hybrid_shard_zero2 and no_shard need fsdp_config version 1.',
  check: ({ input, resolved }) => {
    const items = legacyFsdpItems(input.values.fsdp ?? null);
    if (items.length === 0) return null;
    const config = fsdpConfig(resolved);
    // The version problem is fsdp-plugin-values' (the same int() fails there).
    if (fsdpVersionOf(config) === undefined) return null;
    const { problem } = translateLegacyFsdp(items, config);
    if (problem === undefined || problem.kind === 'version') return null;
    if (problem.kind === 'fsdp1-only') {
      const library = `\`fsdp=${problem.item}\` is only available with FSDP1. Set \`fsdp_config['version'] = 1\` to use it, but note that FSDP1 is deprecated and will be removed in Transformers v5.20.`;
      const lower = problem.item.toLowerCase();
      const isUpper = lower !== problem.item && (lower === 'full_shard' || lower === 'shard_grad_op');
      return {
        fields: ['fsdp'],
        text: message('fsdp-legacy-option', { isUpper, problemItem: problem.item, lower, library }),
      };
    }
    const shown = pythonText(problem.item);
    const library =
      typeof problem.item === 'string'
        ? `Unknown \`fsdp\` option: ${shown}`
        : `AttributeError: '${typeof problem.item === 'number' ? 'int' : 'object'}' object has no attribute 'upper'`;
    return {
      fields: ['fsdp'],
      text: message('fsdp-legacy-option.2', { problemItem: problem.item, library }),
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'fsdp-legacy-option': { readonly isUpper: boolean; readonly problemItem: string; readonly lower: string; readonly library: string };
    'fsdp-legacy-option.2': { readonly problemItem: PyValue; readonly library: string };
  }
}
