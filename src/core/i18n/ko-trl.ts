import type { FieldTexts, KoreanClassTexts } from './locale-types';

// Loaded lazily together with ko.ts (see the web's `loadKorean`); only tests may import it statically.

/** `bf16` as every TRL class redeclares it (see `trlOverrides`). */
const TRL_BF16: FieldTexts = {
  summary: 'bfloat16 혼합 정밀도. 비워 두면 TRL이 `fp16`이 꺼져 있는 한 켭니다.',
  help: '비어 있으면(None) `not fp16`이 되므로 TRL은 기본적으로 bf16으로 학습합니다. bf16을 지원하는 가속기가 없는 머신에서는 이 기본값이 거부되니 `bf16=False`로 두세요(오래된 GPU라면 `fp16=True`도 함께).',
};

/** `remove_unused_columns` as GRPO, RLOO and Distillation redeclare it (see `KEEP_COLUMNS`). */
const TRL_KEEP_COLUMNS: FieldTexts = {
  summary: '모델이 받지 않는 데이터셋 열을 제거합니다. 보상 함수가 읽을 수 있어 여기서는 꺼져 있습니다.',
  help: 'TRL은 남는 열이 보상 함수에 전달되도록 기본으로 이 값을 끕니다.',
};

/** The Korean of the config classes' summaries, of the TRL field texts (`TRL_FIELD_TEXTS`) and of the wordings config classes give their fields. */
export const KO_TRL: KoreanClassTexts = {
  summaries: {
    TrainingArguments: 'Trainer의 기본 인자입니다.',
    Seq2SeqTrainingArguments: 'Seq2SeqTrainer(요약, 번역)용 생성 설정이 더해진 TrainingArguments입니다.',
    SFTConfig: 'TRL 지도 파인튜닝(SFTTrainer)입니다.',
    DPOConfig: '선호/비선호 쌍으로 학습하는 TRL DPO(DPOTrainer)입니다.',
    GRPOConfig: '보상 함수로 학습하는 TRL GRPO(GRPOTrainer)입니다.',
    KTOConfig: '좋음/나쁨 레이블 예제로 학습하는 TRL KTO(KTOTrainer)입니다.',
    RewardConfig: '선호 쌍으로 보상 모델을 학습하는 TRL RewardTrainer입니다.',
    RLOOConfig: '보상 함수로 학습하는 TRL RLOO(RLOOTrainer)입니다.',
    DistillationConfig: '교사 모델에서 배우는 TRL 온폴리시 증류(DistillationTrainer, TRL 1.13 신규)입니다.',
  },
  fields: {
    // model loading
    model_init_kwargs: {
      summary: '트레이너가 이름으로 모델을 로드할 때 from_pretrained에 넘길 키워드 인자.',
      help: '트레이너가 모델 객체가 아니라 모델 이름이나 경로를 받을 때만 쓰입니다(예: {"dtype": "bfloat16"}). JSON 객체 문자열은 파싱되고, 그 안의 문자열 값은 TrainingArguments의 dict 필드처럼 변환됩니다.',
    },
    trust_remote_code: {
      summary: '로드할 때 Hub 저장소에 함께 있는 모델·토크나이저 코드를 실행합니다.',
      help: 'transformers에 없는 아키텍처에 필요합니다. 그 저장소의 Python 코드가 내 머신에서 실행되므로 믿을 수 있는 저장소에서만 켜세요.',
    },
    router_aux_loss_coef: {
      summary: '학습 손실에 더하는 Mixture-of-Experts 부하 분산 손실의 가중치.',
      help: '라우터 손실은 Mixture-of-Experts 모델에만 있고 dense 모델은 이 값을 무시합니다. 0이면 더하지 않습니다.',
    },
    chat_template_path: {
      summary: '토크나이저 대신 쓸 채팅 템플릿: 토크나이저 이름이나 폴더, 또는 Jinja 파일.',
      help: '비워 두면 토크나이저 자체 템플릿을 그대로 씁니다.',
    },
    disable_dropout: {
      summary: '학습하는 모델(참조 모델이 있으면 그 모델도)의 dropout을 끕니다.',
      help: '선호도 손실과 RL 손실은 같은 텍스트의 로그 확률을 두 번 계산해 비교하는데, dropout이 있으면 그 값이 흔들립니다.',
    },
    cast_lm_head_to_fp32: {
      summary: '정책 모델과 참조 모델의 출력 레이어(`lm_head`)를 float32로 유지합니다.',
      help: '메모리를 조금 더 쓰는 대신 로그 확률이 더 정확해집니다. 모델이 입력 임베딩과 출력 임베딩을 묶어(tie) 두지 않아야 합니다.',
    },
    teacher_model_name_or_path: {
      summary: '학생 모델이 증류받을 교사 모델(Hub 이름 또는 로컬 폴더).',
      help: '`teacher_model_init_kwargs`로 로드합니다. 트레이너에 교사 모델 객체를 넘길 때는 비워 두세요.',
    },
    teacher_model_revision: {
      summary: '로드할 교사 모델의 브랜치, 태그 또는 커밋.',
      help: '비워 두면 기본 브랜치를 로드합니다.',
    },
    teacher_model_init_kwargs: {
      summary: '교사 모델을 이름으로 로드할 때 from_pretrained에 넘길 키워드 인자.',
      help: '교사 모델용 `model_init_kwargs`입니다. JSON 객체 문자열은 파싱됩니다.',
    },

    // data
    dataset_text_field: {
      summary: '학습할 일반 텍스트가 들어 있는 데이터셋 열.',
      help: '언어 모델링 데이터셋에 쓰입니다. 대화형 데이터셋과 prompt/completion 데이터셋은 열 구성으로 자동 판별됩니다.',
    },
    dataset_kwargs: {
      summary: '데이터셋 준비 옵션. TRL은 `skip_prepare_dataset`만 읽습니다.',
      help: '데이터셋이 이미 토큰화되어 있으면 {"skip_prepare_dataset": true}로 두세요. TRL 1.13에서는 JSON 객체 문자열이 파싱됩니다.',
    },
    dataset_num_proc: {
      summary: '데이터셋을 토큰화하고 준비하는 데 쓸 프로세스 수. 비워 두면 하나를 씁니다.',
      help: '큰 데이터셋의 준비 시간을 줄여 줍니다. 정수여야 합니다.',
    },
    eos_token: {
      summary: '끝에 붙일 시퀀스 종료 토큰. 비워 두면 토크나이저의 것을 씁니다.',
      help: '토크나이저의 어휘에 있는 토큰이어야 합니다.',
    },
    max_length: {
      summary: '유지할 토큰화된 시퀀스의 최대 길이. 더 긴 것은 잘립니다. 비우면 제한이 없습니다.',
      help: '패킹을 쓰면 이 값이 패킹된 블록 하나의 길이이기도 하므로 그때는 비워 둘 수 없습니다.',
    },
    truncation_mode: {
      summary: '너무 긴 시퀀스를 자를 때 어느 쪽을 남길지 정합니다.',
      help: '`keep_start`는 앞부분을 남깁니다. `keep_end`는 deprecated되었으며 경고 로그를 남깁니다.',
    },
    shuffle_dataset: {
      summary: '학습 전에 학습 예제를 섞습니다.',
      help: '샘플러는 그대로 `train_sampling_strategy`를 따릅니다. 이 옵션은 데이터셋 자체를 한 번 섞습니다.',
    },
    packing: {
      summary: '여러 예제를 `max_length` 토큰 길이의 블록으로 이어 붙여 패딩에 연산을 쓰지 않게 합니다.',
      help: '`max_length`가 있어야 합니다. 방식은 `packing_strategy`가 정합니다.',
    },
    packing_strategy: {
      summary: '예제를 패킹된 블록에 채워 넣는 방식.',
      help: '`bfd`는 예제를 통째로 best-fit-decreasing 방식으로 채우고 넘치는 부분은 잘라 냅니다. `bfd_split`은 넘치는 부분을 새 예제로 나누고, `wrapped`는 스트림을 아무 데서나 자릅니다. 예전 이름 `bfd-requeue`는 경고와 함께 `bfd_split`으로 바뀝니다.',
    },
    padding_free: {
      summary: '각 배치를 패딩 없이 하나의 시퀀스로 이어 붙입니다.',
      help: 'FlashAttention 2나 3 어텐션 커널에서만 올바르게 동작합니다. DPO는 경고와 함께 이 값을 다시 끕니다.',
    },
    pad_to_multiple_of: {
      summary: '패딩된 길이를 이 수의 배수로 올림합니다. 비워 두면 올림하지 않습니다.',
      help: '8이나 64의 배수로 맞추면 텐서 코어 커널이 빨라질 수 있습니다.',
    },
    eval_packing: {
      summary: '평가 데이터셋도 패킹합니다. 비워 두면 `packing`을 따릅니다.',
      help: '패킹으로 학습하면서 평가는 패킹하지 않은 온전한 예제로 하려면 False로 두세요.',
    },
    max_completion_length: {
      summary: '완성문(completion) 하나에 생성할 최대 토큰 수. 비우면 제한이 없습니다.',
      help: '더 긴 완성문은 잘립니다. `mask_truncated_completions`로 잘린 완성문을 손실에서 뺄 수 있습니다.',
    },

    // losses
    completion_only_loss: {
      summary: '완성문 토큰으로만 학습합니다. 비워 두면 데이터셋에 따라 정해집니다.',
      help: '비워 두면 prompt/completion 데이터셋은 완성문으로만, 다른 데이터셋은 모든 토큰으로 학습합니다.',
    },
    assistant_only_loss: {
      summary: '대화에서 어시스턴트 차례의 토큰으로만 학습합니다.',
      help: '어시스턴트 차례를 표시하는({% generation %}) 채팅 템플릿이 필요합니다.',
    },
    loss_type: {
      summary: '트레이너가 최적화하는 손실.',
      help: '선택지를 보세요. 클래스마다 고를 수 있는 손실이 다릅니다.',
    },
    loss_weights: {
      summary: '여러 손실을 조합할 때 `loss_type`의 항목마다 하나씩 주는 가중치.',
      help: '숫자 개수가 `loss_type`의 항목 수와 정확히 같아야 합니다(손실 하나는 한 개로 셉니다). 비워 두면 각 손실의 가중치는 1.0입니다.',
    },
    ld_alpha: {
      summary: 'LD-DPO: chosen과 rejected가 공유하는 길이를 넘어서는 토큰의 가중치.',
      help: '0과 1 사이 값입니다. 비워 두면 일반 DPO입니다.',
    },
    f_divergence_type: {
      summary: '정책을 참조 모델 가까이 붙잡아 두는 발산(f-DPO).',
      help: '`reverse_kl`이 표준 DPO입니다. `alpha_divergence`는 `f_alpha_divergence_coef`를 씁니다.',
    },
    f_alpha_divergence_coef: {
      summary: 'alpha 발산의 alpha 값.',
      help: '`f_divergence_type`이 `alpha_divergence`일 때만 읽습니다.',
    },
    label_smoothing: {
      summary: '선호도 라벨이 틀렸을 확률. `robust`와 `exo_pair` 손실에서 씁니다.',
      help: '`exo_pair`는 0보다 큰 값이 필요하고, `robust`는 0 이상 0.5 미만의 값을 기대합니다.',
    },
    beta: {
      summary: '학습을 참조 모델 가까이 얼마나 강하게 붙잡아 둘지 정합니다.',
      help: '값이 클수록 정책이 참조 모델에 더 가깝게 유지됩니다.',
    },
    use_weighting: {
      summary: '각 쌍에 정책의 길이 정규화 확률로 가중치를 줍니다(WPO).',
      help: '`aot`와 `aot_unpaired` 손실에는 구현되어 있지 않습니다.',
    },
    discopop_tau: {
      summary: 'DiscoPOP 손실의 온도.',
      help: '`loss_type`에 `discopop`이 있을 때만 읽습니다.',
    },
    desirable_weight: {
      summary: '바람직한(desirable) 예제의 손실 가중치.',
      help: '바람직한 예제가 바람직하지 않은 예제보다 드물면 이 값을 올려 두 종류가 비슷한 무게를 갖게 하세요.',
    },
    undesirable_weight: {
      summary: '바람직하지 않은(undesirable) 예제의 손실 가중치.',
      help: '바람직하지 않은 예제가 더 드문 쪽이면 이 값을 올리세요.',
    },
    center_rewards_coefficient: {
      summary: '보상 모델의 점수가 0을 중심으로 모이도록 하는 페널티의 가중치. 비워 두면 끕니다.',
      help: '0.01 같은 작은 값을 흔히 씁니다.',
    },
    activation_offloading: {
      summary: '가속기 메모리를 아끼려고 forward 동안 활성값을 CPU 메모리로 옮깁니다.',
      help: '활성값이 CPU로 갔다가 돌아오므로 더 느립니다.',
    },
    pad_token: {
      summary: 'Deprecated: 사용할 패딩 토큰.',
      help: '대신 `tokenizer.pad_token`을 설정하고 토크나이저를 `processing_class`로 넘기세요. 이 값을 설정하면 FutureWarning 로그가 남습니다.',
      deprecated: '대신 `tokenizer.pad_token`을 설정하고 토크나이저를 `processing_class`로 넘기면 됩니다.',
    },

    // reference model
    precompute_ref_log_probs: {
      summary: '학습 전에 데이터셋 전체에 대해 참조 모델의 로그 확률을 미리 계산합니다.',
      help: '그러면 학습 중에 참조 모델을 메모리에 둘 필요가 없습니다. `sync_ref_model`과 함께 쓸 수 없습니다.',
    },
    precompute_ref_batch_size: {
      summary: '그 사전 계산의 배치 크기. 비워 두면 학습 또는 평가 배치 크기를 씁니다.',
      help: '메모리가 허락하면 배치를 키워 사전 계산을 더 빨리 끝낼 수 있습니다.',
    },
    sync_ref_model: {
      summary: '`ref_model_sync_steps`마다 참조 모델을 현재 정책 쪽으로 옮깁니다(TR-DPO).',
      help: '참조 모델이 있어야 합니다. 미리 계산한 참조 로그 확률과 함께 쓸 수 없고, GRPO와 RLOO에서는 `beta`가 0일 때도 쓸 수 없습니다.',
    },
    ref_model_mixup_alpha: {
      summary: '동기화할 때마다 참조 모델에 섞어 넣는 정책의 비율.',
      help: '참조 모델 = alpha × 정책 + (1 − alpha) × 참조 모델. `sync_ref_model`이 켜져 있을 때만 읽습니다.',
    },
    ref_model_sync_steps: {
      summary: '참조 모델을 두 번 동기화하는 사이의 스텝 수.',
      help: '`sync_ref_model`이 켜져 있을 때만 읽습니다.',
    },

    // generation
    num_generations: {
      summary: '프롬프트마다 샘플링하는 완성문 수. advantage는 같은 프롬프트의 완성문끼리 비교합니다.',
      help: '2 이상이어야 합니다. 생성 배치(`generation_batch_size`)가 이 값의 배수여야 하고, 평가할 때는 전역 평가 배치도 이 값의 배수여야 합니다.',
    },
    num_generations_eval: {
      summary: '평가 중 프롬프트마다 생성할 완성문 수. 비우거나 0이면 `num_generations`를 씁니다.',
      help: '전역 평가 배치(`per_device_eval_batch_size` × 프로세스 수)가 이 값의 배수여야 합니다.',
    },
    ds3_gather_for_generation: {
      summary: 'DeepSpeed ZeRO-3에서 전체 가중치를 모아 더 빨리 생성합니다.',
      help: '끄면 메모리를 아끼지만 생성이 느려지고, vLLM과는 함께 쓸 수 없습니다.',
    },
    generation_batch_size: {
      summary: '한 번의 생성 라운드에서 만드는 완성문 수. 비워 두면 배치 크기와 `steps_per_generation`에서 구합니다.',
      help: '전역 배치(`per_device_train_batch_size` × 프로세스 수)와 `num_generations`의 배수여야 합니다. 이 값과 `steps_per_generation` 중 하나만 설정하세요.',
    },
    steps_per_generation: {
      summary: '생성 라운드 한 번이 공급하는 옵티마이저 마이크로 스텝 수. 비워 두면 `gradient_accumulation_steps`를 씁니다.',
      help: '`generation_batch_size`는 `per_device_train_batch_size` × 프로세스 수 × 이 값이 됩니다. 이 값과 `generation_batch_size` 중 하나만 설정하세요.',
    },
    temperature: {
      summary: '샘플링 온도. 높을수록 완성문이 다양해집니다.',
      help: '0보다 커야 합니다.',
    },
    top_p: {
      summary: '확률 합이 이 비율이 될 때까지의 가장 가능성 높은 토큰들에서만 샘플링합니다.',
      help: '0 초과 1 이하의 값입니다. 1이면 모든 토큰을 남깁니다.',
    },
    top_k: {
      summary: '가장 가능성 높은 k개 토큰에서만 샘플링합니다. 0이면 이 필터를 끕니다.',
      help: '정수여야 합니다.',
    },
    min_p: {
      summary: '가장 가능성 높은 토큰 확률의 이 비율보다 낮은 토큰을 버립니다. 비워 두면 끕니다.',
      help: '0과 1 사이 값입니다.',
    },
    generation_kwargs: {
      summary: '추가 생성 설정. generation config나 vLLM의 샘플링 파라미터로 전달됩니다.',
      help: '전용 필드보다 우선합니다. TRL 1.13에서는 JSON 객체 문자열이 파싱됩니다.',
    },
    chat_template_kwargs: {
      summary: '프롬프트를 만들 때 `apply_chat_template`에 넘길 추가 인자(예: {"enable_thinking": false}).',
      help: 'TRL 1.13에서는 JSON 객체 문자열이 파싱됩니다.',
    },
    repetition_penalty: {
      summary: '이미 생성한 토큰에 주는 페널티: 1보다 크면 반복을 억제하고, 1보다 작으면 부추깁니다.',
      help: '1.0이면 확률을 바꾸지 않습니다.',
    },
    cache_implementation: {
      summary: 'vLLM 없이 생성할 때 쓸 KV 캐시 종류(예: `static`, `dynamic`).',
      help: '비워 두면 모델의 기본 캐시를 씁니다.',
    },
    max_tool_calling_iterations: {
      summary: '에이전트를 학습할 때 완성문 하나당 도구 호출 라운드의 최대 횟수. 비우면 제한이 없습니다.',
      help: '생성 중 도구 호출이 끝없이 반복되는 것을 막습니다.',
    },
    use_transformers_continuous_batching: {
      summary: 'transformers의 continuous batching 엔진으로 생성합니다.',
      help: '최신 transformers(5.8 이상)와 텍스트 전용 모델이 필요합니다.',
    },
    transformers_continuous_batching_config: {
      summary: '그 continuous batching 엔진의 설정.',
      help: '객체, 또는 파싱되는 JSON 객체 문자열입니다.',
    },
    use_transformers_paged: {
      summary: '`use_transformers_continuous_batching`의 deprecated된 이름.',
      help: 'True면 continuous batching을 켜고 FutureWarning 로그를 남깁니다.',
      deprecated: '대신 `use_transformers_continuous_batching`을 쓰면 됩니다.',
    },

    // vLLM
    use_vllm: {
      summary: '`model.generate` 대신 vLLM으로 완성문을 생성합니다.',
      help: '생성이 훨씬 빨라집니다. vllm 패키지가 필요합니다.',
    },
    vllm_mode: {
      summary: 'vLLM이 도는 곳: 별도 서버 프로세스, 또는 각 학습 프로세스 안.',
      help: '`server`는 `trl vllm-serve` 프로세스와 통신하고, `colocate`는 학습 GPU를 함께 씁니다.',
    },
    vllm_model_impl: {
      summary: 'vLLM이 실행할 모델 코드: vLLM 자체 구현 또는 transformers 구현.',
      help: '`vllm`이 더 빠르고, `transformers`는 더 많은 아키텍처를 지원합니다.',
    },
    vllm_enable_sleep_mode: {
      summary: '옵티마이저 스텝 동안 colocate된 vLLM이 가중치와 캐시를 내려놓게 합니다.',
      help: '메모리를 아끼는 대신 생성할 때마다 vLLM을 다시 깨워야 합니다.',
    },
    vllm_structured_outputs_regex: {
      summary: '생성된 텍스트가 맞아야 하는 정규 표현식. 비워 두면 출력을 제한하지 않습니다.',
      help: 'vLLM의 structured outputs로 전달됩니다.',
    },
    vllm_server_base_url: {
      summary: 'vLLM 서버의 전체 URL. 설정하면 host와 port는 쓰지 않습니다.',
      help: '서버 모드에서만 씁니다.',
    },
    vllm_server_host: {
      summary: 'vLLM 서버의 호스트 이름 또는 주소.',
      help: '서버 모드에서만 씁니다.',
    },
    vllm_server_port: {
      summary: 'vLLM 서버의 포트.',
      help: '서버 모드에서만 씁니다.',
    },
    vllm_server_timeout: {
      summary: '시작할 때 vLLM 서버에 연결을 계속 시도할 시간(초).',
      help: '서버 모드에서만 씁니다. 초 단위 숫자입니다.',
    },
    vllm_group_port: {
      summary: '업데이트된 가중치를 vLLM 서버로 보낼 때 쓰는 포트.',
      help: '서버 모드에서만 씁니다.',
    },
    vllm_gpu_memory_utilization: {
      summary: 'colocate된 vLLM이 차지할 수 있는 GPU 메모리 비율.',
      help: '0과 1 사이 값입니다. 서버 모드에서는 서버 쪽에서 설정하세요.',
    },
    vllm_max_model_length: {
      summary: 'vLLM의 컨텍스트 길이(프롬프트 + 완성문). 비워 두면 모델에서 가져옵니다.',
      help: '값을 줄이면 KV 캐시 메모리를 아낍니다.',
    },
    vllm_tensor_parallel_size: {
      summary: 'colocate된 vLLM의 텐서 병렬 크기.',
      help: '학습 프로세스 수가 이 값의 배수여야 합니다.',
    },

    // policy optimisation
    num_iterations: {
      summary: '생성한 배치 하나로 최적화를 몇 번 반복할지(GRPO 논문의 μ).',
      help: '1보다 크면 완성문을 여러 번의 업데이트에 재사용합니다.',
    },
    epsilon: {
      summary: '정책 비율을 클리핑하는 아래쪽 범위.',
      help: '비율은 [1 − epsilon, 1 + epsilon_high]로 클리핑됩니다.',
    },
    delta: {
      summary: '양쪽 클리핑에서 비율의 상한. 비워 두면 표준 클리핑을 유지합니다.',
      help: '설정한다면 1 + epsilon보다 커야 합니다.',
    },
    epsilon_high: {
      summary: '클리핑의 위쪽 범위. 비워 두면 `epsilon`을 씁니다.',
      help: 'DAPO는 0.28을 권합니다. `cispo` 손실에서는 importance weight의 상한입니다.',
    },
    sapo_temperature_neg: {
      summary: 'SAPO 손실: advantage가 0 또는 음수일 때 게이트의 부드러움.',
      help: '`loss_type`이 `sapo`일 때만 읽습니다.',
    },
    sapo_temperature_pos: {
      summary: 'SAPO 손실: advantage가 양수일 때 게이트의 부드러움.',
      help: '`loss_type`이 `sapo`일 때만 읽습니다.',
    },
    vespo_k_pos: { summary: 'VESPO 손실: 양의 advantage에 쓰는 거듭제곱 지수.', help: '`loss_type`이 `vespo`일 때만 읽습니다.' },
    vespo_lambda_pos: { summary: 'VESPO 손실: 양의 advantage에 쓰는 감쇠 계수.', help: '`loss_type`이 `vespo`일 때만 읽습니다.' },
    vespo_k_neg: { summary: 'VESPO 손실: 음의 advantage에 쓰는 거듭제곱 지수.', help: '`loss_type`이 `vespo`일 때만 읽습니다.' },
    vespo_lambda_neg: { summary: 'VESPO 손실: 음의 advantage에 쓰는 감쇠 계수.', help: '`loss_type`이 `vespo`일 때만 읽습니다.' },
    importance_sampling_level: {
      summary: 'importance ratio를 토큰마다 구할지, 시퀀스마다 하나로 구할지(GSPO).',
      help: '`luspo` 손실은 `sequence`를, `vespo`는 `token`을 원합니다.',
    },
    reward_weights: {
      summary: '보상 함수마다 하나씩 주는 배수. 비워 두면 각각 1.0입니다.',
      help: '트레이너에 넘기는 보상 함수마다 정확히 숫자 하나가 있어야 합니다.',
    },
    multi_objective_aggregation: {
      summary: '보상 함수가 여럿일 때: 더한 뒤 정규화할지, 각각 정규화한 뒤 더할지(GDPO).',
      help: '보상 함수가 둘 이상일 때만 의미가 있습니다.',
    },
    scale_rewards: {
      summary: '보상을 advantage로 스케일하는 방식: 프롬프트 그룹별, 배치 전체, 또는 스케일하지 않음.',
      help: 'true와 false도 받으며 각각 `group`과 `none`이 됩니다.',
    },
    mask_truncated_completions: {
      summary: '`max_completion_length`에 닿은 완성문을 손실에서 뺍니다.',
      help: '잘린 완성문에는 진짜 끝이 없어 보상이 잘못된 신호를 줄 수 있습니다.',
    },
    normalize_advantages: {
      summary: '생성 배치마다 advantage를 평균 0, 표준편차 1로 정규화합니다.',
      help: 'RLOO에서는 기본으로 꺼져 있습니다.',
    },
    reward_clip_range: {
      summary: '보상을 [low, high]로 클리핑합니다. 비워 두면 클리핑하지 않습니다.',
      help: '숫자 두 개이며 low가 먼저입니다.',
    },
    top_entropy_quantile: {
      summary: '엔트로피 기준 상위 이 비율의 토큰으로만 학습합니다. 1.0이면 모두 남깁니다.',
      help: '0.2면 가장 불확실한 20 %의 토큰만 남깁니다.',
    },
    entropy_coef: {
      summary: '손실에 더하는 엔트로피 보너스의 가중치. 0이면 끕니다.',
      help: '`use_adaptive_entropy`를 켜면 시작값이 됩니다.',
    },
    use_adaptive_entropy: {
      summary: '스텝마다 `entropy_coef`를 `entropy_target` 쪽으로 조정합니다.',
      help: '계수는 `entropy_coef_min`과 `entropy_coef_max` 사이에 머뭅니다.',
    },
    entropy_coef_min: { summary: '적응형 엔트로피 계수의 최솟값.', help: '`use_adaptive_entropy`가 켜져 있을 때만 읽습니다.' },
    entropy_coef_max: { summary: '적응형 엔트로피 계수의 최댓값.', help: '`use_adaptive_entropy`가 켜져 있을 때만 읽습니다.' },
    entropy_coef_delta: { summary: '적응형 엔트로피 계수가 한 스텝에 움직이는 크기.', help: '`use_adaptive_entropy`가 켜져 있을 때만 읽습니다.' },
    entropy_target: { summary: '적응형 엔트로피가 목표로 하는 토큰당 평균 엔트로피(nat 단위).', help: '`use_adaptive_entropy`가 켜져 있을 때만 읽습니다.' },

    // vLLM importance sampling
    vllm_importance_sampling_correction: {
      summary: 'vLLM과 트레이너의 토큰 확률 차이를 보정합니다.',
      help: '손실에 importance ratio로 가중치를 주며, 그 비율은 `vllm_importance_sampling_mode`가 정한 대로 제한됩니다.',
    },
    vllm_importance_sampling_mode: {
      summary: '범위를 벗어난 importance ratio를 다루는 방식: 토큰별 또는 시퀀스별로 클리핑(truncate)하거나 버립니다(mask).',
      help: '`*_truncate` 모드는 두 경계 중 적어도 하나가 필요합니다.',
    },
    vllm_importance_sampling_clip_max: {
      summary: 'importance ratio의 상한. 비워 두면 없습니다.',
      help: '둘 다 설정했다면 `vllm_importance_sampling_clip_min`보다 커야 합니다.',
    },
    vllm_importance_sampling_clip_min: {
      summary: 'importance ratio의 하한. 비워 두면 없습니다.',
      help: '둘 다 설정했다면 `vllm_importance_sampling_clip_max`보다 작아야 합니다.',
    },
    off_policy_mask_threshold: {
      summary: '샘플링 정책에서 이보다 멀어진, advantage가 음수인 시퀀스를 마스크합니다. 비워 두면 끕니다.',
      help: '그 시퀀스를 생성한 정책에 대한 KL 발산으로 잽니다.',
    },
    use_bias_correction_kl: {
      summary: 'KL 추정값에 importance ratio를 곱해 편향을 없앱니다.',
      help: 'TRL 1.13부터 기본으로 켜져 있습니다.',
    },
    vllm_importance_sampling_cap: {
      summary: '`vllm_importance_sampling_clip_max`의 deprecated된 이름.',
      help: '값은 FutureWarning과 함께 `vllm_importance_sampling_clip_max`로 복사됩니다.',
      deprecated: '대신 `vllm_importance_sampling_clip_max`를 쓰면 됩니다.',
    },

    // logging
    log_completions: {
      summary: '`logging_steps`마다 프롬프트와 완성문 샘플을 로그에 남깁니다.',
      help: '콘솔에 출력되고, `report_to`에 wandb나 trackio가 있으면 그쪽에도 보냅니다.',
    },
    log_multimodal: {
      summary: '완성문 로그에 이미지와 다른 미디어도 포함합니다.',
      help: '`log_completions`가 켜져 있을 때만 읽습니다.',
    },
    num_completions_to_print: {
      summary: '출력할 완성문 수. 비워 두면 모두 출력합니다.',
      help: '`log_completions`가 켜져 있을 때만 읽습니다.',
    },
    log_unique_prompts: {
      summary: '서로 다른 프롬프트를 완성문마다가 아니라 한 번씩만 로그에 남깁니다.',
      help: '`log_completions`가 켜져 있을 때만 읽습니다.',
    },
    log_completions_hub_repo: {
      summary: '로그에 남긴 완성문을 업로드할 Hub 데이터셋 저장소.',
      help: '`log_completions=True`가 필요하며, 아니면 클래스가 오류를 냅니다.',
    },
  },

  classes: {
    Seq2SeqTrainingArguments: {
      sortish_sampler: {
        summary: '길이가 비슷한 샘플을 어느 정도 무작위로 묶어 배치를 만들어 패딩을 줄입니다.',
        help: '예제 스크립트의 레거시 Seq2SeqDataset에서만 동작하며, 다른 데이터셋은 이 값을 무시합니다.',
      },
      predict_with_generate: {
        summary: '평가와 예측 중에 `generate()`를 실행해 ROUGE나 BLEU 같은 지표를 계산할 수 있게 합니다.',
        help: 'teacher forcing 평가보다 느리지만, 생성된 텍스트에 대한 지표에는 필요합니다.',
      },
      generation_max_length: {
        summary: '평가 중 `generate()`의 max_length. 비워 두면 모델의 generation config를 씁니다.',
        help: '`predict_with_generate`가 켜져 있을 때만 읽습니다.',
      },
      generation_num_beams: {
        summary: '평가 중 빔 서치의 빔 수. 비워 두면 모델의 generation config를 씁니다.',
        help: '`predict_with_generate`가 켜져 있을 때만 읽습니다.',
      },
      generation_config: {
        summary: '평가에 로드할 GenerationConfig: Hub 이름, 폴더 또는 파일 경로.',
        help: 'Python에서는 GenerationConfig 객체를 넘길 수 있지만, 여기서는 그 이름이나 경로를 적으세요.',
      },
    },
    SFTConfig: {
      bf16: TRL_BF16,
      loss_type: {
        summary:
          '학습 손실: `nll`(교차 엔트로피), `dft`(Dynamic Fine-Tuning), `chunked_nll`(청크로 나눠 계산하는 교차 엔트로피). 비우면 `chunked_nll`, `use_liger_kernel`이면 `nll`.',
      },
    },
    DPOConfig: {
      bf16: TRL_BF16,
      max_length: {
        summary: '유지할 프롬프트 + 완성문의 최대 길이. 더 긴 쌍은 `truncation_mode`대로 잘립니다. 비우면 제한 없음.',
      },
      loss_type: {
        summary: '선호도 손실, 또는 `loss_weights`로 조합할 손실 목록. 이름 하나는 원소 하나짜리 목록이 됩니다.',
      },
      beta: {
        summary: '정책을 참조 모델 가까이 얼마나 강하게 붙잡아 둘지(`ipo`에서는 정규화 항 τ).',
      },
    },
    GRPOConfig: {
      bf16: TRL_BF16,
      remove_unused_columns: TRL_KEEP_COLUMNS,
      beta: {
        summary: '참조 모델 쪽으로 거는 KL 페널티. 0(기본값)이면 참조 모델을 아예 로드하지 않습니다.',
      },
      loss_type: {
        summary: '정책 손실과 그 길이 정규화 방식(`grpo`, `dr_grpo`, `dapo`, `bnpo`, `cispo`, `sapo`, `luspo`, `vespo`).',
      },
    },
    KTOConfig: {
      bf16: TRL_BF16,
      train_sampling_strategy: {
        summary: '학습 예제의 순서. KTO는 KL 추정이 이웃한 예제를 짝짓기 때문에 순서를 유지합니다.',
        help: '`apo_zero_unpaired`가 아닌 손실은 "sequential"이 필요하며, 아니면 트레이너가 오류를 냅니다.',
      },
      max_length: {
        summary: '유지할 프롬프트 + 완성문의 최대 길이. 더 긴 예제는 잘립니다. 비우면 제한이 없습니다.',
      },
      loss_type: {
        summary: '`kto`(순차 샘플링과 장치당 배치 2 이상이 필요) 또는 `apo_zero_unpaired`.',
      },
    },
    RewardConfig: {
      bf16: TRL_BF16,
    },
    RLOOConfig: {
      bf16: TRL_BF16,
      remove_unused_columns: TRL_KEEP_COLUMNS,
      beta: {
        summary: '참조 모델 쪽으로 거는 KL 페널티. 0이면 참조 모델을 로드하지 않습니다.',
      },
    },
    DistillationConfig: {
      bf16: TRL_BF16,
      remove_unused_columns: TRL_KEEP_COLUMNS,
      beta: {
        summary: '학생과 교사 사이 일반화 Jensen–Shannon 발산의 보간 계수(0부터 1까지).',
        help: '0과 1은 두 방향의 KL이고, 그 사이 값은 둘을 섞습니다. [0, 1]을 벗어나면 클래스가 오류를 냅니다.',
      },
    },
  },
};
