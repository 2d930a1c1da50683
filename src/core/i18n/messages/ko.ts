import type { DroppedOptimizer } from '../../rules/library/enum-value';
import type { KwargProblem } from '../../rules/trainer/scheduler-kwarg-type';
import type { MetricScheduler } from '../../rules/library/plateau-needs-eval';
import type { StepInterval } from '../../rules/app/negative-steps';
import type { FsdpConfigProblem } from '../../rules/library/fsdp-config-unused';
import type { OptimArgCast } from '../../rules/optim-args-spec';
import type { EnumWordParams } from '../../rules/enum-words';
import type { DeprecatedName } from '../../rules/library/deprecated-argument';
import type { SchemaTypeAdvice } from '../../rules/app/schema-type';
import type { UnknownItem } from '../../rules/app/schema-choice';
import type { ListOptionField } from '../../rules/app/schema-list-option';
import type { ClassFieldTypeParams } from '../../rules/trl/trl-field-type';
import type { AxolotlNote } from '../../import/import-result';
import { HARDWARE_LABELS_KO } from '../../hardware/hardware-profile';
import { pythonRepr, pythonText } from '../../py/python-text';
import type { RejectedFix } from '../../emit/emit-notes';
import type { ArgOwnerId } from '../../import/owner-label';
import { code, eul, eun, gwa, iga, libraryRaisesKo, ro, setToKo } from '../../rules/ko-text';
import { fieldIn } from '../../registry/registry';
import { boundsTextKo, expectedTextKo } from '../../rules/schema-expected';
import { describePatchKo, describeValue, describeValueKo, listChoicesKo, quote } from '../../rules/schema-format';
import { maskToken } from '../../secrets/token-scan';
import { isLine4x, targetLabel } from '../../target/target';
import { renderMessage, tableText, type MessageCatalogue } from './message';

// Loaded lazily by the web app (dynamic import), like ../ko.ts; Python names, values and the library's English
// error text stay as they are, in backticks.

/** What each metric-driven scheduler does with the metric (plateau-needs-eval). */
const METRIC_USE_KO: Readonly<Record<MetricScheduler, string>> = {
  reduce_lr_on_plateau: '평가 지표가 더 이상 좋아지지 않을 때 학습률을 낮추는데',
  greedy: '평가 지표를 보고 학습률을 올리거나 내리는데',
};

/** Why Python fails on a scheduler kwarg's value (scheduler-kwarg-type), given its repr. */
const KWARG_PROBLEM_KO: Readonly<Record<KwargProblem, (repr: string) => string>> = {
  'none-in-arithmetic': () => '`None`은 산술 연산에 쓸 수 없습니다(TypeError)',
  'float-unreadable': (repr) => `float()가 ${eul(code(repr))} 읽을 수 없습니다(ValueError/TypeError)`,
  'list-not-numbers': () => '리스트에는 숫자만 들어갈 수 있습니다',
  'compare-not-number': (repr) => `${eun(code(repr))} 숫자가 아니어서 비교 연산에서 TypeError가 납니다`,
  'arithmetic-not-number': (repr) => `${eun(code(repr))} 숫자가 아니어서 산술 연산에서 TypeError가 납니다`,
};

/** What replaces an optimizer a release dropped (schema-enum). */
const DROPPED_OPTIMIZER_KO: Readonly<Record<DroppedOptimizer, string>> = {
  adamw_hf: '예전 `"adamw_hf"` 옵티마이저는 제거되었고, `"adamw_torch"`가 그 대체입니다.',
  adamw_apex_fused: 'apex fused AdamW는 transformers 5.15에서 제거되었습니다. PyTorch 자체의 fused AdamW인 `"adamw_torch_fused"`를 쓰세요.',
};

/** What each step interval spaces out (negative-steps). */
const STEP_ACTIVITY_KO: Readonly<Record<StepInterval, string>> = { logging_steps: '로깅', eval_steps: '평가', save_steps: '저장' };

/** Why an fsdp_config setting does nothing as configured (fsdp-config-unused). */
const FSDP_CONFIG_PROBLEM_KO: Readonly<Record<FsdpConfigProblem, string>> = {
  'file-without-fsdp':
    '`fsdp_config`가 파일을 가리키지만 `fsdp`가 꺼져 있어서, 파일을 읽기만 하고 무시합니다. `fsdp`를 설정하거나(예: `"full_shard auto_wrap"`) `fsdp_config`를 지우세요.',
  'min-num-params-without-fsdp': '`fsdp_config.min_num_params`는 FSDP가 켜져 있을 때만 의미가 있는데, `fsdp`가 비어 있어 무시됩니다.',
  'layer-cls-without-fsdp': '`fsdp_config.transformer_layer_cls_to_wrap`은 FSDP가 켜져 있을 때만 의미가 있는데, `fsdp`가 비어 있어 무시됩니다.',
  'xla-without-fsdp': '`fsdp_config.xla`가 켜져 있지만 `fsdp`가 비어 있습니다. XLA FSDP는 `fsdp`를 설정해야만 동작합니다.',
  'xla-grad-ckpt-without-xla': '`fsdp_config.xla_fsdp_grad_ckpt`는 `fsdp_config.xla`가 true일 때만 효과가 있습니다.',
};

/** Where a setting the Trainer passes to the schedule itself belongs instead (scheduler-unknown-kwarg), by kwarg. */
const SET_ELSEWHERE_KO: Readonly<Record<string, string>> = {
  num_warmup_steps: '웜업은 대신 `warmup_steps`로 설정하세요.',
  num_training_steps: '전체 스텝 수는 대신 `num_train_epochs`나 `max_steps`로 정해집니다.',
  optimizer: 'Trainer가 자체 옵티마이저를 넘깁니다.',
};

/** What an optim_args item must be (optim-args-value), with the ending that completes "…의 값이 ___ 합니다". */
const OPTIM_ARG_EXPECTED_KO: Readonly<Record<OptimArgCast, string>> = {
  int: '정수여야',
  float: '숫자여야',
  strtobool: '`true` 또는 `false`여야',
  truthy: '텍스트여야',
  text: '텍스트여야',
};

/** An unknown word of a space-separated enum string (enum-words); `what` ends in a noun that takes 이. */
function unknownEnumWordKo(what: string, { field, word, suggestion, values, library }: EnumWordParams): string {
  return `${code(field)}: ${eun(code(`"${word}"`))} ${what}이 아닙니다.${suggestion ? ` 혹시 ${code(`"${suggestion}"`)}인가요?` : ''} 가능한 값: ${values.join(', ')}. ${libraryRaisesKo(library)}`;
}

/** What happened to each retired argument and what to do instead (unknown-argument.retired), by name; Python names in backticks. */
const RETIRED_ADVICE_KO: Readonly<Record<string, string>> = {
  evaluation_strategy: '4.41에서 `eval_strategy`로 이름이 바뀌었고, 예전 이름은 4.51부터 동작하지 않습니다. 값은 그대로입니다.',
  no_cuda: 'GPU가 있어도 CPU에서 학습하려면 `use_cpu=True`를 쓰세요.',
  per_gpu_train_batch_size: '뜻이 같은 `per_device_train_batch_size`를 쓰세요(4.x에서는 예전 이름이 우선했습니다).',
  per_gpu_eval_batch_size: '뜻이 같은 `per_device_eval_batch_size`를 쓰세요(4.x에서는 예전 이름이 우선했습니다).',
  group_by_length: '길이별 그룹핑은 이제 샘플링 전략 중 하나입니다. `train_sampling_strategy`를 `"group_by_length"`로 설정하세요.',
  overwrite_output_dir:
    'Trainer는 이 값을 읽은 적이 없고, 예제 스크립트만 학습을 이어서 할지 정하는 데 썼습니다. v5에서는 체크포인트가 그냥 `output_dir`에 저장되니, 학습을 이어서 하려면 `resume_from_checkpoint`를 넘기세요.',
  save_safetensors: 'v5에서는 체크포인트가 항상 safetensors로 저장되며, PyTorch .bin 파일로 저장하는 방법은 더 이상 없습니다.',
  push_to_hub_model_id: '`hub_model_id`를 쓰세요. `"organization/name"` 형식으로, 내 네임스페이스라면 `"name"`만 써도 됩니다.',
  push_to_hub_organization: '대신 조직 이름을 `hub_model_id`에 넣으세요: `"organization/name"`.',
  push_to_hub_token: '`hub_token`을 쓰세요(또는 `hf auth login`으로 로그인하고 비워 두세요).',
  fp16_backend: 'v5에서 혼합 정밀도는 항상 torch.amp를 씁니다(NVIDIA apex 지원은 없어졌습니다). `fp16=True`나 `bf16=True`만 설정하면 됩니다.',
  half_precision_backend: 'v5에서 혼합 정밀도는 항상 torch.amp를 씁니다(NVIDIA apex 지원은 없어졌습니다). `fp16=True`나 `bf16=True`만 설정하면 됩니다.',
  fp16_opt_level: 'v5가 더 이상 지원하지 않는 NVIDIA apex 설정이었습니다. torch.amp에는 최적화 레벨이 없습니다.',
  include_inputs_for_metrics: '대신 `include_for_metrics` 리스트에 `"inputs"`를 추가하세요.',
  fsdp_min_num_params: '대신 `fsdp_config` 안에 `"min_num_params"`를 설정하세요.',
  fsdp_transformer_layer_cls_to_wrap: '대신 `fsdp_config` 안에 `"transformer_layer_cls_to_wrap"`을 설정하세요.',
  adafactor: '`optim="adafactor"`로 옵티마이저를 고르세요.',
  torchdynamo: '`torch_compile_backend`를 쓰세요(설정하면 `torch_compile`도 켜집니다).',
  include_tokens_per_second: 'v5에서는 토큰 처리량을 `include_num_input_tokens_seen`(`"all"` 또는 `"non_padding"`)으로 추적합니다.',
  dispatch_batches: '대신 `accelerator_config` 안에 `"dispatch_batches"`를 설정하세요.',
  split_batches: '대신 `accelerator_config` 안에 `"split_batches"`를 설정하세요.',
  tp_size: '텐서 병렬화는 Python에서 만든 accelerate `ParallelismConfig`를 `parallelism_config`로 넘기거나, 모델의 `tp_plan`으로 설정합니다.',
  use_mps_device: 'Apple Silicon GPU(MPS)는 있으면 자동으로 쓰입니다. 쓰지 않으려면 `use_cpu=True`로 설정하세요.',
  jit_mode_eval: '평가용 TorchScript tracing은 없어졌습니다. 이제 추론 속도를 높이려면 `torch_compile`을 쓰세요.',
  use_ipex: 'Intel Extension for PyTorch 지원은 없어졌습니다. 그 CPU·XPU 최적화는 이제 PyTorch 자체에 들어 있습니다.',
  tpu_num_cores: '코어 수는 TPU 런처가 정하며, 더 이상 TrainingArguments 설정이 아닙니다.',
  tpu_metrics_debug: '대신 `debug`에 `"tpu_metrics_debug"`를 추가하세요.',
  past_index: 'Trainer는 더 이상 과거 hidden state(mems)를 모델에 다시 넣지 않으며, 이 설정을 대신할 것은 없습니다.',
  use_legacy_prediction_loop: '예전 prediction loop는 없어졌고, 평가와 예측은 항상 현재 loop를 씁니다.',
  mp_parameters: 'SageMaker model-parallel 지원이 없어지면서 이 파라미터들도 함께 없어졌습니다.',
  ray_scope: '더 이상 TrainingArguments 설정이 아닙니다. `hyperparameter_search`를 호출할 때 Ray Tune에서 체크포인트 선택 방식을 설정하세요.',
  sharded_ddp: 'FairScale sharded DDP 지원은 없어졌습니다. 대신 PyTorch FSDP(`fsdp="full_shard"` 또는 `"shard_grad_op"`)나 DeepSpeed ZeRO를 쓰세요.',
};

/** What 4.56 does with each deprecated argument it still honours (deprecated-argument). */
const DEPRECATED_EFFECT_KO: Readonly<Record<DeprecatedName, string>> = {
  no_cuda: '`use_cpu`로 복사됩니다',
  fp16_backend: '`half_precision_backend`로 복사됩니다',
  adafactor: '`optim="adafactor"`로 바뀝니다',
  torchdynamo: '`torch_compile_backend`로 복사됩니다',
  push_to_hub_token: '`hub_token`으로 복사됩니다',
  push_to_hub_model_id: '`hub_model_id`로 바뀝니다(조직이 없으면 Hub에 사용자 이름을 물어봅니다)',
  push_to_hub_organization: '`hub_model_id`로 바뀝니다',
  include_inputs_for_metrics: '`include_for_metrics`의 `"inputs"`로 바뀝니다',
  tpu_metrics_debug: '`debug`에 추가됩니다',
  fsdp_min_num_params: '`fsdp_config`로 합쳐집니다',
  fsdp_transformer_layer_cls_to_wrap: '`fsdp_config`에 추가됩니다',
  use_ipex: '경고와 함께 아직 쓰입니다',
  use_mps_device: '검사만 합니다',
  per_gpu_train_batch_size: '`per_device_train_batch_size` 대신 쓰입니다',
  per_gpu_eval_batch_size: '`per_device_eval_batch_size` 대신 쓰입니다',
};

/** What to write instead of each deprecated argument (deprecated-argument). */
const DEPRECATED_ADVICE_KO: Readonly<Record<DeprecatedName, string>> = {
  no_cuda: '대신 `use_cpu=True`를 쓰세요.',
  fp16_backend: '`half_precision_backend`를 쓰세요.',
  adafactor: '`optim="adafactor"`를 쓰세요.',
  torchdynamo: '`torch_compile_backend`를 쓰세요.',
  push_to_hub_token: '`hub_token`을 쓰거나, 로그인하고 둘 다 비워 두세요.',
  push_to_hub_model_id: '전체 저장소 이름으로 `hub_model_id`를 쓰세요.',
  push_to_hub_organization: '`hub_model_id="organization/name"`을 쓰세요.',
  include_inputs_for_metrics: '`include_for_metrics`에 `inputs`를 추가하세요.',
  tpu_metrics_debug: '대신 `debug`에 `tpu_metrics_debug`를 추가하세요.',
  fsdp_min_num_params: '`fsdp_config` 안에 `min_num_params`를 설정하세요.',
  fsdp_transformer_layer_cls_to_wrap: '`fsdp_config` 안에 `transformer_layer_cls_to_wrap`을 설정하세요.',
  use_ipex: '지우세요. 최신 PyTorch에 CPU·XPU 최적화가 들어 있습니다.',
  use_mps_device: '비워 두세요. MPS는 자동으로 쓰이고, `use_cpu=True`로 피할 수 있습니다.',
  per_gpu_train_batch_size: '뜻이 같은 `per_device_train_batch_size`를 쓰세요.',
  per_gpu_eval_batch_size: '뜻이 같은 `per_device_eval_batch_size`를 쓰세요.',
};

/** What to write instead of a value of the wrong type (schema-type). */
function SCHEMA_TYPE_ADVICE_KO(advice: SchemaTypeAdvice): string {
  switch (advice.kind) {
    case 'drop-decimal':
      return `소수점 없이 ${code(String(advice.value))}처럼 쓰세요.`;
    case 'tokens-seen-bool':
      return `토큰 세기 모드는 4.57에서 추가되었고, 여기서는 불리언입니다. ${advice.on ? `${code('True')}는 패딩을 포함해 모든 토큰을 셉니다.` : `${code('False')}는 세기를 끕니다.`}`;
    case 'bool-not-number':
      return `숫자 대신 ${code('true')} 또는 ${code('false')}를 쓰세요.`;
    case 'quote-number':
      return '텍스트로 전달되도록 값을 따옴표로 감싸세요.';
    case 'unquote':
      return `따옴표를 빼고 ${code(`"${advice.text}"`)} 대신 ${code(String(advice.value))}처럼 쓰세요.`;
    case 'bool-unquote':
      return `따옴표 없이 ${code('true')} 또는 ${code('false')}를 쓰세요. Python은 비어 있지 않은 텍스트를 "false"라도 참으로 취급합니다.`;
    case 'list-single':
      return '이름이 하나뿐이어도 리스트로 주세요.';
    case 'python-only':
      return 'Python 코드에서 만들고 여기서는 비워 두세요.';
    case 'whole-example':
      return `${code(advice.example)} 같은 정수를 입력하세요.`;
    case 'number-example':
      return `${code(advice.example)} 같은 숫자를 입력하세요.`;
    case 'pick-choice':
      return '목록에 있는 값 중 하나를 고르세요.';
    case 'bool-choose':
      return `${code('true')} 또는 ${code('false')} 중에서 고르세요.`;
    case 'dict-example':
      return `${code('{"key": 1}')} 같은 JSON 객체를 입력하세요.`;
    case 'list-example':
      return `${code('["a", "b"]')} 같은 문자열 리스트를 입력하세요.`;
    case 'text':
      return '따옴표로 감싼 텍스트로 입력하세요.';
  }
}

/** What an unknown name leads to, since the library accepts it silently (schema-choice), by field. */
const CHOICE_CONSEQUENCE_KO: Readonly<Record<string, string>> = {
  log_level: 'Trainer가 로그 레벨을 설정할 때 이 이름을 찾다가 KeyError로 실패합니다.',
  log_level_replica: 'Trainer가 로그 레벨을 설정할 때 이 이름을 찾다가 KeyError로 실패합니다.',
  ddp_backend: 'torch.distributed는 모르는 백엔드로 프로세스 그룹을 시작할 수 없으므로, 멀티 프로세스 실행이 시작 단계에서 실패합니다.',
  train_sampling_strategy: '모르는 이름이어도 거부되지 않고, Trainer는 조용히 무작위 샘플링을 대신 씁니다.',
  dataloader_multiprocessing_context: 'torch의 DataLoader는 fork, spawn, forkserver만 받으므로, Trainer가 DataLoader를 만들 때 오류를 냅니다.',
  include_num_input_tokens_seen: '모르는 모드여도 거부되지 않고, Trainer는 조용히 다른 모드로 토큰을 셉니다.',
  include_for_metrics: 'Trainer는 이 이름들만 찾으므로 나머지는 조용히 무시됩니다.',
  half_precision_backend: '명령줄 파서라면 거부하겠지만 Python에서는 아무도 검사하지 않고, Trainer는 조용히 torch.amp를 씁니다.',
  fp16_backend: '이 값은 `half_precision_backend`로 복사되는데 거기서도 검사하지 않고, Trainer는 조용히 torch.amp를 씁니다.',
};
/** What an unknown tracker name leads to (schema-choice). */
const REPORT_TO_CONSEQUENCE_KO = 'Trainer가 트래커를 설정할 때 ValueError("… is not supported")를 냅니다.';

/** One option of each list field, a noun that takes 이 (schema-list-option). */
const LIST_OPTION_KO: Readonly<Record<ListOptionField, string>> = { fsdp: 'FSDP 옵션', debug: 'debug 옵션' };

/** "foo"(혹시 "bar"인가요?), "baz" */
function unknownItemsKo(unknown: readonly UnknownItem[]): string {
  return unknown.map(({ item, suggestion }) => (suggestion ? `${code(quote(item))}(혹시 ${code(quote(suggestion))}인가요?)` : code(quote(item)))).join(', ');
}

/** What a config class's field annotation declares, by kind (trl-field-type). */
const CLASS_FIELD_KIND_KO: Readonly<Record<string, string>> = {
  int: '정수',
  float: '숫자',
  bool: 'true 또는 false',
  string: '텍스트',
  enum: '목록의 이름 중 하나',
  dict: 'JSON 객체',
  list: '리스트',
  'number-list': '숫자 리스트',
};

/** A config class's field holding a value of the wrong kind (trl-field-type, class-field-type). */
function classFieldTypeKo({ field, className, kind, nullable, pyType, value, written, meant }: ClassFieldTypeParams): string {
  const want = `${CLASS_FIELD_KIND_KO[kind] ?? '값'}${nullable ? ' 또는 None' : ''}`;
  return `${code(field)}에는 ${want}(${code(pyType)})만 쓸 수 있는데 입력값이 ${describeValueKo(value, written)}입니다. ${className}는 값을 그대로 두고 트레이너가 나중에 실패합니다. ${meant === null ? '맞는 종류의 값을 넣거나 기본값으로 되돌리세요.' : `대신 ${code(describeValue(meant))}로 쓰세요.`}`;
}

/** What each config-class `__post_init__` step was doing when Python's own arithmetic failed in it (config-class.python-error), ending in -다가, by step id. */
const POST_INIT_STEP_KO: Readonly<Record<string, string>> = {
  'trl-bf16-default': '`bf16`을 비워 두면 `fp16`이 꺼져 있을 때 `bf16`을 켜다가',
  'trl-deprecated-pad-token': '`pad_token` 사용 중단 경고를 내다가',
  'trl-deprecated-keep-end': '`truncation_mode="keep_end"` 사용 중단 경고를 내다가',
  'trl-renamed-bfd-requeue': '`packing_strategy` "bfd-requeue"를 "bfd_split"로 바꾸다가',
  'sft-loss-type-default': '손실을 비워 두면 `chunked_nll`(또는 Liger와 함께 `nll`)을 고르다가',
  'dpo-loss-type-list': '`loss_type` 이름 하나를 리스트로 감싸다가',
  'dpo-loss-weights': '`loss_weights`가 `loss_type`마다 가중치 하나씩인지 확인하다가',
  'trl-deprecated-transformers-paged': '`use_transformers_paged`를 `use_transformers_continuous_batching`으로 옮기다가',
  'trl-sequence-parallelism': '`parallelism_config`가 시퀀스를 나누지 않는지 확인하다가',
  'grpo-scale-rewards': '`scale_rewards` true/false를 "group"/"none"으로 바꾸다가',
  'grpo-hub-repo-needs-log-completions': '`log_completions_hub_repo`와 `log_completions`를 함께 썼는지 확인하다가',
  'trl-auto-find-batch-size': '`auto_find_batch_size`를 거부하다가',
  'trl-generation-batch': '`generation_batch_size`와 `steps_per_generation`을 서로에게서 계산하다가',
  'trl-eval-batch-generations': '전역 평가 배치가 생성 묶음으로 나누어떨어지는지 확인하다가',
  'trl-generation-groups': '`generation_batch_size`가 `num_generations`의 배수인지 확인하다가',
  'trl-min-generations': '`num_generations`가 2 이상인지 확인하다가',
  'grpo-deprecated-importance-sampling-cap': '`vllm_importance_sampling_cap`을 `vllm_importance_sampling_clip_max`로 옮기다가',
  'grpo-importance-sampling-bounds': '중요도 샘플링 하한이 상한보다 작은지 확인하다가',
  'grpo-truncate-needs-bound': '`*_truncate` 중요도 샘플링 모드에 경계가 있는지 확인하다가',
  'distillation-beta-range': '`beta`가 [0, 1] 안에 있는지 확인하다가',
};

/** What axolotl does itself with a name TrainingArguments would otherwise read (import.axolotl). */
const AXOLOTL_NOTE_KO: Readonly<Record<AxolotlNote, string>> = {
  'bf16-auto':
    'axolotl은 bf16: auto를 "GPU가 지원하면 bf16"(Ampere 이상)으로 읽고, 지원하지 않으면 bf16을 끄고 fp16이 비어 있으면 fp16을 켭니다. TrainingArguments는 true/false만 받으니, 폼에서 bf16(또는 fp16)을 실제 GPU에 맞게 설정하세요.',
  'tf32-auto':
    'axolotl은 tf32: auto를 "GPU가 지원하면 TF32 행렬곱"(Ampere 이상)으로 읽습니다. TrainingArguments는 true, false, 빈 값만 받으니 고정하려면 폼에서 tf32를 설정하세요.',
  'fp16-auto':
    'fp16: auto는 axolotl 값으로 두었지만, axolotl 스키마도 fp16에는 true, false, 빈 값만 받습니다(auto는 bf16과 tf32만). axolotl이 고르게 하려면 bf16: auto를 쓰고, 아니면 fp16을 true나 false로 설정하세요.',
  'warmup-ratio':
    'axolotl은 warmup_ratio를 직접 읽어 Trainer에 warmup_steps = int(warmup_ratio × 전체 스텝)으로 넘깁니다. 그래서 TrainingArguments에 warmup_ratio가 없는 5.15 이상을 포함해 모든 transformers 버전에서 동작합니다.',
};

/** The Korean texts of every message code. */
/** Who reads an argument that is not the config class's (import.owner); tool names stay as their projects write them. */
const OWNER_LABEL_KO: Readonly<Record<ArgOwnerId, string>> = {
  'hf-script': '예제 스크립트(ModelArguments / DataTrainingArguments)',
  'trl-script': 'TRL 스크립트(ScriptArguments / ModelConfig)',
  'alignment-handbook': 'alignment-handbook 레시피',
  llamafactory: 'LLaMA-Factory',
  axolotl: 'axolotl',
  launcher: '런처(torchrun / accelerate / deepspeed)',
};

/** How to fix an fsdp_config value the library rejects (emit.accelerate.rejected), ending in 로 before "고친 뒤". */
function rejectedFixKo(fix: RejectedFix): string {
  if (fix.kind === 'version') return '1이나 2로';
  return fix.kind === 'one-of' ? `${fix.choices.join(', ')} 중 하나로` : 'true나 false로';
}

export const KO_MESSAGES: MessageCatalogue = {
  language: 'ko',
  texts: {
    // shared fix labels (schema-format)
    'fix.reset': ({ field, defaultValue }) => `${field} 기본값(${pythonText(defaultValue)})으로 되돌리기`,
    'fix.patch': ({ patch }) => describePatchKo(patch),
    // app/best-model-never-evaluated
    'best-model-never-evaluated': () =>
      '`save_strategy="best"`는 평가에서 지표가 좋아졌을 때만 체크포인트를 저장하는데, `eval_strategy="no"`이면 평가를 한 번도 하지 않으므로 학습 중에는 체크포인트가 저장되지 않습니다. `eval_strategy`를 `"steps"`나 `"epoch"`로 설정하세요.',
    'best-model-never-evaluated.2': () =>
      '`load_best_model_at_end`가 고를 대상이 없습니다. `eval_strategy="no"`이면 평가도 최고 체크포인트도 없으므로 학습은 마지막 가중치로 그냥 끝납니다. `eval_strategy`와 `save_strategy`를 같은 `"steps"`나 `"epoch"`로 맞추거나, `load_best_model_at_end`를 끄세요.',
    // app/bf16-emulated
    'bf16-emulated': ({ byClass, configClass }) =>
      `${byClass ? `${configClass}는 \`bf16\`을 비워 두면 켭니다. ` : ''}Ampere 이전 GPU에서 \`bf16\`은 에뮬레이션으로만 동작해 \`fp16\`보다 훨씬 느립니다. V100/T4급 GPU에서는 \`bf16\`을 끄고 \`fp16=True\`를 쓰세요.`,
    'bf16-emulated.fix': () => 'bf16 대신 fp16 사용',
    // app/max-steps-zero
    'max-steps-zero': () =>
      '`max_steps`가 0이라고 "제한 없음"이 되지는 않습니다. 제한 없음은 기본값인 -1입니다. 0이면 Trainer는 업데이트를 0번으로 계획하고, 첫 업데이트 직후 멈추며 `num_train_epochs`를 무시합니다. `num_train_epochs`만큼 학습하려면 `max_steps`를 지우고, 아니면 원하는 업데이트 횟수를 주세요.',
    // app/pin-memory-without-accelerator
    'pin-memory-without-accelerator': () =>
      '`dataloader_pin_memory`가 켜져 있지만, CPU 전용 머신에는 pinned 배치를 복사해 갈 장치가 없어 torch가 경고를 내고 무시합니다. 끄거나 `use_cpu=True`로 설정하세요(그러면 자동으로 꺼집니다).',
    'pin-memory-without-accelerator.fix': () => 'dataloader_pin_memory 끄기',
    // app/save-steps-zero-never-saves
    'save-steps-zero-never-saves': () =>
      '`save_steps`가 0이면 주기적 저장이 한 번도 일어나지 않습니다. 학습이 끝날 때 강제로 저장되는 체크포인트 하나뿐이라, 도중에 죽으면 전부 잃습니다. 스텝 간격이나 0.1 같은 학습 비율을 주세요. 체크포인트가 필요 없다면 `save_strategy="no"`로 설정하세요.',
    // app/token-in-arguments
    'token-in-arguments': ({ name, envVar, rotateUrl }) =>
      `\`${name}\`에 토큰이 들어 있습니다. 이 도구는 토큰을 절대 그대로 쓰지 않습니다: Python 코드는 os.environ["${envVar}"]를 읽고, 플래그·JSON·YAML에서는 빠지므로 Hub 클라이언트가 ${envVar}(또는 \`hf auth login\`)를 직접 읽으며, 공유 링크와 저장된 작업에도 담기지 않습니다. 스크립트를 실행하는 곳에 ${envVar}를 설정하세요. 웹 페이지에 붙여 넣은 토큰은 유출되었을 수 있으니 ${rotateUrl}에서 교체하세요.`,
    'token-in-arguments.fix': ({ name, envVar }) => `${name} 제거(${envVar} 사용)`,
    'token-in-arguments.2': ({ name, token, rotateUrl }) =>
      `\`${name}\`에 Hugging Face 토큰으로 보이는 값(${maskToken(token)})이 있고, 코드에 그대로 쓰이게 됩니다. 값을 지우고 ${rotateUrl}에서 토큰을 교체하세요. 웹 페이지에 붙여 넣은 토큰은 유출되었을 수 있습니다.`,
    'token-in-arguments.fix2': ({ name }) => `${name} 제거`,
    // app/warmup-ignored-by-constant
    'warmup-ignored-by-constant': ({ field }) =>
      `\`"constant"\` 스케줄은 처음부터 최대 학습률로 시작하고 ${eul(code(field))} 무시합니다. 웜업 후 학습률을 유지하려면 \`lr_scheduler_type="constant_with_warmup"\`을 쓰고, 아니면 웜업을 빼세요.`,
    // app/warmup-ignored-by-plateau
    'warmup-ignored-by-plateau': ({ field }) =>
      `\`reduce_lr_on_plateau\`에는 웜업 단계가 없습니다. 처음부터 최대 학습률로 시작하고 평가 결과가 더 이상 좋아지지 않을 때만 학습률을 낮추므로, \`${field}\`에는 아무 효과가 없습니다.`,
    // library/apex-backend
    'apex-backend.fix': ({ field }) => `${field}를 "auto"로 설정`,
    'apex-backend': ({ field, bf16 }) =>
      `${code(`${field}="apex"`)}로는 bf16으로 학습할 수 없습니다. apex는 float16만 지원합니다. bf16을 지원하는 \`"auto"\`(torch.amp)를 쓰세요. ${libraryRaisesKo(bf16.trim())}`,
    'apex-backend.2': ({ field, notInstalled }) =>
      `${code(`${field}="apex"`)}에는 NVIDIA apex가 필요한데, 지원하는 머신 프로필에는 설치되어 있지 않습니다(관리가 끊겼고, 최신 릴리스에는 amp 모듈이 없습니다). \`"auto"\`를 쓰세요. torch.amp로 같은 혼합 정밀도를 얻습니다. ${libraryRaisesKo(notInstalled)}`,
    // library/best-model-save-multiple
    'best-model-save-multiple': ({ s, e, library }) =>
      `\`save_steps\`(${s})와 \`eval_steps\`(${e}) 중 하나는 비율이고 하나는 스텝 수라서, 평가할 때마다 체크포인트가 있다고 보장할 수 없습니다. 둘 다 스텝 수로 쓰거나 둘 다 비율로 쓰세요. ${libraryRaisesKo(library)}`,
    'best-model-save-multiple.2': ({ s, e, library }) =>
      `\`save_steps\`(${s})가 \`eval_steps\`(${e})의 배수가 아니어서, 일부 평가 시점에는 불러올 체크포인트가 없습니다. \`save_steps\`를 \`eval_steps\`의 배수로 맞추세요(예: ${e}). ${libraryRaisesKo(library)}`,
    'best-model-save-multiple.fix': ({ e }) => setToKo('save_steps', e),
    'best-model-save-multiple.3': ({ s, e, multiple, library }) =>
      `\`save_steps\`(${s})가 \`eval_steps\`(${e})의 정확한 배수가 아니어서, 일부 평가 시점에는 불러올 체크포인트가 없습니다. ${multiple} 같은 배수를 쓰세요. ${libraryRaisesKo(library)}`,
    'best-model-save-multiple.fix2': ({ multiple }) => setToKo('save_steps', String(multiple)),
    // library/best-model-strategies-match
    'best-model-strategies-match': ({ evalStrategy, saveStrategy, library }) =>
      `\`load_best_model_at_end\`는 평가할 때마다 체크포인트가 있어야 하는데, \`eval_strategy\`는 \`"${String(evalStrategy)}"\`, \`save_strategy\`는 \`"${String(saveStrategy)}"\`입니다. 두 값을 같게 맞추세요(또는 \`save_strategy\`를 \`"best"\`로 설정). ${libraryRaisesKo(library)}`,
    'best-model-strategies-match.fix': ({ field, value }) => setToKo(field, `"${String(value)}"`),
    // library/bf16-hardware
    'bf16-hardware': ({ configClass, hardware, library }) =>
      `${configClass}는 \`bf16\`을 비워 두면 켭니다(bf16 = not fp16). 그런데 대상 머신(${HARDWARE_LABELS_KO[hardware]})에는 bf16을 지원하는 가속기가 없습니다. \`bf16=False\`로 설정하거나(지원하는 GPU라면 \`fp16=True\`도), CPU에서 학습하려면 \`use_cpu=True\`로 설정하세요. ${libraryRaisesKo(library)}`,
    'bf16-hardware.fix': () => 'bf16을 False로 설정',
    'bf16-hardware.2': ({ field, hardware, library }) =>
      `${iga(code(field))} 켜져 있지만 대상 머신(${HARDWARE_LABELS_KO[hardware]})에는 bf16을 지원하는 가속기가 없습니다. CPU에서 bf16으로 학습하려면 \`use_cpu=True\`로 설정하고, 아니면 ${eul(code(field))} 끄세요. ${libraryRaisesKo(library)}`,
    'bf16-hardware.fix2': () => 'use_cpu를 True로 설정',
    // library/compile-without-ampere
    'compile-without-ampere': () =>
      '`torch_compile`이 켜져 있지만 속도 향상은 대부분 Ampere 이상 GPU에서 나옵니다. 이 하드웨어에서는 컴파일은 오래 걸리고 얻는 이득은 작습니다. 라이브러리 경고: The speedups for torchdynamo mostly come with GPU Ampere or higher and which is not detected here.',
    // library/ddp-backend-without-launcher
    'ddp-backend-without-launcher': ({ backend, library }) =>
      `\`ddp_backend\`가 ${code(JSON.stringify(backend))}로 설정되어 있지만 단일 프로세스 실행입니다. torchrun이나 accelerate launch 없이 실행하면 프로세스 그룹이 없어서 인자를 만드는 단계에서 실패합니다. 프로세스가 하나라면 \`ddp_backend\`를 비워 두고, 아니면 torchrun / accelerate launch로 실행하세요(실행 설정에서 장치를 둘 이상으로). ${libraryRaisesKo(library)}`,
    'ddp-backend-without-launcher.fix': () => 'ddp_backend 설정 해제',
    // library/deprecated-logging-dir
    'deprecated-logging-dir': () =>
      '`logging_dir`는 deprecated되어 v5에서는 아무 효과가 없습니다(5.15에서 제거). TensorBoard가 로그를 쓸 위치는 환경 변수 `TENSORBOARD_LOGGING_DIR`로 지정하세요.',
    'deprecated-logging-dir.fix': () => 'logging_dir 제거',
    // library/deprecated-warmup-ratio
    'deprecated-warmup-ratio': ({ ratio, overridden, warmup_steps }) =>
      `\`warmup_ratio\`는 deprecated되었습니다(transformers 5.15에서 제거). v5에서는 1보다 작은 \`warmup_steps\`가 이미 전체 스텝에 대한 비율이므로, 대신 \`warmup_steps=${String(ratio)}\`로 쓰세요.` +
      (overridden ? ` 참고: 지금은 \`warmup_ratio\`가 직접 설정한 \`warmup_steps\`(${String(warmup_steps)})를 덮어씁니다.` : ''),
    'deprecated-warmup-ratio.fix': ({ ratio }) => `${String(ratio)} 값을 warmup_steps로 옮기기`,
    // library/dict-json-string
    'schema-dict-json': ({ field, error, line, column }) =>
      `${iga(code(field))} 올바른 JSON이 아닙니다(${line}행 ${column}열: ${error}). 키와 문자열은 큰따옴표로 감싸고, True/False/None 대신 true/false/null을 쓰세요. 라이브러리는 json.JSONDecodeError를 냅니다.`,
    // library/eval-steps-required
    'eval-steps-required': ({ logging_steps, library }) =>
      `\`eval_strategy\`가 \`"steps"\`인데 \`eval_steps\`가 설정되지 않았고 \`logging_steps\`(${String(logging_steps)})도 양수가 아니어서 평가 간격을 정할 수 없습니다. \`eval_steps\`를 설정하세요(예: 500, 또는 학습의 10 %마다 평가하려면 0.1). ${libraryRaisesKo(library)}`,
    'eval-steps-required.fix': () => 'eval_steps를 500으로 설정',
    // library/fp16-bf16-exclusive
    // Both names end on 육 (16), so the particles are fixed.
    'fp16-bf16-exclusive': ({ keep, drop }) =>
      `\`fp16\`과 \`bf16\`이 둘 다 켜져 있지만 학습에는 하나만 쓸 수 있습니다. 이 하드웨어에서 더 나은 \`${keep}\`을 남기고 \`${drop}\`을 끄세요. ${libraryRaisesKo('At most one of fp16 and bf16 can be True, but not both')}`,
    'fp16-bf16-exclusive.fix': ({ drop }) => `${drop} 끄기`,
    // library/fsdp-gradient-checkpointing
    'fsdp-gradient-checkpointing': () =>
      'FSDP에서 `gradient_checkpointing`을 쓰면 backward pass에 불필요한 all-gather가 추가됩니다. `fsdp_config`에 `"activation_checkpointing": true`를 쓰고 `gradient_checkpointing`은 끄세요(둘 다 켜면 Trainer에서 실패합니다). 라이브러리 로그: When using FSDP, prefer `activation_checkpointing` in `fsdp_config` over `gradient_checkpointing`; the latter introduces a redundant AllGather in the backward pass.',
    'fsdp-gradient-checkpointing.2': () =>
      'FSDP full sharding에서 `gradient_checkpointing`을 쓰면 backward pass에 불필요한 all-gather가 추가됩니다. `fsdp_config`에 `"activation_checkpointing": true`를 쓰고 `gradient_checkpointing`은 끄세요(둘 다 켜면 Trainer에서 실패합니다).',
    // library/fsdp-legacy-option
    'fsdp-legacy-option': ({ isUpper, problemItem, lower, library }) =>
      isUpper
        ? `\`fsdp\` 옵션 ${code(`"${problemItem}"`)}는 소문자(${code(`"${lower}"`)})로 써야 합니다. 대문자로 쓰면 FSDP2가 알아보지 못합니다. ${libraryRaisesKo(library)}`
        : `\`fsdp\` 옵션 ${code(`"${problemItem}"`)}는 FSDP1 샤딩 전략인데, 5.15부터는 FSDP2가 기본입니다. \`"full_shard"\`나 \`"shard_grad_op"\`를 쓰거나, \`fsdp_config\`의 version을 1로 설정하세요(deprecated). ${libraryRaisesKo(library)}`,
    'fsdp-legacy-option.2': ({ problemItem, library }) =>
      `\`fsdp\` 옵션 ${code(JSON.stringify(problemItem))}는 라이브러리가 모르는 값입니다. full_shard, shard_grad_op, offload, auto_wrap 중에서 쓰세요(더 좋은 방법: \`fsdp=True\`로 두고 설정은 \`fsdp_config\`에). ${libraryRaisesKo(library)}`,
    // library/fsdp-none
    'fsdp-none': ({ unhandledPython, unhandledOff, library }) =>
      `이 transformers 릴리스는 \`fsdp\`를 리스트로 바꾸지 않은 채 옵션을 찾으므로 \`fsdp=${unhandledPython}\`이면 실패합니다. \`fsdp\`를 비워 두거나, FSDP를 끄려면 \`${unhandledOff}\`을 주세요. ${libraryRaisesKo(library)}`,
    'fsdp-none.fix': () => 'fsdp 제거',
    // library/fsdp-sharding-combination
    'fsdp-sharding-combination': () =>
      '`fsdp`가 `"offload"` 하나뿐입니다. offload는 샤딩된 파라미터를 CPU로 옮기기만 하므로 샤딩 모드도 함께 있어야 합니다(예: `"full_shard offload"`). 라이브러리 오류: `--fsdp offload` can\'t work on its own. It needs to be added to `--fsdp full_shard` or `--fsdp shard_grad_op`. For example, `--fsdp "full_shard offload"`.',
    'fsdp-sharding-combination.fix': () => '"full_shard offload"로 바꾸기',
    'fsdp-sharding-combination.2': () =>
      '`fsdp`에 샤딩 모드가 두 개(`full_shard`, `shard_grad_op`) 있습니다. 하나만 고르세요(`full_shard`는 파라미터까지 샤딩해 메모리를 가장 많이 아낍니다). 라이브러리 오류: `--fsdp full_shard` is not compatible with `--fsdp shard_grad_op`.',
    'fsdp-sharding-combination.fix2': () => 'full_shard만 남기기',
    // library/fsdp-wrap-exclusive
    'fsdp-wrap-exclusive': () =>
      '`fsdp_config`에 `min_num_params`(크기 기준 래핑)와 `transformer_layer_cls_to_wrap`(레이어 클래스 기준 래핑)이 모두 설정되어 있습니다. FSDP는 auto-wrap 정책을 하나만 쓸 수 있으니, transformer 모델이라면 `transformer_layer_cls_to_wrap`을 남기세요. 라이브러리 오류: `min_num_params` and `transformer_layer_cls_to_wrap` are mutually exclusive.',
    // library/full-eval-precision-exclusive
    'full-eval-precision-exclusive': () =>
      '`fp16_full_eval`과 `bf16_full_eval`이 둘 다 켜져 있지만 평가는 한 가지 half precision으로만 실행할 수 있습니다. 하나를 끄세요(학습 정밀도에 맞추세요). 라이브러리 오류: At most one of fp16 and bf16 can be True for full eval, but not both',
    'full-eval-precision-exclusive.fix': () => 'fp16_full_eval 끄기',
    'full-eval-precision-exclusive.fix2': () => 'bf16_full_eval 끄기',
    // library/logging-steps-nonzero
    'logging-steps-nonzero': ({ library }) =>
      `\`logging_strategy\`가 \`"steps"\`인데 \`logging_steps\`가 0이라서 언제 로그를 남길지 정해지지 않습니다. \`logging_steps\`를 스텝 수(예: 500)나 1보다 작은 비율로 설정하거나, 다른 \`logging_strategy\`를 고르세요. ${libraryRaisesKo(library)}`,
    'logging-steps-nonzero.fix': () => 'logging_steps를 500으로 설정',
    // library/prefetch-needs-workers
    'prefetch-needs-workers': () =>
      '`dataloader_prefetch_factor`가 설정되어 있지만 `dataloader_num_workers`가 0입니다. 배치를 메인 프로세스에서 불러오므로 미리 가져올 것이 없습니다. `dataloader_num_workers`를 늘리거나(예: 4) prefetch factor 설정을 지우세요. 라이브러리 오류: --dataloader_prefetch_factor can only be set when data is loaded in a different process, i.e. when --dataloader_num_workers > 0.',
    'prefetch-needs-workers.fix': () => 'dataloader_prefetch_factor 설정 해제',
    // library/steps-whole-above-one
    'steps-whole-above-one': ({ steps, value, down, library }) =>
      `${code(steps)} 값이 ${code(pythonText(value))}입니다. 1보다 크면 옵티마이저 스텝 수를 뜻하므로 정수여야 합니다(1보다 작으면 전체 스텝에 대한 비율). ${down} 또는 ${eul(String(down + 1))} 쓰세요. ${libraryRaisesKo(library)}`,
    'steps-whole-above-one.fix': ({ steps, rounded }) => setToKo(steps, String(rounded)),
    // library/tf32-hardware
    'tf32-hardware': ({ hardware }) =>
      `\`tf32=True\`에는 Ampere 이상 NVIDIA GPU가 필요한데, 대상 머신은 ${HARDWARE_LABELS_KO[hardware]}입니다. \`tf32\`는 설정하지 마세요. ${libraryRaisesKo('--tf32 requires Ampere or a newer GPU arch, cuda>=11 and torch>=1.7')}`,
    'tf32-hardware.fix': () => 'tf32 설정 해제',
    // library/torch-empty-cache-steps
    'torch-empty-cache-steps': ({ library }) =>
      `\`torch_empty_cache_steps\`는 0보다 큰 정수(torch.cuda.empty_cache()를 몇 스텝마다 호출할지)이거나 설정하지 않아야 합니다. ${libraryRaisesKo(library)}`,
    'torch-empty-cache-steps.fix': ({ value }) => `${ro(String(value))} 바꾸기`,
    // library/use-mps-device
    'use-mps-device': ({ hardware, use_cpu, library }) =>
      `\`use_mps_device=True\`인데 학습이 Apple MPS 장치에서 돌지 않습니다(대상 머신: ${HARDWARE_LABELS_KO[hardware]}${use_cpu === true ? ', `use_cpu` 설정' : ''}). 게다가 이 플래그는 더 이상 필요 없습니다. MPS는 있으면 자동으로 쓰입니다. 지우세요. ${libraryRaisesKo(library)}`,
    'use-mps-device.fix': () => 'use_mps_device 제거',
    // library/warmup-ratio-range
    'schema-warmup-ratio-range': ({ shown, steps, library }) =>
      `${code('warmup_ratio')} 값이 ${code(shown)}인데, 이 값은 전체 업데이트에 대한 비율이라 0과 1 사이여야 합니다(0.1 = 처음 10 %).${steps ? ' 스텝 수라면 `warmup_steps`를 쓰세요.' : ''} ${libraryRaisesKo(library)}`,
    'schema-warmup-ratio-range.fix': ({ shown }) => `${shown} 값을 warmup_steps로 옮기기`,
    'schema-warmup-ratio-range.fix2': () => setToKo('warmup_ratio', '0'),
    // library/warmup-steps-negative
    'warmup-steps-negative': ({ field, value }) =>
      `${code(field)} 값이 ${code(pythonText(value))}입니다. 웜업은 음수일 수 없습니다. 웜업이 필요 없으면 0을, 아니면 정수 스텝 수나 1보다 작은 비율(0.1 = 학습의 10 %)을 쓰세요. ${libraryRaisesKo('warmup_steps must be an integer or a float')}`,
    'warmup-steps-negative.fix': ({ field }) => setToKo(field, '0'),
    // trainer/auto-batch-zero3
    'auto-batch-zero3': () =>
      '`auto_find_batch_size`는 메모리 부족(OOM) 오류가 나면 배치를 줄여 다시 시도하는데, DeepSpeed ZeRO-3에서는 Trainer가 이를 지원하지 않아 "`auto_find_batch_size` isn\'t supported yet with DeepSpeed Zero-3. Please consider using Zero-2, Zero-1, or FSDP" 오류를 냅니다. `auto_find_batch_size`를 끄거나 다른 ZeRO 단계를 쓰세요.',
    // trainer/eval-batch-size-zero
    'eval-batch-size-zero': () =>
      '`per_device_eval_batch_size`가 0이면 평가 배치에 샘플이 하나도 들어가지 않습니다. 첫 평가 때 torch가 DataLoader 생성을 거부합니다: "batch_size should be a positive integer value, but got batch_size=0". 1 이상을 쓰세요.',
    // trainer/fsdp-activation-ckpt-and-grad-ckpt
    'fsdp-activation-ckpt-and-grad-ckpt': () =>
      '`fsdp_config`에서 FSDP `activation_checkpointing`을 켰는데 `gradient_checkpointing`도 켜져 있습니다. 둘 다 activation을 다시 계산하는 기능이라 Trainer가 함께 쓰는 것을 거부합니다: "The activation_checkpointing in FSDP config and the gradient_checkpointing in training arg can\'t be set to True simultaneously." FSDP 쪽을 남기고 `gradient_checkpointing`을 끄세요.',
    'fsdp-activation-ckpt-and-grad-ckpt.fix': () => 'gradient_checkpointing 끄기',
    // trainer/grad-accum-kwargs-conflict
    'grad-accum-kwargs-conflict': () =>
      '누적 횟수가 `accelerator_config.gradient_accumulation_kwargs.num_steps`와 `gradient_accumulation_steps` 두 곳에 설정되어 있습니다. ' +
      'Trainer는 어느 쪽인지 추측하지 않고 "The `AcceleratorConfig`\'s `num_steps` is set but `gradient_accumulation_steps` is greater than 1 in the passed `TrainingArguments`" 오류를 냅니다. ' +
      '하나만 남기세요. `num_steps`를 쓰려면 `gradient_accumulation_steps`를 1로 두고, 아니면 `num_steps`를 지우세요.',
    // trainer/grad-accum-zero
    'grad-accum-zero': () =>
      '`gradient_accumulation_steps`가 0이면 배치를 0개 처리한 뒤 옵티마이저를 업데이트한다는 뜻이 됩니다. Trainer는 에폭당 업데이트 수를 셀 때 이 값으로 나누므로 ZeroDivisionError로 멈춥니다. 누적하지 않으려면 1을 쓰세요.',
    'grad-accum-zero.fix': () => 'gradient_accumulation_steps를 1로 설정',
    // trainer/layerwise-grad-accum
    'layerwise-grad-accum': ({ optim, steps }) =>
      `${eun(code(optim))} 그래디언트가 준비되는 즉시 레이어마다 업데이트하므로 ${String(steps)} 스텝에 걸쳐 그래디언트를 누적할 수 없습니다. ` +
      `Trainer는 "Layerwise ${optim} does not support gradient accumulation!" 오류를 냅니다. \`gradient_accumulation_steps\`를 1로 설정하거나(전역 배치를 유지하려면 \`per_device_train_batch_size\`를 늘리세요), layer-wise가 아닌 옵티마이저를 쓰세요.`,
    'layerwise-grad-accum.fix': () => 'gradient_accumulation_steps를 1로 설정',
    // trainer/low-rank-optim-target-modules
    'low-rank-optim-target-modules': ({ optim, missing }) =>
      `${eun(code(optim))} \`optim_target_modules\`에 적힌 레이어에만 low-rank projection을 적용하는데, ${missing ? '지정된 레이어가 없습니다' : '리스트가 비어 있습니다'}. ` +
      (missing
        ? `옵티마이저를 만들 때 "You need to define \`optim_target_modules\` to use ${optim} optimizers" 오류가 납니다. `
        : `옵티마이저를 만들 때 "No target modules found for ${optim} (...)" 오류가 납니다. `) +
      'Linear 모듈 이름을 지정하세요. 예: `["attn", "mlp"]`, `[".*attn.*"]` 같은 정규식, 또는 `"all-linear"`.',
    // trainer/max-steps-zero-ratio-steps
    'max-steps-zero-ratio-steps': ({ steps, value }) =>
      `${eun(`${code(steps)}(${String(value)})`, steps)} 전체 스텝 수에 대한 비율인데, \`max_steps\`가 0이면 전체가 0이 되어 간격도 0 스텝이 됩니다. 그래서 첫 학습 스텝에서 ZeroDivisionError(integer modulo by zero)로 실패합니다. \`max_steps\`를 -1이나 양수로 설정하거나, ${eul(code(steps))} 스텝 수로 주세요.`,
    // trainer/min-lr-exactly-one
    'min-lr-exactly-one': ({ type }) =>
      `${eun(code(type))} 스케줄의 하한을 절대값인 \`min_lr\`와 \`learning_rate\`에 대한 비율인 \`min_lr_rate\` 중 하나로만 받습니다. 스케줄러는 "Only one of min_lr or min_lr_rate should be set" 오류를 냅니다. 둘 중 하나를 지우세요.`,
    'min-lr-exactly-one.2': ({ type }) =>
      `${eun(code(type))} 하한까지 감소하는데, 이 하한을 \`lr_scheduler_kwargs\`에 직접 줘야 합니다: \`{"min_lr_rate": 0.1}\`(\`learning_rate\`에 대한 비율) 또는 \`{"min_lr": 1e-6}\`(절대값). 없으면 스케줄러가 "One of min_lr or min_lr_rate should be set through the \`lr_scheduler_kwargs\`" 오류를 냅니다.`,
    // trainer/multiprocessing-context-without-workers
    'multiprocessing-context-without-workers': ({ context, torch }) =>
      `\`dataloader_multiprocessing_context\`가 ${code(JSON.stringify(context))}인데 \`dataloader_num_workers\`가 0입니다. 워커 프로세스가 없으니 시작할 것도 없고, Trainer가 DataLoader를 만들 때 torch가 오류를 냅니다: "${torch}". \`dataloader_num_workers\`를 늘리거나(예: 4) context 설정을 지우세요.`,
    'multiprocessing-context-without-workers.fix': () => 'dataloader_multiprocessing_context 설정 해제',
    // trainer/polynomial-warmup-equals-total
    'polynomial-warmup-equals-total': ({ warmupSteps }) =>
      `웜업이 ${String(warmupSteps)} 스텝으로 \`max_steps\`와 정확히 같아서 polynomial 감소 구간이 0 스텝이 됩니다. 마지막 업데이트 후 스케줄이 0 스텝에 대한 감소 비율을 계산하다가, 최종 체크포인트를 저장하기 전에 ZeroDivisionError로 실패합니다. 웜업을 줄이세요.`,
    // trainer/report-to-none
    'report-to-none': () =>
      `${code('report_to=None')}은 인자 생성은 되지만, transformers 5.0부터 ${code('[None]')}으로 남아 Trainer가 리포팅을 설정할 때 실패합니다(${code('None')}은 Trainer가 아는 통합이 아닙니다). 4.x에서 ${code('None')}은 설치된 모든 통합을 뜻했습니다. 리포팅을 끄려면 ${code('"none"')}을 쓰거나 트래커 이름을 쓰세요.`,
    // trainer/save-best-without-metric
    'save-best-without-metric': ({ save_strategy }) =>
      `${save_strategy === 'best' ? '`save_strategy="best"`는' : '`load_best_model_at_end`는'} 평가 지표로 체크포인트를 고르는데, \`metric_for_best_model\`이 설정되지 않아 비교할 기준이 없습니다. ` +
      'Trainer()가 시작을 거부합니다: "`args.metric_for_best_model` must be provided when using \'best\' save_strategy or if `args.load_best_model_at_end` is set to `True`." ' +
      '추적할 지표 이름을 지정하세요(예: `"eval_loss"`, `"accuracy"`).',
    // trainer/save-only-model-best-sharded
    'save-only-model-best-sharded': ({ wrapper }) =>
      `${wrapper}에서는 마지막에 최고 체크포인트를 다시 불러오려면 ${wrapper} 전체 체크포인트가 필요한데, \`save_only_model\`은 이를 저장하지 않습니다. ` +
      `Trainer는 "${wrapper} can't be used with \`save_only_model\` along with \`load_best_model_at_end\`." 오류를 냅니다. \`save_only_model\`과 \`load_best_model_at_end\` 중 하나를 끄세요.`,
    // trainer/save-only-model-sharded-state-dict
    'save-only-model-sharded-state-dict': () =>
      '`save_only_model`은 모델 가중치만 저장하는데, `fsdp_config`가 요청한 SHARDED_STATE_DICT는 FSDP가 rank별 샤드로만 저장할 수 있습니다. ' +
      'Trainer는 "save_only_model option is not compatible with FSDP state dict type \'SHARDED_STATE_DICT\'" 오류를 냅니다. FULL_STATE_DICT를 쓰거나 `save_only_model`을 끄세요.',
    // trainer/train-batch-size-zero
    'train-batch-size-zero': () =>
      '`per_device_train_batch_size`가 0이면 배치에 샘플이 하나도 들어가지 않습니다. 학습이 시작될 때 torch가 DataLoader 생성을 거부합니다: "batch_size should be a positive integer value, but got batch_size=0". 1 이상을 쓰세요(`auto_find_batch_size`도 이 값에서 시작합니다).',
    // trainer/wsd-num-decay-steps
    'wsd-num-decay-steps': () =>
      '`warmup_stable_decay`는 마지막 감소 구간이 몇 스텝인지 알아야 하는데 기본값이 없습니다. `lr_scheduler_kwargs`에 `num_decay_steps`를 추가하세요(예: `{"num_decay_steps": 100}`). ' +
      "없으면 스케줄러를 만들 때 TypeError로 실패합니다: get_wsd_schedule() missing 1 required positional argument: 'num_decay_steps'.",
    // trainer/wsd-unknown-type
    'wsd-unknown-type': ({ key, value, schedulerError }) =>
      `${code(key)} 값 ${eun(code(String(JSON.stringify(value))))} \`warmup_stable_decay\`가 아는 형태가 아닙니다. \`"linear"\`, \`"cosine"\` 또는 \`"1-sqrt"\`를 쓰세요. ` +
      `스케줄러 오류: "${schedulerError}".`,
    // trl/dpo-exo-needs-label-smoothing
    'dpo-exo-needs-label-smoothing': () =>
      `${code('exo_pair')} 손실은 ${code('label_smoothing')}의 로그를 쓰므로 0보다 커야 합니다. 0이면 DPOTrainer가 첫 손실 계산에서 오류를 냅니다. EXO 논문은 ${code('1e-3')}을 씁니다.`,
    'dpo-exo-needs-label-smoothing.fix': () => 'label_smoothing을 0.001로 설정',
    // trl/dpo-robust-label-smoothing
    'dpo-robust-label-smoothing': ({ smoothing }) =>
      `${code('robust')} 손실은 ${code('label_smoothing')}을 레이블이 뒤집힐 확률로 읽으므로 0 이상 0.5 미만이어야 합니다(입력값 ${smoothing}). 범위 밖이면 DPOTrainer가 경고하고 손실이 의미를 잃습니다.`,
    'dpo-robust-label-smoothing.fix': () => 'label_smoothing을 0.1로 설정',
    // trl/dpo-weighting-with-aot
    'dpo-weighting-with-aot': ({ aot }) =>
      `${code('use_weighting')}(WPO)은 ${code(aot)} 손실에는 구현되어 있지 않아 DPOTrainer가 첫 손실 계산에서 NotImplementedError를 냅니다. ${code('use_weighting')}을 끄거나 다른 손실을 쓰세요.`,
    'dpo-weighting-with-aot.fix': () => 'use_weighting 끄기',
    // trl/grpo-importance-level-advice
    'grpo-importance-level-advice': () =>
      `${code('luspo')} 손실은 시퀀스 단위 중요도 샘플링용이라 GRPOTrainer가 경고합니다. ${code('importance_sampling_level="sequence"')}로 설정하세요.`,
    'grpo-importance-level-advice.fix': () => 'importance_sampling_level을 "sequence"로 설정',
    'grpo-importance-level-advice.2': ({ loss }) =>
      `${code(loss)} 손실은 토큰 단위로 정규화하므로 시퀀스 단위 중요도 샘플링과 맞지 않아 GRPOTrainer가 경고합니다. ${code('importance_sampling_level="token"')}을 쓰거나 시퀀스용 손실(${code('luspo')})을 쓰세요.`,
    'grpo-importance-level-advice.fix2': () => 'importance_sampling_level을 "token"으로 설정',
    // trl/grpo-vespo-needs-token-is-mode
    'grpo-vespo-needs-token-is-mode': ({ mode }) =>
      `${code('vespo')} 손실은 토큰마다 가중치를 주므로, vLLM 중요도 샘플링 보정과 함께 쓰면 GRPOTrainer는 ${code('vllm_importance_sampling_mode')}로 "token_truncate"나 "token_mask"를 요구합니다(입력값 ${code(JSON.stringify(mode))}). 토큰 모드를 고르거나 보정을 끄세요.`,
    'grpo-vespo-needs-token-is-mode.fix': () => 'vllm_importance_sampling_mode="token_mask" 사용',
    // trl/kto-kl-needs-batch-size-2
    'kto-kl-needs-batch-size-2': ({ loss_type, batch }) =>
      `${code(String(loss_type))} 손실은 같은 장치 배치의 다른 예제로 KL 항을 추정하므로 KTOTrainer는 누적 전 실제 ${code('per_device_train_batch_size')}가 2 이상이어야 하고, ${batch}이면 오류를 냅니다. 유효 배치는 ${code('gradient_accumulation_steps')}로 맞추세요.`,
    'kto-kl-needs-batch-size-2.fix': () => 'per_device_train_batch_size를 2로 설정',
    // trl/kto-kl-needs-sequential-sampling
    'kto-kl-needs-sequential-sampling': ({ loss_type }) =>
      `${code(String(loss_type))} 손실은 이웃한 예제로 KL 항을 추정하므로 KTOTrainer는 ${code('train_sampling_strategy="sequential"')}(KTOConfig 기본값)을 요구하고, 아니면 오류를 냅니다. "sequential"로 되돌리거나 ${code('loss_type="apo_zero_unpaired"')}를 쓰세요.`,
    'kto-kl-needs-sequential-sampling.fix': () => 'train_sampling_strategy를 "sequential"로 설정',
    // trl/sft-liger-chunked-nll
    'sft-liger-chunked-nll': () =>
      `${code('loss_type')} ${code('"chunked_nll"')}과 ${code('use_liger_kernel')}은 둘 다 손실 계산 방식을 바꾸므로 SFTTrainer가 시작할 때 거부합니다. ${code('loss_type')}를 비우거나(Liger와 함께면 "nll"이 됩니다) Liger 커널을 끄세요.`,
    'sft-liger-chunked-nll.fix': () => 'loss_type 비우기',
    // trl/sync-ref-with-beta-zero
    'sync-ref-with-beta-zero': () =>
      `${code('sync_ref_model')}은 참조 모델을 갱신하는데, ${code('beta')}가 0이면 참조 모델을 아예 불러오지 않으므로 트레이너가 만들어질 때 오류를 냅니다. 참조 모델을 쓰려면 ${code('beta')}를 0보다 크게(예: 0.04) 하고, 아니면 ${code('sync_ref_model')}을 끄세요.`,
    'sync-ref-with-beta-zero.fix': () => 'sync_ref_model 끄기',
    // trl/sync-ref-with-precompute
    'sync-ref-with-precompute': () =>
      `${code('sync_ref_model')}은 참조 모델을 계속 바꾸므로 학습 전에 한 번 계산한 참조 로그 확률(${code('precompute_ref_log_probs')})은 틀리게 됩니다. 트레이너가 만들어질 때 거부하니 둘 중 하나를 끄세요.`,
    'sync-ref-with-precompute.fix': () => 'precompute_ref_log_probs 끄기',
    // trl/trl-choice
    'trl-choice': ({ fieldName, name, className, choices, near }) =>
      `${code(fieldName)} ${code(describeValue(name))}는 ${className}의 선택지가 아닙니다. ${listChoicesKo(choices)} 중에서 고르세요. ${className}는 아무 텍스트나 받아 두고, 트레이너가 처음 이 값을 쓸 때 오류를 냅니다.${near === undefined ? '' : ` 혹시 ${code(`"${near}"`)}인가요?`}`,
    'trl-choice.fix': ({ near }) => `${near} 사용`,
    // app/warmup-covers-training
    'warmup-covers-training': ({ warmupSteps, total, target }) =>
      `웜업이 ${String(warmupSteps)} 스텝 동안 이어지는데 학습은 \`max_steps\` ${String(total)} 스텝 후에 멈춥니다. 그래서 학습이 끝날 때까지 학습률이 오르기만 하고 \`learning_rate\`에 도달하지 못합니다. 웜업을 줄이세요(예: 학습의 10 %라면 ${isLine4x(target) ? '`warmup_ratio` ' : ''}0.1).`,
    // library/fsdp-min-num-params-type
    'fsdp-min-num-params-type': ({ library, shown }) =>
      `${code('fsdp_config.min_num_params')}는 파라미터 수(숫자)여야 하는데, 입력값이 ${code(shown)}입니다. ${libraryRaisesKo(library)}`,
    'fsdp-min-num-params-type.fix': ({ whole }) => `min_num_params를 숫자 ${whole}로 쓰기`,
    // library/fsdp-plugin-values
    'fsdp-plugin-values': () =>
      '`fsdp_config`에서 `cpu_ram_efficient_loading`은 켜고 `sync_module_states`는 껐습니다. 가중치는 rank 0만 불러오므로, 동기화하지 않으면 나머지 rank는 무작위 가중치로 학습합니다. `sync_module_states`를 켜세요. 라이브러리 오류: `sync_module_states` must be `"True"` if `cpu_ram_efficient_loading` is `"True"`',
    'fsdp-plugin-values.2': ({ rawVersion }) =>
      `\`fsdp_config.version\`은 1 또는 2여야 하는데, 입력값이 ${code(pythonText(rawVersion))}입니다. 라이브러리가 이 값에 int()를 호출하다가 실패합니다.`,
    'fsdp-plugin-values.3': ({ raw, library }) =>
      `\`fsdp_config.version\`은 1 또는 2(기본값 2)여야 하는데, 입력값이 ${code(pythonText(raw))}입니다. ${libraryRaisesKo(library)}`,
    'fsdp-plugin-values.4': ({ policy, upper, library }) =>
      `\`fsdp_config.auto_wrap_policy\`는 TRANSFORMER_BASED_WRAP, SIZE_BASED_WRAP, NO_WRAP 중 하나(철자 그대로)여야 하는데, 입력값이 ${code(String(JSON.stringify(policy)))}입니다.${upper ? ` 혹시 ${code(`"${upper}"`)}인가요?` : ''} ${libraryRaisesKo(library)}`,
    'fsdp-plugin-values.5': ({ key, config, library }) =>
      `${eun(code(`fsdp_config.${key}`))} 불리언(true/false, yes/no, 1/0)이어야 하는데, 입력값이 ${code(String(JSON.stringify(config[key])))}입니다. ${libraryRaisesKo(library)}`,
    'fsdp-plugin-values.6': () => '`fsdp_config.backward_prefetch`는 `"backward_pre"` 또는 `"backward_post"`여야 합니다.',
    // trainer/iterable-needs-max-steps
    'iterable-needs-max-steps': ({ trainerError }) =>
      `실행 정보를 보면 데이터셋에 길이가 없으므로(스트리밍 / IterableDataset) Trainer가 \`num_train_epochs\`를 스텝 수로 바꿀 수 없습니다. 실행할 옵티마이저 업데이트 횟수를 \`max_steps\`에 설정하세요. Trainer 오류: ${trainerError}`,
    // trainer/polynomial-lr-end
    'polynomial-lr-end': ({ given, quoted }) =>
      given
        ? `polynomial 스케줄은 \`learning_rate\`에서 \`lr_end\`까지 감소하므로 \`lr_end\`가 \`learning_rate\`보다 작아야 합니다. 학습이 시작될 때 스케줄러가 "${quoted}" 오류를 냅니다. \`lr_end\`를 낮추거나 \`learning_rate\`를 높이세요.`
        : `polynomial 스케줄은 \`lr_end\`까지 감소하는데, \`lr_end\`의 기본값 1e-7이 이 \`learning_rate\`보다 작지 않습니다. 학습이 시작될 때 스케줄러가 "${quoted}" 오류를 냅니다. \`lr_scheduler_kwargs\`에 더 작은 \`lr_end\`를 설정하거나 \`learning_rate\`를 높이세요.`,
    // trainer/scheduler-kwarg-value
    'scheduler-kwarg-value': ({ kwargsFactor }) =>
      `\`factor\`가 ${code(pythonText(kwargsFactor))}이면 plateau에서 학습률이 그대로이거나 오히려 올라갑니다. 1보다 작아야 합니다(예: 0.5). torch 오류: "Factor should be < 1.0."`,
    // Both second choices ("max", "abs") end on a vowel, so 여야 is fixed.
    'scheduler-kwarg-value.2': ({ key, choices, value, label }) =>
      `${eun(code(key))} \`"${choices[0]}"\` 또는 \`"${choices[1]}"\`여야 하는데, 입력값이 ${code(JSON.stringify(value))}입니다. 스케줄러를 만들 때 torch가 "${label} ${pythonText(value)} is unknown!" 오류를 냅니다.`,
    'scheduler-kwarg-value.3': ({ last_epoch }) =>
      `${iga(code('last_epoch'))} ${code(pythonText(last_epoch))}이면 스케줄러에 학습을 이어서 하라는 뜻인데, Trainer는 새 옵티마이저 위에 스케줄러를 만들므로 torch가 KeyError를 냅니다: "param 'initial_lr' is not specified in param_groups[0] when resuming an optimizer". ` +
      '학습을 이어서 하려면 대신 `resume_from_checkpoint`를 쓰세요.',
    'scheduler-kwarg-value.fix': () => 'last_epoch 제거',
    'scheduler-kwarg-value.4': ({ kwargsPower }) =>
      `\`power\` 값 ${eun(pythonText(kwargsPower))} 음수입니다. 마지막 스텝에서 남은 비율이 0이 되는데, 0.0을 음수 제곱하면 학습이 끝날 때 ZeroDivisionError로 실패합니다. 0 이상의 power를 쓰세요(1.0이면 linear).`,
    // trl/other-class-field
    'unknown-argument.other-class': ({ key, list, className, typeError }) =>
      `${eun(code(key))} ${list}의 필드이고 ${className}의 필드가 아닙니다. 지우거나, 그 트레이너로 학습하려던 것이면 설정 클래스를 바꾸세요. ${className} 오류: ${typeError}`,
    'unknown-argument.other-class.fix': ({ key }) => `${key} 제거`,
    // library/plateau-needs-eval
    'plateau-needs-eval': ({ type, library }) =>
      `\`${type}\`는 ${METRIC_USE_KO[type]}, \`eval_strategy\`가 \`"no"\`라서 지표가 생기지 않습니다. \`eval_strategy\`를 \`"epoch"\`이나 \`"steps"\`로 설정하세요. 라이브러리 오류: ${library}`,
    'plateau-needs-eval.fix': () => 'eval_strategy를 "epoch"으로 설정',
    // trainer/scheduler-kwarg-type
    'scheduler-kwarg-type': ({ key, type, why, repr, isString }) =>
      `\`lr_scheduler_kwargs["${key}"]\` 값 때문에 ${code(type)} 스케줄이 동작하지 않습니다: ${KWARG_PROBLEM_KO[why](repr)}. JSON 숫자로 쓰세요.` +
      (isString ? ' "1e-7"이나 "-1" 같은 문자열은 JSON 문자열 안에 있어도 숫자로 바뀌지 않습니다.' : ''),
    'scheduler-kwarg-type.not-dict': ({ type, repr }) =>
      `\`lr_scheduler_kwargs\`는 dict(또는 "{"로 시작하는 JSON 객체 문자열)여야 합니다. Trainer가 이 값을 **로 풀어 ${code(type)} 스케줄에 넘기는데, ${code(repr)} 값이면 TypeError가 납니다.`,
    'scheduler-kwarg-type.fix': ({ key, number }) => `${eul(key)} 숫자 ${ro(String(number))} 쓰기`,
    // library/enum-value
    'schema-enum': ({ field, value, dropped, suggestion, values, library }) =>
      `${code(field)}: ${eun(code(`"${value}"`))} 쓸 수 있는 값이 아닙니다.${dropped ? ` ${DROPPED_OPTIMIZER_KO[dropped]}` : ''}${suggestion ? ` 혹시 ${code(`"${suggestion}"`)}인가요?` : ` 다음 중 하나를 고르세요: ${values.join(', ')}.`} ${libraryRaisesKo(library)}`,
    'schema-enum.fix': ({ field, suggestion }) => setToKo(field, `"${suggestion}"`),
    // app/warmup-steps-one
    'warmup-steps-one': ({ field, written, whole, fromRatio }) =>
      (whole
        ? `${eun(code(`${field}=${written}`))} 전체 학습이 아니라 웜업 1 스텝입니다. 1 이상은 스텝 수이고, 1보다 작은 값만 학습 비율로 해석됩니다. 웜업이 1 스텝이면 첫 업데이트만 학습률 0으로 실행될 뿐입니다.`
        : `${eun(code(`${field}=${written}`))} 비율이 아닙니다. 1 이상은 스텝 수로 세고 소수점 아래를 버리므로, 웜업은 1 스텝뿐입니다. 학습 비율로 쓰려면 1보다 작은 값을 쓰세요(예: 10 %라면 0.1).`) +
      (fromRatio ? ' (지금은 `warmup_ratio`가 자기 값으로 `warmup_steps`를 덮어씁니다.)' : ''),
    // app/plateau-mode
    'plateau-mode': ({ metric, greaterIsBetter, mode, explicit, wanted }) =>
      `${metric === null ? '지표' : code(metric)}에 대해 \`greater_is_better\`가 \`${greaterIsBetter ? 'True' : 'False'}\`인데, \`reduce_lr_on_plateau\`는 ${ro(explicit ? code(`mode="${mode}"`) : `기본 모드인 ${code('"min"')}`)} 동작합니다. ` +
      `그래서 지표가 ${wanted === 'max' ? '아직 오르는 중인데도' : '아직 내려가는 중인데도'} 학습률을 낮추고, 나빠질 때는 그대로 둡니다. \`lr_scheduler_kwargs\`에 ${eul(code(`"mode": "${wanted}"`))} 설정하세요.`,
    'plateau-mode.fix': ({ wanted }) => `mode를 ${ro(`"${wanted}"`)} 설정`,
    // app/negative-steps
    'negative-steps': ({ steps, strategy, shown }) =>
      `${code(steps)} 값 ${eun(shown)} 음수인데, \`${strategy}="steps"\`에서는 이 값이 ${STEP_ACTIVITY_KO[steps]} 간격입니다. ${
        steps === 'save_steps'
          ? 'Trainer는 `save_steps`가 0보다 클 때만 주기적으로 저장하므로, 학습이 끝나기 전에는 체크포인트가 하나도 저장되지 않습니다.'
          : `이 값을 거부하는 곳은 없고 ${iga(STEP_ACTIVITY_KO[steps])} 실행되긴 하지만, 음수로 나눌 때의 Python % 연산 특성 덕분일 뿐입니다.`
      } 양수 스텝 수나 1보다 작은 학습 비율을 쓰세요.`,
    // app/scheduler-kwargs-ignored
    'scheduler-kwargs-ignored': ({ type, keys, timescale }) =>
      `${code(type)} 스케줄은 \`lr_scheduler_kwargs\`를 전혀 받지 않으므로 ${keys.map(code).join(', ')}에는 아무 효과가 없습니다.${
        timescale ? ' 특히 `timescale`은 이렇게 설정할 수 없습니다. `inverse_sqrt`는 항상 웜업 길이(웜업이 없으면 10000)를 씁니다.' : ''
      }`,
    'scheduler-kwargs-ignored.fix': () => 'lr_scheduler_kwargs 제거',
    // app/optim-args-ignored
    'optim-args-ignored': ({ optim, keys }) =>
      `${eun(code(optim))} \`optim_args\`를 읽지 않으므로 ${keys.map(code).join(', ')}에는 아무 효과가 없습니다. 이런 식으로 추가 옵션을 받는 옵티마이저는 일부뿐입니다(GaLore, APOLLO, AdEMAMix, schedule-free, StableAdamW 등).`,
    'optim-args-ignored.fix': () => 'optim_args 제거',
    'optim-args-ignored.partly': ({ optim, read, unread, onAnyway }) =>
      [
        ...(unread.length > 0
          ? [`${eun(code(optim))} \`optim_args\`에서 ${read.map(code).join(', ')}만 읽으므로 ${eun(unread.map(code).join(', '))} 무시됩니다.`]
          : []),
        ...onAnyway.map(
          ({ key, value }) =>
            `${eun(code(`${key}=${value}`))} 오히려 ${eul(code(key))} 켭니다. Trainer가 텍스트에 bool()을 적용하는데, 비어 있지 않은 텍스트는 모두 참입니다. 끄려면 이 항목을 빼세요.`,
        ),
      ].join(' '),
    // app/eval-without-visible-metric
    'eval-without-visible-metric': ({ bestModel, plateau }) =>
      `\`metric_for_best_model\`을 설정하지 않아 라이브러리가 \`"loss"\`를 씁니다. ${[
        ...(bestModel ? ['`load_best_model_at_end`는 `eval_loss`가 가장 낮은 체크포인트를 남깁니다.'] : []),
        ...(plateau ? ['`reduce_lr_on_plateau`는 `eval_loss`가 더 이상 줄지 않으면 학습률을 낮춥니다.'] : []),
      ].join(' ')} \`compute_metrics\`의 다른 지표(예: \`"accuracy"\`)로 판단하려면 \`metric_for_best_model\`을 설정하세요.`,
    // library/warmup-steps-int
    'schema-warmup-steps-int': ({ shown, isRatio, library }) =>
      `${code('warmup_steps')} 값이 ${code(shown)}인데, transformers 4.x에서는 소수점 없이 쓴 0 이상의 정수 스텝 수만 쓸 수 있습니다.${isRatio ? ' 4.x에서 학습 비율은 `warmup_ratio`에 씁니다.' : ''} ${libraryRaisesKo(library)}`,
    'schema-warmup-steps-int.fix-ratio': ({ shown }) => `${shown} 값을 warmup_ratio로 옮기기`,
    'schema-warmup-steps-int.fix-set': ({ value }) => setToKo('warmup_steps', value),
    // library/fsdp-config-unused
    'fsdp-config-unused': ({ problem }) => FSDP_CONFIG_PROBLEM_KO[problem],
    // library/fsdp-deprecated-form
    'fsdp-deprecated-form': ({ form, library }) =>
      `\`fsdp\`를 ${form === 'string' ? '문자열' : '리스트'}로 주는 방식은 아직 동작하지만 deprecated되었습니다. \`fsdp=True\`로 두고 옵션은 \`fsdp_config\`에 넣으세요(라이브러리가 이미 그곳으로 옮겼습니다). 라이브러리 로그: ${library}`,
    'fsdp-deprecated-form.fix': () => 'fsdp를 True로, 옵션은 fsdp_config로',
    'fsdp-deprecated-form.fsdp1': ({ library }) =>
      `\`fsdp_config\`의 version 1은 deprecated된 FSDP1을 고릅니다. 기본값은 FSDP2(version 2)입니다. 라이브러리 로그: ${library}`,
    // trainer/scheduler-unknown-kwarg
    'scheduler-unknown-kwarg': ({ key, type, pythonError }) =>
      `\`lr_scheduler_kwargs\`에 ${eul(code(`"${key}"`))} 넣으면 안 됩니다. Trainer가 이미 ${code(type)} 스케줄에 넘기는 값이라 Python이 오류를 냅니다: ${pythonError}. ${SET_ELSEWHERE_KO[key] ?? ''}`.trimEnd(),
    'scheduler-unknown-kwarg.unknown': ({ key, type, callable, known }) =>
      `${code(type)} 스케줄에는 \`"${key}"\` 파라미터가 없어서, 스케줄러를 만들 때 TypeError로 실패합니다: ${callable} got an unexpected keyword argument '${key}'. ` +
      (known.length > 0 ? `받을 수 있는 인자: ${known.map(code).join(', ')}.` : '추가 인자를 받지 않습니다.'),
    'scheduler-unknown-kwarg.fix': ({ key }) => `lr_scheduler_kwargs에서 "${key}" 제거`,
    // trainer/optim-args-format
    'optim-args-format': ({ bad, unpack }) =>
      `\`optim_args\`는 \`"rank=64,update_proj_gap=200"\`처럼 쉼표로 구분한 key=value 쌍이어야 합니다. 형식에 맞지 않는 항목: ${bad.map((part) => (part === '' ? '(빈 항목)' : code(JSON.stringify(part)))).join(', ')}. ` +
      `Trainer는 옵티마이저를 만들기 전에 이 값을 파싱하다가 ValueError: ${unpack} 오류로 실패합니다.`,
    'optim-args-format.fix': () => '빈 항목 제거',
    // trainer/optim-args-value
    'optim-args-value': ({ key, value, optim, cast, error }) =>
      `${code(optim)}에서는 \`optim_args\` 항목 \`${key}=${value}\`의 값이 ${OPTIM_ARG_EXPECTED_KO[cast]} 합니다. 옵티마이저를 만들 때 ValueError: ${error} 오류로 실패합니다.`,
    // trainer/deepspeed-mismatch
    'deepspeed-mismatch': ({ mismatches }) =>
      `DeepSpeed 설정이 TrainingArguments와 다릅니다: ${mismatches.map((m) => `${code(`${m.dsKey}=${m.dsValue}`)} vs ${code(`${m.hfKey}=${m.hfValue}`)}`).join('; ')}. Trainer는 "Please correct the following DeepSpeed config values that mismatch TrainingArguments values" 오류로 멈춥니다. 해당 DeepSpeed 값을 \`"auto"\`로 바꾸면 Trainer가 채워 넣습니다.`,
    'deepspeed-mismatch.fix': () => '맞지 않는 DeepSpeed 값을 "auto"로 설정',
    // library/fsdp-option, library/debug-option (enum-words)
    'schema-fsdp-option': (params) => unknownEnumWordKo('FSDP 옵션', params),
    'schema-fsdp-option.fix': ({ suggestion }) => `${ro(`"${suggestion}"`)} 바꾸기`,
    'schema-debug-option': (params) => unknownEnumWordKo('debug 옵션', params),
    'schema-debug-option.fix': ({ suggestion }) => `${ro(`"${suggestion}"`)} 바꾸기`,
    // library/unknown-argument
    'unknown-argument': ({ key, release, className, typeError }) =>
      `${eun(code(key))} ${targetLabel(release)}의 TrainingArguments 인자가 아니고, 철자가 비슷한 인자도 없습니다. 지우거나, 원래 속한 곳(모델, 토크나이저, 스크립트 옵션)에 설정하세요. ${className} 오류: ${typeError}`,
    'unknown-argument.remove': ({ key }) => `${key} 제거`,
    'unknown-argument.newer': ({ key, since, release, groupByLength, className, typeError }) =>
      `${eun(code(key))} transformers ${since}에서 추가되어 ${targetLabel(release)}에서는 쓸 수 없습니다.${groupByLength ? ' 4.x에서는 같은 샘플링을 `group_by_length=True`로 씁니다.' : ' 지우세요. 대상 릴리스에는 같은 역할의 설정이 없습니다.'} ${className} 오류: ${typeError}`,
    'unknown-argument.typo': ({ key, target, styleOnly, className, typeError }) =>
      `${eun(code(key))} TrainingArguments 인자가 아닙니다. 혹시 ${code(target)}인가요?${styleOnly ? ' Python 인자 이름은 snake_case로 씁니다.' : ''} ${className} 오류: ${typeError}`,
    'unknown-argument.typo.rename': ({ key, target }) => `${key} 이름을 ${ro(target)} 바꾸기`,
    'unknown-argument.typo.taken': ({ key, target }) => `${key} 제거(${iga(target)} 이미 설정되어 있음)`,
    'unknown-argument.retired': ({ key, oldName, replacements, removedIn, manual, className, typeError }) => {
      const what = replacements === null ? '제거되었습니다' : `${ro(replacements.map(code).join(', '))} 이름이 바뀌었습니다`;
      const lead = key === oldName ? `${eun(code(key))} ${what}` : `${eun(code(key))} ${gwa(code(oldName))} 비슷해 보이는데, ${eun(code(oldName))} ${what}`;
      return `${lead}. transformers ${removedIn} 이상은 이 인자를 거부합니다. ${tableText(RETIRED_ADVICE_KO, oldName, 'retired-argument advice')}${manual ? ' 자동으로 옮길 수 없으니 설정을 직접 고치세요.' : ''} ${className} 오류: ${typeError}`;
    },
    // library/deprecated-argument
    'deprecated-argument': ({ name, target }) =>
      `${eun(code(name))} deprecated되었습니다. ${targetLabel(target)}은 경고와 함께 받아들이지만(${DEPRECATED_EFFECT_KO[name]}), transformers 5.0은 거부합니다. ${DEPRECATED_ADVICE_KO[name]}`,
    // app/schema-type
    'schema-type': ({ field, target, value, writtenAsFloat, advice }) => {
      const expected = expectedTextKo(fieldIn(field, target), target);
      const got = `입력값이 ${describeValueKo(value, writtenAsFloat)}입니다`;
      return expected
        ? `${code(field)}에는 ${expected}만 쓸 수 있는데, ${got}. ${SCHEMA_TYPE_ADVICE_KO(advice)}`
        : `${eun(code(field))} 여기서 설정할 수 없고 Python 코드에서만 만들 수 있는데, ${got}. ${SCHEMA_TYPE_ADVICE_KO(advice)}`;
    },
    // app/schema-range
    'schema-range': ({ field, target, value, asFloat, negative }) =>
      `${code(field)}에는 ${boundsTextKo(fieldIn(field, target))}인 값만 쓸 수 있는데, 입력값이 ${describeValueKo(value, asFloat)}입니다. ${
        negative
          ? '여기서 음수는 아무 의미가 없습니다. TrainingArguments는 이 값을 검사하지 않으므로 학습이 시작되기 전에는 아무 경고도 나오지 않습니다.'
          : '이 범위를 벗어나면 Trainer나 옵티마이저가 실패하거나 설정이 아무 효과가 없습니다. TrainingArguments는 이 값을 검사하지 않으므로 학습이 시작되기 전에는 아무 경고도 나오지 않습니다.'
      }`,
    // app/schema-choice
    'schema-choice': ({ field, value, choices, suggestion }) =>
      `${code(field)}에는 ${listChoicesKo(choices)} 중 하나만 쓸 수 있는데, 입력값이 ${describeValueKo(value)}입니다.${suggestion ? ` 혹시 ${code(quote(suggestion))}인가요?` : ''} ${CHOICE_CONSEQUENCE_KO[field] ?? ''}`.trimEnd(),
    'schema-choice.fix': ({ suggestion }) => `${ro(quote(suggestion))} 바꾸기`,
    'schema-choice.items': ({ field, choices, unknown }) =>
      `${code(field)}에는 ${listChoicesKo(choices)}만 넣을 수 있습니다. 알 수 없는 항목: ${unknownItemsKo(unknown)}. ${CHOICE_CONSEQUENCE_KO[field] ?? ''}`.trimEnd(),
    'schema-choice.report-to': ({ unknown, special }) =>
      `${code('report_to')}에 Trainer가 모르는 트래커가 있습니다: ${unknownItemsKo(unknown)}.${special ? ` ${code('"all"')}과 ${code('"none"')}은 트래커 리스트 안에서는 통하지 않고 단독으로만 쓸 수 있습니다.` : ''} ${REPORT_TO_CONSEQUENCE_KO}`,
    'schema-choice.report-to-split': ({ value, list }) =>
      `${code('report_to')} 문자열 하나에는 트래커 하나만 들어가므로, ${eun(describeValueKo(value))} 알 수 없는 이름 하나로 읽힙니다. 트래커 여러 개는 리스트로 주세요: ${code(JSON.stringify(list))}. ${REPORT_TO_CONSEQUENCE_KO}`,
    'schema-choice.report-to-unknown': ({ value, suggestion, choices }) =>
      `${code('report_to')}: ${eun(describeValueKo(value))} Trainer가 아는 트래커가 아닙니다.${suggestion ? ` 혹시 ${code(quote(suggestion))}인가요?` : ''} 가능한 값: ${listChoicesKo(choices, choices.length)}. ${REPORT_TO_CONSEQUENCE_KO}`,
    // app/schema-list-option
    'schema-list-option': ({ field, options, unknown }) =>
      `${code(field)}에 알 수 없는 ${LIST_OPTION_KO[field]}이 있습니다: ${unknown
        .map(({ item, repaired }) =>
          repaired.length > 1
            ? `${code(quote(item))}: 한 항목에 옵션 여러 개가 들어 있습니다. 하나씩 따로 나열하세요`
            : repaired[0]
              ? `${code(quote(item))}(혹시 ${code(quote(repaired[0]))}인가요?)`
              : `${code(quote(item))}: 없는 옵션입니다`,
        )
        .join('; ')}. 가능한 값: ${listChoicesKo(options, options.length)}. 리스트는 검사 없이 그대로 전달되고, Trainer는 모르는 항목을 조용히 무시합니다.`,
    // trl/trl-field-type (and class-field-type, the same check for other config classes)
    'trl-field-type': (params) => classFieldTypeKo(params),
    'trl-field-type.fix': ({ field, meant }) => `${field}를 ${describeValue(meant)}(으)로 설정`,
    'class-field-type': (params) => classFieldTypeKo(params),
    'class-field-type.fix': ({ field, meant }) => `${field}를 ${describeValue(meant)}(으)로 설정`,
    // config-class (check-class, post-init): a class's own raises and warnings, framed with the library's text
    'config-class.raise': ({ explanation, className, error }) => `${renderMessage(KO_MESSAGES, explanation)} ${className} 오류: ${error}`,
    'config-class.warning': ({ explanation, library }) => `${renderMessage(KO_MESSAGES, explanation)} 라이브러리 경고: ${library}`,
    'config-class.python-error': ({ className, step, error }) =>
      `${className}이(가) ${tableText(POST_INIT_STEP_KO, step, 'post-init step')} 실패합니다. 이 계산에 쓰이는 값 중 쓸 수 없는 숫자가 있습니다. 0보다 큰 정수를 넣으세요. Python 오류: ${error}`,
    // config-class/trl/trl-steps: TRL's __post_init__ steps
    'trl-deprecated-pad-token': ({ className }) =>
      `${className}의 ${eun(code('pad_token'))} 사용 중단되었고 TRL 2.0에서 사라집니다. 토크나이저에 \`tokenizer.pad_token\`을 설정하고 그 토크나이저를 트레이너의 \`processing_class\`로 넘기세요.`,
    'trl-deprecated-pad-token.fix': () => 'pad_token 제거',
    'trl-deprecated-keep-end': () =>
      `${code('truncation_mode="keep_end"')}는 사용 중단되었고 TRL 2.0에서 사라집니다. 기본값 ${code('keep_start')}를 쓰고, 끝부분이 중요한 긴 예제는 데이터셋에서 줄이세요.`,
    'trl-deprecated-keep-end.fix': () => 'truncation_mode="keep_start" 사용',
    'trl-renamed-bfd-requeue': () =>
      `${code('packing_strategy')} ${code('"bfd-requeue"')}의 새 이름은 ${code('"bfd_split"')}입니다. 옛 이름은 사용 중단되었고 TRL 2.0에서 사라지니 ${code('bfd_split')}로 쓰세요.`,
    'trl-renamed-bfd-requeue.fix': () => 'packing_strategy="bfd_split" 사용',
    'dpo-loss-weights': ({ have, want }) =>
      `${code('loss_weights')}에는 가중치가 ${have}개인데 ${code('loss_type')}에는 손실이 ${want}개입니다. 손실마다 가중치를 정확히 하나씩 주거나(손실 이름 하나는 하나로 셉니다), 모든 손실을 1.0으로 두려면 ${code('loss_weights')}를 비우세요. DPOConfig는 이것을 가장 먼저 확인합니다.`,
    'dpo-loss-weights.fix': ({ want }) => `손실 ${want}개 모두 가중치 1.0`,
    'dpo-loss-weights.remove': () => 'loss_weights 제거',
    'trl-deprecated-transformers-paged': () =>
      `${eun(code('use_transformers_paged'))} ${code('use_transformers_continuous_batching')}의 사용 중단된 옛 이름이며 TRL 2.0에서 사라집니다. 대신 ${code('use_transformers_continuous_batching=True')}로 설정하세요.`,
    'trl-deprecated-transformers-paged.fix': () => 'use_transformers_continuous_batching=True 사용',
    'grpo-hub-repo-needs-log-completions': () =>
      `${iga(code('log_completions_hub_repo'))} 설정되어 있지만 업로드할 completion이 기록되지 않습니다. ${code('log_completions')}를 켜거나 ${code('log_completions_hub_repo')}를 비우세요.`,
    'grpo-hub-repo-needs-log-completions.fix': () => 'log_completions를 True로 설정',
    'trl-auto-find-batch-size': ({ className }) =>
      `${className}에서는 ${code('auto_find_batch_size')}를 쓸 수 없습니다. 메모리 부족 뒤 배치를 줄이면 ${code('num_generations')}개씩인 completion 묶음이 깨지기 때문입니다. 끄고 ${code('per_device_train_batch_size')}를 직접 줄이세요.`,
    'trl-auto-find-batch-size.fix': () => 'auto_find_batch_size 끄기',
    'trl-generation-batch': ({ generation, global, worldSize, fixed }) =>
      `${code('generation_batch_size')} ${generation}이(가) 전역 배치 크기 ${global}(${code('per_device_train_batch_size')} × 프로세스 ${worldSize}개)의 배수가 아니어서 생성된 completion이 옵티마이저 스텝을 딱 채우지 못합니다. 배수로 바꾸세요${fixed === null ? '' : `(예: ${fixed})`}.`,
    'trl-generation-batch.fix': ({ fixed }) => `generation_batch_size를 ${fixed}(으)로 설정`,
    'trl-generation-batch.both': () =>
      `${code('generation_batch_size')}와 ${code('steps_per_generation')}은 같은 것을 정하므로(하나가 다른 하나를 결정합니다) 하나만 줄 수 있습니다. 원하는 쪽만 남기고 다른 쪽을 비우세요.`,
    'trl-generation-batch.both.fix': () => 'steps_per_generation 제거',
    'trl-eval-batch-generations': ({ evalBatch, worldSize, groups, groupsField, fixed }) =>
      `평가할 때 전역 평가 배치(${code('per_device_eval_batch_size')} ${evalBatch} × 프로세스 ${worldSize}개)는 completion ${groups}개 묶음(${code(groupsField)})으로 나누어떨어져야 합니다. ${code('per_device_eval_batch_size')}를 배수로 올리거나${fixed === null ? '' : `(예: ${fixed})`} ${code(groupsField)}를 줄이세요.`,
    'trl-eval-batch-generations.fix': ({ fixed }) => `per_device_eval_batch_size를 ${fixed}(으)로 설정`,
    'trl-generation-groups': ({ generation, groups, fixed }) =>
      `생성 한 번에 completion ${generation}개(${code('generation_batch_size')})를 만드는데, 이는 ${groups}개(${code('num_generations')}) 묶음으로 나누어떨어지지 않습니다. ${code('generation_batch_size')}를 ${code('num_generations')}와 전역 배치의 공배수로 바꾸거나${fixed === null ? '' : `(예: ${fixed})`}, 나누어떨어지는 ${code('num_generations')}를 고르세요.`,
    'trl-generation-groups.fix': ({ fixed }) => `generation_batch_size를 ${fixed}(으)로 설정`,
    'trl-min-generations': ({ groups, shortName }) =>
      `${eun(code('num_generations'))} ${groups}인데, ${shortName}는 같은 프롬프트의 다른 completion과 비교해 점수를 매기므로 2 이상이어야 합니다.`,
    'trl-min-generations.fix': () => 'num_generations를 2로 설정',
    'grpo-deprecated-importance-sampling-cap': () =>
      `${eun(code('vllm_importance_sampling_cap'))} ${code('vllm_importance_sampling_clip_max')}의 사용 중단된 옛 이름이며 TRL 2.0에서 사라집니다. 값은 clip_max로 쓰입니다. 대신 ${code('vllm_importance_sampling_clip_max')}를 설정하세요.`,
    'grpo-deprecated-importance-sampling-cap.fix': () => '값을 vllm_importance_sampling_clip_max로 옮기기',
    'grpo-importance-sampling-bounds': ({ low, high }) =>
      `${code('vllm_importance_sampling_clip_min')} ${low}이(가) ${code('vllm_importance_sampling_clip_max')} ${high}보다 작지 않아 그 사이에 들어갈 비율이 없습니다. 하한을 낮추거나 상한(기본 3.0)을 올리세요.`,
    'grpo-truncate-needs-bound': ({ mode }) =>
      `${code('vllm_importance_sampling_mode')} ${code(`"${mode}"`)}는 경계에서 비율을 자르는데 두 경계가 모두 비어 있습니다. ${code('vllm_importance_sampling_clip_max')}(기본 3.0)나 ${code('vllm_importance_sampling_clip_min')}를 설정하세요.`,
    'grpo-truncate-needs-bound.fix': () => 'vllm_importance_sampling_clip_max를 3.0으로 설정',
    'distillation-beta-range': ({ beta }) =>
      `${code('beta')} ${beta}이(가) [0, 1] 밖에 있습니다. 증류 손실의 두 KL 방향을 섞는 비율이므로(0과 1이 각 방향) 0에서 1 사이 값을 고르세요.`,
    'distillation-beta-range.fix': ({ clamped }) => `beta를 ${clamped}(으)로 설정`,
    // check/input-messages: the app's own input errors
    'input.json-syntax': ({ line, column, detail }) => `JSON 형식이 잘못되었습니다(${line}행 ${column}열): ${detail}`,
    'input.internal-error': ({ detail }) => `검사 중 내부 오류가 발생했습니다: ${detail}`,
    // migrate/migrate: what a switch of release or class did to the values
    'migrate.notice': ({ change }) => renderMessage(KO_MESSAGES, change),
    'migrate.dropped': ({ name, configClass }) => `\`${name}\`는 이 릴리스의 ${configClass} 인자가 아니라서 지웠습니다.`,
    'group-by-length-to-strategy': () =>
      '`group_by_length=True`를 `train_sampling_strategy="group_by_length"`로 바꿨습니다(5.0에서 플래그가 전략으로 바뀌었습니다).',
    'group-by-length-to-strategy.default': () => '`group_by_length=False`는 5.x의 기본 샘플링이므로 지웠습니다.',
    'strategy-to-group-by-length': () => '`train_sampling_strategy="group_by_length"`를 4.x 방식인 `group_by_length=True`로 바꿨습니다.',
    'strategy-to-group-by-length.dropped': ({ strategy }) =>
      `\`train_sampling_strategy="${strategy}"\`는 4.x에 해당하는 설정이 없어(4.x는 항상 무작위 샘플링) 지웠습니다.`,
    'warmup-ratio-to-fractional-steps': ({ raw }) =>
      `\`warmup_ratio=${raw}\`를 \`warmup_steps=${raw}\`로 바꿨습니다. 5.15부터 1 미만의 \`warmup_steps\`는 전체 학습 대비 비율입니다.`,
    'warmup-ratio-to-fractional-steps.not-ratio': ({ raw }) =>
      `\`warmup_ratio=${raw}\`는 0~1 사이 비율이 아니고 5.15에는 \`warmup_ratio\`가 없어 지웠습니다. 대신 \`warmup_steps\`를 설정하세요.`,
    'warmup-ratio-to-fractional-steps.zero': () => '`warmup_ratio=0`(웜업 없음)은 5.15의 기본값이라 지웠습니다.',
    'warmup-ratio-to-fractional-steps.whole-run': ({ totalSteps }) =>
      `\`warmup_ratio=1.0\`(학습 전체 동안 웜업)을 이 학습의 전체 옵티마이저 스텝 수인 \`warmup_steps=${totalSteps}\`로 바꿨습니다. 5.15에서 \`warmup_steps=1.0\`은 한 스텝을 뜻하므로 그렇게 옮기지 않았습니다. 학습 길이가 바뀌면 이 값도 고치세요.`,
    'warmup-ratio-to-fractional-steps.whole-run-unknown': () =>
      '`warmup_ratio=1.0`(학습 전체 동안 웜업)은 5.15에서 비율로 쓸 수 없습니다. `warmup_steps=1.0`은 한 스텝이기 때문입니다. 지웠으니 `warmup_steps`를 전체 옵티마이저 스텝 수로 설정하세요.',
    'fractional-steps-to-warmup-ratio': ({ value }) => `\`warmup_steps=${value}\`(전체 대비 비율)를 5.15 이전 방식인 \`warmup_ratio=${value}\`로 바꿨습니다.`,
    // import: notes on imported names
    'import.script-reads-file': ({ file }) =>
      `스크립트는 인자를 ${file}에서 읽습니다(유일한 인자일 때 HfArgumentParser 스크립트가 그렇게 합니다). 그 파일을 가져오세요.`,
    'import.abbreviation': ({ typed, option }) =>
      `argparse는 ${typed}를 ${option}(으)로 확장합니다(모호하지 않은 약어). 스크립트에 ${typed}로 시작하는 다른 옵션이 있으면 예외입니다.`,
    'import.shell-variable': ({ field, variable }) =>
      `${field}에는 셸 변수 ${JSON.stringify(variable)}가 있어 쓰인 그대로 두었습니다. 명령을 실행할 때 셸이 값을 채웁니다.`,
    'import.yaml-omegaconf': ({ scalar, number, yaml11 }) =>
      `LLaMA-Factory(OmegaConf)는 ${scalar}를 숫자 ${number}로 읽지만, HfArgumentParser.parse_yaml_file(PyYAML)은 문자열 "${scalar}"로 읽습니다. 둘 다 숫자로 읽게 하려면 ${yaml11}로 쓰세요.`,
    'import.axolotl': ({ note }) => AXOLOTL_NOTE_KO[note],
    'import.owner': ({ owner }) => OWNER_LABEL_KO[owner],
    // emit/emit-notes: what the user must know or still decide about a generated side file
    'emit.deepspeed.save-as': ({ file }) => `이 파일을 ${file}(으)로 저장하세요. deepspeed="${file}"가 이 파일을 가리킵니다.`,
    'emit.deepspeed.from-dict': ({ file }) =>
      `deepspeed가 dict입니다. 이 파일은 그 dict에서 Trainer가 채우는 값을 모두 "auto"로 바꾼 것입니다. ${file}로 저장하고 deepspeed="${file}"로 지정하거나 dict에 옮겨 쓰세요.`,
    'emit.deepspeed.unset': ({ file }) => `deepspeed가 설정되지 않아 DeepSpeed가 꺼져 있습니다. 이 파일을 ${file}로 저장하고 deepspeed="${file}"로 지정하세요.`,
    'emit.deepspeed.stage-default': () =>
      'ZeRO 2단계(직접 정할 값): 옵티마이저 상태와 그래디언트를 나누고 가중치는 GPU마다 통째로 둡니다. 보통 처음 고르는 단계입니다. 가중치가 GPU 하나에 들어가지 않으면 3을 쓰고, 3으로도 메모리가 모자랄 때만 "offload_optimizer" / "offload_param"을 더하세요.',
    'emit.deepspeed.stage': ({ stage, offload, from }) =>
      `ZeRO ${stage}단계${offload ? ' CPU 오프로드 포함(스텝은 느려지고 GPU 메모리는 크게 줄어듦)' : ''}: ${from === 'dict' ? 'deepspeed dict에 적힌 값' : 'deepspeed가 가리키는 파일 이름에 적힌 값'}입니다. 원하는 단계인지 확인하세요.`,
    'emit.deepspeed.adamw': ({ optim }) =>
      `optimizer: optim="${optim}" 대신 DeepSpeed의 AdamW를 씁니다(같은 업데이트, lr/betas/eps/weight_decay는 인자에서 채움). Trainer의 옵티마이저를 그대로 쓰려면 "optimizer" 섹션을 지우세요.`,
    'emit.deepspeed.no-optimizer': ({ optim }) =>
      `optimizer: DeepSpeed에는 "${optim}"에 해당하는 옵티마이저가 없어 "optimizer" 섹션을 넣지 않았고 Trainer가 ${optim}을(를) 직접 만듭니다(zero_allow_untested_optimizer를 켭니다). ${optim}이(가) 고른 ZeRO 단계와 오프로드에서 동작하는지 확인하세요.`,
    'emit.deepspeed.no-scheduler': ({ schedule }) =>
      `scheduler: DeepSpeed에는 "${schedule}" 스케줄이 없어 "scheduler" 섹션을 넣지 않았고 Trainer의 lr_scheduler_type="${schedule}"이(가) 그대로 쓰입니다.`,
    'emit.deepspeed.scheduler': ({ scheduler, schedule }) =>
      `scheduler: 선형 웜업을 쓰는 ${scheduler}이(가) lr_scheduler_type="${schedule}"과 같은 모양입니다. 스텝 수는 Trainer가 전체 학습 스텝을 안 뒤에 채웁니다.`,
    'emit.deepspeed.zero3-save': () =>
      'ZeRO-3: save_model이 전체 가중치를 저장하도록 stage3_gather_16bit_weights_on_model_save를 true로 두었습니다. 모델은 TrainingArguments를 만든 뒤에 만들어야 불러오는 동안 분할됩니다.',
    'emit.deepspeed.hidden-size': () => '"auto" 버킷 크기는 모델 설정의 hidden_size로 계산됩니다. hidden_size나 hidden_sizes가 없는 모델이면 숫자로 바꾸세요.',
    'emit.accelerate.fsdp-config-file': ({ file }) =>
      `fsdp_config가 여기서 읽을 수 없는 파일(${pythonText(file)})을 가리킵니다. 그 설정을 아래 fsdp_config에 fsdp_ 접두사를 붙여 옮기세요.`,
    'emit.accelerate.rejected': ({ key, value, fix }) =>
      `fsdp_config.${key}=${pythonRepr(value)}은(는) 넣지 않았습니다. 라이브러리가 거부하는 값입니다(fsdp_config는 "auto"를 받지 않음). ${rejectedFixKo(fix)} 고친 뒤 다시 내보내세요.`,
    'emit.accelerate.fsdp-off': () =>
      'fsdp가 설정되지 않아 Trainer가 FSDP 플러그인을 만들지 않습니다. 인자와 이 파일이 맞도록 fsdp=True(와 fsdp_config)를 설정하세요.',
    'emit.accelerate.xla': () =>
      'fsdp_config.xla가 켜져 있습니다. XLA FSDP는 accelerate의 FSDP 플러그인이 아니라 torch_xla로 돌므로 이 파일에는 FSDP 설정을 넣지 않았습니다.',
    'emit.accelerate.wrap-class': () =>
      'transformer_layer_cls_to_wrap가 없어 accelerate가 모델의 _no_split_modules를 감쌉니다(transformers 모델이면 충분). 다른 모델이면 레이어 클래스(예: LlamaDecoderLayer)를 적으세요.',
    'emit.accelerate.multi-node': () =>
      '여러 머신: 머신마다 accelerate launch에 --machine_rank <그 머신의 순위> --main_process_ip <rank 0 주소>를 주세요(여기의 machine_rank 0은 첫 머신 값입니다).',
    'emit.accelerate.one-process': () =>
      '프로세스가 하나입니다. FSDP는 프로세스 사이에서만 나누므로 Launch 패널의 노드당 장치 수(num_processes)를 GPU 수로 맞추세요.',
    'emit.accelerate.in-step': () =>
      'Trainer는 fsdp / fsdp_config로 FSDP 플러그인을 만듭니다. 이 파일은 그 값을 launcher용으로 옮긴 것이니 둘을 함께 바꾸세요.',
  },
};
