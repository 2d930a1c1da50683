import type { PyValue } from '../../py/py-value';
import { pickVersioned, type VersionRange } from '../../target/target';
import { defineRule } from '../define-rule';
import { libraryRaisesKo } from '../ko-text';

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
  versions: { until: '5.0' },
  description: 'In 4.56 fsdp cannot be None, and in 4.57 it cannot be False; leave it unset to turn FSDP off.',
  check: ({ input, target }) => {
    const unhandled = pickVersioned(UNHANDLED, target);
    if (unhandled === undefined || input.values.fsdp !== unhandled.value || !Object.hasOwn(input.values, 'fsdp')) return null;
    const library = `TypeError: argument of type '${unhandled.typeName}' is not iterable`;
    return {
      message: `fsdp=${unhandled.python} crashes this transformers release, which tests options inside it without turning it into a list. Leave fsdp unset, or give ${unhandled.off} to turn FSDP off. The library raises: ${library}`,
      messageKo: `이 transformers 릴리스는 \`fsdp\`를 리스트로 바꾸지 않은 채 옵션을 찾으므로 \`fsdp=${unhandled.python}\`이면 실패합니다. \`fsdp\`를 비워 두거나, FSDP를 끄려면 \`${unhandled.off}\`을 주세요. ${libraryRaisesKo(library)}`,
      fix: { label: 'Remove fsdp', labelKo: 'fsdp 제거', patch: { fsdp: undefined } },
    };
  },
});
