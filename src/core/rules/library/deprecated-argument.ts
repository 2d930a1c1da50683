import { isTruthy, type PyValue } from '../../py/py-value';
import type { Patch } from '../../registry/renames';
import { RETIRED_ARGUMENTS } from '../../registry/renames';
import { getField, isFieldName } from '../../registry/registry';
import { targetLabel } from '../../target/target';
import { defineRule, type Finding } from '../define-rule';
import { code, eun } from '../ko-text';
import { patchFix } from '../schema-format';

type Others = Readonly<Record<string, PyValue>>;

interface DeprecatedArgument {
  readonly name: string;
  /** The library's own condition for warning. */
  readonly warns: (value: PyValue) => boolean;
  /** What 4.56 does with the value. */
  readonly effect: string;
  readonly effectKo: string;
  /** What to write instead, in Korean (the English is the field's `deprecated` text). */
  readonly adviceKo: string;
  /** The same settings without the deprecated name; the v5 migration of renames.ts unless 4.x offers something closer. */
  readonly migrate?: (value: PyValue, others: Others) => Patch | null;
}

const isSet = (value: PyValue): boolean => value !== null;

/** Every deprecated 4.x argument that 4.56 still honours, with the condition under which it warns. */
const DEPRECATED: readonly DeprecatedArgument[] = [
  { name: 'no_cuda', warns: isTruthy, effect: 'copied into use_cpu', effectKo: '`use_cpu`로 복사됩니다', adviceKo: '대신 `use_cpu=True`를 쓰세요.' },
  {
    name: 'fp16_backend',
    warns: (value) => isTruthy(value) && value !== 'auto',
    effect: 'copied into half_precision_backend',
    effectKo: '`half_precision_backend`로 복사됩니다',
    adviceKo: '`half_precision_backend`를 쓰세요.',
    migrate: (value) => ({ fp16_backend: undefined, half_precision_backend: value }),
  },
  {
    name: 'adafactor',
    warns: isTruthy,
    effect: 'turned into optim="adafactor"',
    effectKo: '`optim="adafactor"`로 바뀝니다',
    adviceKo: '`optim="adafactor"`를 쓰세요.',
  },
  {
    name: 'torchdynamo',
    warns: isSet,
    effect: 'copied into torch_compile_backend',
    effectKo: '`torch_compile_backend`로 복사됩니다',
    adviceKo: '`torch_compile_backend`를 쓰세요.',
  },
  {
    name: 'push_to_hub_token',
    warns: isSet,
    effect: 'copied into hub_token',
    effectKo: '`hub_token`으로 복사됩니다',
    adviceKo: '`hub_token`을 쓰거나, 로그인하고 둘 다 비워 두세요.',
  },
  {
    name: 'push_to_hub_model_id',
    warns: isSet,
    effect: 'turned into hub_model_id (without an organization, by asking the Hub for your user name)',
    effectKo: '`hub_model_id`로 바뀝니다(조직이 없으면 Hub에 사용자 이름을 물어봅니다)',
    adviceKo: '전체 저장소 이름으로 `hub_model_id`를 쓰세요.',
  },
  {
    name: 'push_to_hub_organization',
    warns: isSet,
    effect: 'turned into hub_model_id',
    effectKo: '`hub_model_id`로 바뀝니다',
    adviceKo: '`hub_model_id="organization/name"`을 쓰세요.',
  },
  {
    name: 'include_inputs_for_metrics',
    warns: isTruthy,
    effect: 'turned into "inputs" in include_for_metrics',
    effectKo: '`include_for_metrics`의 `"inputs"`로 바뀝니다',
    adviceKo: '`include_for_metrics`에 `inputs`를 추가하세요.',
  },
  {
    name: 'tpu_metrics_debug',
    warns: isTruthy,
    effect: 'added to debug',
    effectKo: '`debug`에 추가됩니다',
    adviceKo: '대신 `debug`에 `tpu_metrics_debug`를 추가하세요.',
  },
  {
    name: 'fsdp_min_num_params',
    warns: (value) => typeof value === 'number' && value > 0,
    effect: 'merged into fsdp_config',
    effectKo: '`fsdp_config`로 합쳐집니다',
    adviceKo: '`fsdp_config` 안에 `min_num_params`를 설정하세요.',
  },
  {
    name: 'fsdp_transformer_layer_cls_to_wrap',
    warns: isSet,
    effect: 'appended to fsdp_config',
    effectKo: '`fsdp_config`에 추가됩니다',
    adviceKo: '`fsdp_config` 안에 `transformer_layer_cls_to_wrap`을 설정하세요.',
  },
  {
    name: 'use_ipex',
    warns: isTruthy,
    effect: 'still used, with a warning',
    effectKo: '경고와 함께 아직 쓰입니다',
    adviceKo: '지우세요. 최신 PyTorch에 CPU·XPU 최적화가 들어 있습니다.',
  },
  // Elsewhere than on an MPS machine the use-mps-device rule reports it as the error it is.
  {
    name: 'use_mps_device',
    warns: isTruthy,
    effect: 'only checked',
    effectKo: '검사만 합니다',
    adviceKo: '비워 두세요. MPS는 자동으로 쓰이고, `use_cpu=True`로 피할 수 있습니다.',
  },
  {
    name: 'per_gpu_train_batch_size',
    warns: isTruthy,
    effect: 'used instead of per_device_train_batch_size',
    effectKo: '`per_device_train_batch_size` 대신 쓰입니다',
    adviceKo: '뜻이 같은 `per_device_train_batch_size`를 쓰세요.',
  },
  {
    name: 'per_gpu_eval_batch_size',
    warns: isTruthy,
    effect: 'used instead of per_device_eval_batch_size',
    effectKo: '`per_device_eval_batch_size` 대신 쓰입니다',
    adviceKo: '뜻이 같은 `per_device_eval_batch_size`를 쓰세요.',
  },
];

/** Mirrors the FutureWarnings and deprecation logs of the 4.56 `__post_init__` (and of its batch-size properties). */
export const deprecatedArgument = defineRule({
  id: 'deprecated-argument',
  fields: DEPRECATED.map((d) => d.name),
  severity: 'warning',
  source: 'library',
  stage: 'config',
  versions: { until: '5.0' },
  description: 'Deprecated 4.x arguments (no_cuda, fp16_backend, adafactor, push_to_hub_*, …) still work in 4.56 with a warning, and v5 rejects them.',
  check: ({ input, hardware, target }) =>
    DEPRECATED.flatMap((entry): Finding[] => {
      const value = input.values[entry.name];
      if (value === undefined || !isFieldName(entry.name, target) || !entry.warns(value)) return [];
      if (entry.name === 'use_mps_device' && hardware !== 'mps') return [];
      const advice = getField(entry.name, target)?.deprecated ?? '';
      const patch = (entry.migrate ?? RETIRED_ARGUMENTS.find((r) => r.name === entry.name)?.migrate)?.(value, input.values) ?? null;
      return [
        {
          fields: [entry.name],
          message: `${entry.name} is deprecated: ${targetLabel(target)} still accepts it (it is ${entry.effect}) with a warning, and transformers 5.0 rejects it. ${advice}`,
          messageKo: `${eun(code(entry.name))} deprecated되었습니다. ${targetLabel(target)}은 경고와 함께 받아들이지만(${entry.effectKo}), transformers 5.0은 거부합니다. ${entry.adviceKo}`,
          ...(patch === null ? {} : { fix: patchFix(patch) }),
        },
      ];
    }),
});
