import type { KoreanTargetTexts } from './locale-types';

// Loaded lazily together with ko.ts (see the web's `loadKorean`); only tests may import it statically.

export type { KoreanTargetTexts } from './locale-types';

/** Korean texts for the transformers 4.56 target. */
export const KO_V4: KoreanTargetTexts = {
  fields: {
    // 4.x-only fields
    overwrite_output_dir: {
      summary: '예제 스크립트가 파일이 이미 있는 output_dir에 덮어써도 되는지 알려 줍니다.',
      help: 'Trainer 자체는 이 값을 읽지 않습니다. 공식 예제 스크립트가 학습 전에 확인하는데, 꺼져 있으면 `output_dir`가 비어 있지 않을 때 멈추고, 켜져 있으면 마지막 체크포인트에서 이어 가지 않고 처음부터 다시 시작합니다. v5에서 제거되었습니다. 기본값은 False입니다.',
    },
    save_safetensors: {
      summary: '체크포인트를 safetensors 파일로 저장합니다. 끄면 PyTorch .bin pickle로 저장합니다.',
      help: 'safetensors 파일은 더 빨리 로드되고 열 때 코드를 실행할 수 없으므로, 모델을 그 형식으로 직렬화할 수 없는 경우(예: 공유 텐서)가 아니면 켜 두세요. 끄면 안내 로그만 남깁니다. v5는 항상 safetensors로 저장하며 이 스위치가 없습니다. 기본값은 True입니다.',
    },
    jit_mode_eval: {
      summary: '평가와 예측 전에 모델을 TorchScript(torch.jit.trace)로 trace합니다.',
      help: 'CPU 추론 속도를 높이기 위한 옵션이며, forward를 trace할 수 없는 모델은 경고와 함께 eager 모드로 돌아갑니다. v5에서 제거되었고, 이제 추론 속도를 높이려면 `torch_compile`을 씁니다. 기본값은 False입니다.',
    },
    fp16_opt_level: {
      summary: 'NVIDIA apex AMP 최적화 레벨(O0–O3). fp16이 apex 백엔드로 돌 때만 읽습니다.',
      help: 'O1은 안전한 곳에서 함수를 float16으로 실행하도록 패치하고, O2는 float32 마스터 가중치를 두고 모델을 float16으로 바꾸며, O3는 순수 float16입니다. 기본 백엔드인 torch.amp는 이 값을 무시합니다. v5에서 apex 지원과 함께 제거되었습니다. 기본값은 `O1`입니다.',
    },
    half_precision_backend: {
      summary: '혼합 정밀도 구현: auto(torch.amp), apex, cpu_amp.',
      help: '`auto`는 GPU와 CPU에서 torch.amp를 쓰고, `cpu_amp`는 CPU autocast 경로를 강제하며, `apex`는 NVIDIA apex AMP를 씁니다. `apex`는 설치되어 있어야 하고 `bf16`과 함께 쓸 수 없습니다. 다른 이름은 Trainer가 검사하지 않습니다. v5에서 제거되었고 v5는 항상 torch.amp를 씁니다. 기본값은 `auto`입니다.',
    },
    tpu_num_cores: {
      summary: 'TPU 코어 수. TPU 런처 스크립트가 채워 넣습니다.',
      help: '`xla_spawn.py`가 코어마다 프로세스를 하나씩 띄울 때 설정합니다. 직접 실행할 때는 비워 두세요. v5에서 제거되었습니다. 기본값은 None입니다.',
    },
    past_index: {
      summary: '다음 스텝에 넣을 과거 hidden state(mems)가 들어 있는 모델 출력의 인덱스.',
      help: 'Transformer-XL이나 XLNet처럼 메모리를 돌려주는 모델에만 해당합니다. Trainer가 그 출력을 저장해 두었다가 다음 배치에 `mems`로 넘깁니다. -1이면 끕니다. v5에서 제거되었습니다. 기본값은 -1입니다.',
    },
    group_by_length: {
      summary: '길이가 비슷한 샘플끼리 배치로 묶어 패딩 낭비를 줄입니다.',
      help: '무작위성을 어느 정도 유지하는 길이 그룹 샘플러를 씁니다. 데이터셋에 `length_column_name` 열이 있으면 그 길이를, 없으면 샘플마다 한 번씩 길이를 잽니다. 길이가 들쭉날쭉한 데이터에서 학습이 빨라집니다. v5에서는 `train_sampling_strategy="group_by_length"`로 바뀌었습니다. 기본값은 False입니다.',
    },
    use_legacy_prediction_loop: {
      summary: '평가와 예측에 evaluation_loop 대신 예전 prediction_loop를 씁니다.',
      help: '예전 loop를 override한 코드를 위해 남아 있습니다. 예전 loop는 길이가 없는 데이터셋이나 일부 분산 gather 상황을 처리하지 못합니다. v5에서 제거되었습니다. 기본값은 False입니다.',
    },
    mp_parameters: {
      summary: 'SageMaker 런처가 넘기는 model-parallel 설정. Trainer는 무시합니다.',
      help: 'SageMaker가 model-parallel 작업을 시작할 때 채워 넣습니다. 직접 설정할 것은 없습니다. v5에서 제거되었습니다. 기본값은 빈 문자열입니다.',
    },
    ray_scope: {
      summary: 'hyperparameter_search가 최고 trial을 고를 때 Ray Tune이 비교할 체크포인트 범위.',
      help: '`last`는 trial마다 마지막 체크포인트를, `all`은 모든 체크포인트를, `last-5-avg` / `last-10-avg`는 마지막 몇 개의 평균을 비교합니다. Ray 백엔드를 쓰는 `Trainer.hyperparameter_search`만 읽습니다. v5에서 제거되었습니다. 기본값은 `last`입니다.',
    },
    include_tokens_per_second: {
      summary: '속도 지표에 장치당 초당 토큰 수(tgs)를 추가합니다.',
      help: 'Trainer가 학습 전에 학습 데이터의 토큰 수를 미리 세므로 데이터를 한 번 훑는 시간이 들고, 처리량은 학습이 끝날 때 보고합니다. v5에서는 `include_num_input_tokens_seen`으로 대체되어 제거되었습니다. 기본값은 False입니다.',
    },
    per_gpu_train_batch_size: {
      summary: 'per_device_train_batch_size의 옛 이름. 0이 아닌 값을 주면 그쪽보다 우선합니다.',
      help: '장치당 학습 배치는 `per_gpu_train_batch_size or per_device_train_batch_size`이므로, 여기에 양수를 주면 (경고와 함께) 다른 설정을 대신하고 None이나 0이면 다른 설정이 그대로 쓰입니다. v5에서 제거되었습니다. 기본값은 None입니다.',
      deprecated: '뜻이 같은 `per_device_train_batch_size`를 쓰면 됩니다.',
    },
    per_gpu_eval_batch_size: {
      summary: 'per_device_eval_batch_size의 옛 이름. 0이 아닌 값을 주면 그쪽보다 우선합니다.',
      help: '장치당 평가 배치는 `per_gpu_eval_batch_size or per_device_eval_batch_size`이므로, 여기에 양수를 주면 (경고와 함께) 다른 설정을 대신하고 None이나 0이면 다른 설정이 그대로 쓰입니다. v5에서 제거되었습니다. 기본값은 None입니다.',
      deprecated: '뜻이 같은 `per_device_eval_batch_size`를 쓰면 됩니다.',
    },
    no_cuda: {
      summary: 'use_cpu의 옛 이름. True면 deprecation 경고와 함께 use_cpu로 복사됩니다.',
      help: 'True면 라이브러리가 `use_cpu=True`로 설정하고, 그러면 `dataloader_pin_memory`도 꺼집니다. False면 `use_cpu`는 설정한 그대로입니다. v5에서 제거되었습니다. 기본값은 False입니다.',
      deprecated: '대신 `use_cpu=True`를 쓰면 됩니다.',
    },
    use_mps_device: {
      summary: 'Apple Silicon GPU용 옛 스위치. MPS는 있으면 자동으로 쓰입니다.',
      help: 'True는 검사만 일으킵니다. 쓸 수 있는 MPS 장치가 없는 머신(Apple GPU 없음, macOS 12.3 미만, MPS 없이 빌드된 PyTorch)에서는 라이브러리가 오류를 냅니다. Mac에서도 바뀌는 것은 없습니다. v5에서 제거되었습니다. 기본값은 False입니다.',
      deprecated: '설정하지 않고 두면 됩니다. MPS는 자동으로 쓰이며, `use_cpu=True`로 피할 수 있습니다.',
    },
    use_ipex: {
      summary: 'Intel CPU와 XPU에서 Intel Extension for PyTorch(IPEX)로 모델을 최적화합니다.',
      help: '학습을 시작할 때 `intel_extension_for_pytorch` 패키지가 필요합니다. 그 최적화가 PyTorch 자체로 옮겨 갔기 때문에 4.56은 이 옵션이 없어질 것이라고 경고합니다. v5에서 제거되었습니다. 기본값은 False입니다.',
      deprecated: '지우면 됩니다. 최신 PyTorch에 CPU와 XPU 최적화가 이미 들어 있습니다.',
    },
    tpu_metrics_debug: {
      summary: 'TPU 디버그 지표용 옛 스위치. True면 debug에 tpu_metrics_debug를 추가합니다.',
      help: '라이브러리가 `debug` 옵션에 `tpu_metrics_debug`를 추가하고 경고한 뒤 이 플래그를 False로 되돌립니다. v5에서 제거되었습니다. 기본값은 False입니다.',
      deprecated: '대신 `debug`에 `tpu_metrics_debug`를 추가하면 됩니다.',
    },
    fsdp_min_num_params: {
      summary: 'FSDP 크기 기준 auto-wrap 임계값의 옛 자리. fsdp_config로 합쳐집니다.',
      help: '라이브러리가 이 값과 `fsdp_config["min_num_params"]` 중 큰 값을 `fsdp_config`에 저장하고, 이 값이 0보다 크면 경고합니다. v5에서 제거되었습니다. 기본값은 0입니다.',
      deprecated: '`fsdp_config` 안에 `min_num_params`를 설정하면 됩니다.',
    },
    fsdp_transformer_layer_cls_to_wrap: {
      summary: 'FSDP가 감쌀 레이어 클래스의 옛 자리. fsdp_config.transformer_layer_cls_to_wrap에 추가됩니다.',
      help: '`LlamaDecoderLayer` 같은 클래스 이름 하나를 주세요. 라이브러리가 경고와 함께 `fsdp_config`의 리스트에 추가합니다. v5에서 제거되었습니다. 기본값은 None입니다.',
      deprecated: '`fsdp_config` 안에 `transformer_layer_cls_to_wrap`을 설정하면 됩니다.',
    },
    adafactor: {
      summary: 'Adafactor용 옛 스위치. True면 optim이 무엇이든 "adafactor"로 바꿉니다.',
      help: '`optim`보다 나중에 확인하므로, deprecation 경고와 함께 고른 옵티마이저를 덮어씁니다. v5에서 제거되었습니다. 기본값은 False입니다.',
      deprecated: '대신 `optim="adafactor"`를 쓰면 됩니다.',
    },
    include_inputs_for_metrics: {
      summary: 'compute_metrics에 입력을 넘기는 옛 스위치. True면 include_for_metrics에 "inputs"를 추가합니다.',
      help: '라이브러리가 `include_for_metrics`에 `inputs`를 추가하고 deprecation 경고를 남깁니다. v5에서 제거되었습니다. 기본값은 False입니다.',
      deprecated: '대신 `include_for_metrics`에 `inputs`를 추가하면 됩니다.',
    },
    fp16_backend: {
      summary: 'half_precision_backend의 옛 이름. auto가 아닌 값은 그쪽으로 복사됩니다.',
      help: '`auto`가 아닌 값은 deprecation 경고와 함께 `half_precision_backend`를 대신하므로, 여기의 `apex`도 같은 요구 사항이 있습니다. v5에서 제거되었습니다. 기본값은 `auto`입니다.',
      deprecated: '대신 `half_precision_backend`를 쓰면 됩니다.',
    },
    push_to_hub_model_id: {
      summary: 'Hub 저장소 이름을 정하던 옛 방법. 조직 이름을 붙여 hub_model_id가 됩니다.',
      help: '`push_to_hub_organization`이 있으면 저장소는 `organization/name`이 되고, 없으면 라이브러리가 `hub_token`으로 Hub에서 사용자 이름을 조회해(네트워크 호출) `user/name`을 만듭니다. 설정한 `hub_model_id`를 대신합니다. v5에서 제거되었습니다. 기본값은 None입니다.',
      deprecated: '대신 `hub_model_id`에 저장소의 전체 이름을 쓰면 됩니다.',
    },
    push_to_hub_organization: {
      summary: '조직으로 업로드하던 옛 방법. hub_model_id를 organization/<output_dir 폴더>로 설정합니다.',
      help: '`push_to_hub_model_id`가 없으면 저장소 이름은 `output_dir`의 마지막 폴더 이름이 됩니다. deprecation 경고와 함께 설정한 `hub_model_id`를 대신합니다. v5에서 제거되었습니다. 기본값은 None입니다.',
      deprecated: '대신 `hub_model_id="organization/name"`처럼 쓰면 됩니다.',
    },
    push_to_hub_token: {
      summary: 'hub_token의 옛 이름. 설정하면 hub_token을 대신합니다.',
      help: 'deprecation 경고와 함께 `hub_token`으로 복사됩니다. 토큰을 코드에 쓰기보다 `hf auth login`으로 로그인하세요. v5에서 제거되었습니다. 기본값은 None입니다.',
      deprecated: '대신 `hub_token`을 쓰거나, 로그인한 뒤 둘 다 비워 두면 됩니다.',
    },
    torchdynamo: {
      summary: 'torch_compile_backend의 옛 이름. 설정하면 백엔드를 바꾸고 컴파일을 켭니다.',
      help: 'deprecation 경고와 함께 `torch_compile_backend`로 복사되고, 그러면 `torch_compile`도 켜집니다. v5에서 제거되었습니다. 기본값은 None입니다.',
      deprecated: '대신 `torch_compile_backend`를 쓰면 됩니다.',
    },

    // v5 fields whose 4.56 texts differ
    warmup_steps: {
      summary: '옵티마이저 업데이트 단위의 웜업 길이. 0보다 크면 warmup_ratio보다 우선합니다.',
      help: '웜업 동안 학습률이 0에서 `learning_rate`까지 선형으로 오릅니다. 4.x에서는 0 이상의 정수여야 하며, 0.1이나 10.0 같은 float는 거부됩니다. 0이면 웜업은 `ceil(total updates × warmup_ratio)`입니다. `constant`와 `reduce_lr_on_plateau`는 웜업을 무시합니다. 기본값은 0입니다.',
    },
    warmup_ratio: {
      summary: '전체 업데이트 대비 웜업 비율. warmup_steps가 0일 때 쓰입니다.',
      help: '0과 1 사이여야 합니다. 웜업은 `ceil(total updates × warmup_ratio)`가 되므로, 0.1이면 학습의 처음 10 % 동안 웜업합니다. 양수 `warmup_steps`가 우선하며, 라이브러리는 이를 info 로그로만 알립니다. 기본값은 0.0입니다.',
    },
    report_to: {
      summary: '로그를 받을 실험 트래커. 비워 두면 설치된 모든 트래커가 받습니다.',
      help: '기본값 None을 4.x는 `all`로 읽어서, 패키지가 설치된 모든 통합이 로그를 받습니다(그래서 wandb를 설치하면 조용히 켜집니다). 리포팅을 끄려면 `none`을 쓰고, 아니면 `tensorboard`나 `wandb` 같은 트래커를 나열하세요. 트래커마다 자기 패키지가 필요하고, 모르는 이름이면 Trainer가 실패합니다.',
    },
    include_num_input_tokens_seen: {
      summary: '처리한 입력 토큰 수를 세어 `num_input_tokens_seen`으로 로그에 남깁니다.',
      help: 'True면 배치마다 패딩을 포함한 모든 토큰을 셉니다. 4.56에는 패딩을 빼고 세는 모드가 없습니다. 분산 실행에서는 프로세스 간 gather가 필요해 시간이 조금 듭니다. True나 False만 쓸 수 있습니다. 기본값은 False입니다.',
    },
    logging_dir: {
      summary: 'TensorBoard 로그 폴더. 비우면 `<output_dir>/runs/<date-time>_<host>`입니다.',
      help: 'TensorBoard 통합이 읽습니다. 비워 두면 라이브러리가 인자를 만들 때마다 시각과 호스트 이름으로 새 폴더 이름을 만들기 때문에 실행끼리 덮어쓰지 않습니다. 기본값은 None입니다.',
    },
    ddp_backend: {
      help: '비워 두면 accelerate가 하드웨어에 맞게 고릅니다. `ccl`은 Intel CPU와 GPU(oneCCL), `hccl`은 Gaudi와 Ascend, `cncl`은 Cambricon MLU, `mccl`은 Moore Threads GPU용입니다. 값은 명령줄 파서만 검사합니다. 기본값은 None입니다.',
    },
    average_tokens_across_devices: {
      help: '켜면 레이블 토큰 수를 all-reduce로 모든 프로세스에 걸쳐 합산하므로, 모든 장치가 같은 총합으로 loss를 나눕니다. 4.56은 프로세스가 하나뿐이면 이 값을 스스로 끄기 때문에, 단일 GPU 실행에서는 항상 False가 됩니다. 기본값은 True입니다.',
    },
  },
};
