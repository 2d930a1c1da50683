import { message, type NoParams } from '../../i18n/messages/message';
import type { PyValue } from '../../py/py-value';
import { pickVersioned, type VersionRange } from '../../target/target';
import { defineRule } from '../define-rule';

interface Unhandled {
  readonly value: PyValue;
  readonly python: string;
  readonly typeName: string;
  /** What turns FSDP off in that release. */
  readonly off: string;
}

/**
 * The one `fsdp` value each 4.x release forgets to turn into a list before testing `"full_shard" in self.fsdp`:
 * 4.56 maps False to "" but not None; 4.57 maps None to [] but no longer handles False.
 */
const UNHANDLED: readonly (VersionRange & { readonly value: Unhandled })[] = [
  { until: '4.57', value: { value: null, python: 'None', typeName: 'NoneType', off: '""' } },
  { since: '4.57', until: '5.0', value: { value: false, python: 'False', typeName: 'bool', off: 'None' } },
];

/** Mirrors the 4.x `__post_init__`, which iterates over `fsdp` without turning every form into a list first. */
export const fsdpNone = defineRule({
  id: 'fsdp-none',
  fields: ['fsdp'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  messages: ['fsdp-none', 'fsdp-none.fix'],
  versions: { until: '5.0' },
  description: 'In 4.56 fsdp cannot be None, and in 4.57 it cannot be False; leave it unset to turn FSDP off.',
  check: ({ input, target }) => {
    const unhandled = pickVersioned(UNHANDLED, target);
    if (unhandled === undefined || input.values.fsdp !== unhandled.value || !Object.hasOwn(input.values, 'fsdp')) return null;
    const library = `TypeError: argument of type '${unhandled.typeName}' is not iterable`;
    return {
      text: message('fsdp-none', { unhandledPython: unhandled.python, unhandledOff: unhandled.off, library }),
      fix: { text: message('fsdp-none.fix', {}), patch: { fsdp: undefined } },
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'fsdp-none': { readonly unhandledPython: string; readonly unhandledOff: string; readonly library: string };
    'fsdp-none.fix': NoParams;
  }
}
