import { message } from '../../i18n/messages/message';
import { isTruthy, type PyValue } from '../../py/py-value';
import type { Patch } from '../../registry/renames';
import { RETIRED_ARGUMENTS } from '../../registry/renames';
import { isFieldName } from '../../registry/registry';
import type { Target } from '../../target/target';
import { defineRule, type Finding } from '../define-rule';
import { patchFix } from '../schema-format';

type Others = Readonly<Record<string, PyValue>>;

/** The deprecated 4.x arguments 4.56 still honours; each catalogue says what 4.56 does with each and what to write instead. */
export const DEPRECATED_NAMES = [
  'no_cuda',
  'fp16_backend',
  'adafactor',
  'torchdynamo',
  'push_to_hub_token',
  'push_to_hub_model_id',
  'push_to_hub_organization',
  'include_inputs_for_metrics',
  'tpu_metrics_debug',
  'fsdp_min_num_params',
  'fsdp_transformer_layer_cls_to_wrap',
  'use_ipex',
  'use_mps_device',
  'per_gpu_train_batch_size',
  'per_gpu_eval_batch_size',
] as const;

export type DeprecatedName = (typeof DEPRECATED_NAMES)[number];

interface DeprecatedArgument {
  readonly name: DeprecatedName;
  /** The library's own condition for warning. */
  readonly warns: (value: PyValue) => boolean;
  /** The same settings without the deprecated name; the v5 migration of renames.ts unless 4.x offers something closer. */
  readonly migrate?: (value: PyValue, others: Others) => Patch | null;
}

const isSet = (value: PyValue): boolean => value !== null;

/** Every deprecated 4.x argument that 4.56 still honours, with the condition under which it warns. */
const DEPRECATED: readonly DeprecatedArgument[] = [
  { name: 'no_cuda', warns: isTruthy },
  {
    name: 'fp16_backend',
    warns: (value) => isTruthy(value) && value !== 'auto',
    migrate: (value) => ({ fp16_backend: undefined, half_precision_backend: value }),
  },
  { name: 'adafactor', warns: isTruthy },
  { name: 'torchdynamo', warns: isSet },
  { name: 'push_to_hub_token', warns: isSet },
  { name: 'push_to_hub_model_id', warns: isSet },
  { name: 'push_to_hub_organization', warns: isSet },
  { name: 'include_inputs_for_metrics', warns: isTruthy },
  { name: 'tpu_metrics_debug', warns: isTruthy },
  { name: 'fsdp_min_num_params', warns: (value) => typeof value === 'number' && value > 0 },
  { name: 'fsdp_transformer_layer_cls_to_wrap', warns: isSet },
  { name: 'use_ipex', warns: isTruthy },
  // Elsewhere than on an MPS machine the use-mps-device rule reports it as the error it is.
  { name: 'use_mps_device', warns: isTruthy },
  { name: 'per_gpu_train_batch_size', warns: isTruthy },
  { name: 'per_gpu_eval_batch_size', warns: isTruthy },
];

/** Mirrors the FutureWarnings and deprecation logs of the 4.56 `__post_init__` (and of its batch-size properties). */
export const deprecatedArgument = defineRule({
  id: 'deprecated-argument',
  fields: DEPRECATED.map((d) => d.name),
  severity: 'warning',
  source: 'library',
  stage: 'config',
  versions: { until: '5.0' },
  messages: ['deprecated-argument'],
  description: 'Deprecated 4.x arguments (no_cuda, fp16_backend, adafactor, push_to_hub_*, …) still work in 4.56 with a warning, and v5 rejects them.',
  check: ({ input, hardware, target }) =>
    DEPRECATED.flatMap((entry): Finding<'deprecated-argument'>[] => {
      const value = input.values[entry.name];
      if (value === undefined || !isFieldName(entry.name, target) || !entry.warns(value)) return [];
      if (entry.name === 'use_mps_device' && hardware !== 'mps') return [];
      const patch = (entry.migrate ?? RETIRED_ARGUMENTS.find((r) => r.name === entry.name)?.migrate)?.(value, input.values) ?? null;
      return [
        { fields: [entry.name], text: message('deprecated-argument', { name: entry.name, target }), ...(patch === null ? {} : { fix: patchFix(patch) }) },
      ];
    }),
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    /** The English advice is the field's own `deprecated` text in the registry for `target`. */
    'deprecated-argument': { readonly name: DeprecatedName; readonly target: Target };
  }
}
