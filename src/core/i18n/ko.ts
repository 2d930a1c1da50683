import { KO_MEMORY_UI } from './ko-memory';
import type { KoreanTexts } from './locale-types';

// Loaded lazily by the web app (dynamic import); only tests may import it statically.

/** Korean texts: section titles, field summaries and help, UI strings. */
export const KO: KoreanTexts = {
  sections: {
    training: { title: '학습 길이와 배치', summary: '얼마나 오래 학습할지, 스텝마다 샘플을 몇 개 볼지 정합니다.' },
    optimizer: { title: '옵티마이저', summary: '어떤 옵티마이저로 가중치를 어떻게 업데이트할지 정합니다.' },
    scheduler: { title: '학습률 스케줄러', summary: '최대 학습률, 웜업, 학습 중 학습률이 변하는 방식을 정합니다.' },
    evaluation: { title: '평가', summary: '언제 평가할지, 최고 모델을 어떻게 고를지 정합니다.' },
    checkpointing: { title: '체크포인트', summary: '체크포인트를 어디에 얼마나 자주 저장하고 몇 개 남길지 정합니다.' },
    logging: { title: '로깅과 실험 추적', summary: '학습 로그, 로그 레벨, 실험 추적 도구를 설정합니다.' },
    precision: { title: '정밀도와 메모리', summary: '혼합 정밀도, 컴파일, 메모리 절약 옵션을 설정합니다.' },
    hardware: { title: '재현성과 하드웨어', summary: '시드, 결정론적 실행, 학습에 쓸 장치를 정합니다.' },
    dataloader: { title: '데이터 로딩', summary: '워커 프로세스, 배치 구성, 학습 데이터 샘플링을 설정합니다.' },
    distributed: { title: '분산 학습', summary: 'DDP, FSDP, DeepSpeed, accelerate 설정입니다.' },
    hub: { title: 'Hub', summary: '체크포인트와 최종 모델을 Hugging Face Hub에 업로드합니다.' },
    script: { title: '스크립트 플래그', summary: 'Trainer가 아니라 예제 스크립트가 읽는 플래그입니다.' },
    class: { title: '설정 클래스', summary: '고른 설정 클래스가 TrainingArguments에 더하는 필드입니다.' },
  },

  fields: {
    // training
    per_device_train_batch_size: {
      summary: '장치 하나가 한 번의 forward/backward에서 처리하는 학습 샘플 수(마이크로 배치).',
      help: '옵티마이저 업데이트 한 번의 전역 배치는 이 값 × 프로세스 수 × `gradient_accumulation_steps`입니다. 라이브러리는 값을 검사하지 않지만 0이나 음수면 학습을 시작하자마자 실패합니다. GPU 메모리가 부족하면 이 값을 줄이고 `gradient_accumulation_steps`를 늘려 전역 배치를 유지하세요. 기본값은 8입니다.',
    },
    gradient_accumulation_steps: {
      summary: '옵티마이저 업데이트 한 번 전에 그래디언트를 합산할 마이크로 배치 수.',
      help: '메모리를 더 쓰지 않고 유효 배치를 키웁니다. 옵티마이저는 마이크로 배치 N개마다 한 번 업데이트하며, `max_steps`, `warmup_steps`, `logging_steps`, `eval_steps`, `save_steps` 같은 스텝 단위 설정은 모두 누적 이후의 업데이트 횟수를 셉니다. 양의 정수여야 하고, 0이면 학습 시작 시 0으로 나누기 오류가 납니다. 레이어별(layer-wise) GaLore/APOLLO 옵티마이저는 1이어야 합니다.',
    },
    num_train_epochs: {
      summary: '학습 데이터를 몇 번 돌지 정합니다. 소수를 주면 마지막 에폭 중간에 멈춥니다.',
      help: '전체 업데이트 수는 `ceil(num_train_epochs × updates per epoch)`이므로 2.5면 세 번째 에폭의 절반에서 멈춥니다. `max_steps`가 양수이면 무시됩니다. 음수는 쓸 수 없습니다. 기본값은 3.0입니다.',
    },
    max_steps: {
      summary: '실행할 옵티마이저 업데이트 수. 양수이면 num_train_epochs보다 우선합니다.',
      help: '0 이하(기본값 -1)이면 `num_train_epochs`가 길이를 정하며, 0은 업데이트 한 번 만에 멈추므로 피하세요. 양수를 주면 전체 업데이트 수가 고정되고, 데이터가 먼저 끝나면 Trainer가 데이터를 처음부터 다시 돕니다. 스트리밍 데이터셋처럼 길이가 없는 데이터셋은 양수가 필수입니다. 정수여야 합니다.',
    },
    auto_find_batch_size: {
      summary: '메모리 부족(OOM)이 나면 배치 크기를 줄여 맞을 때까지 학습을 다시 시작합니다.',
      help: '`per_device_train_batch_size`에서 시작해 장치 메모리가 부족할 때마다 배치를 줄이고 학습 루프를 재시작합니다(accelerate 사용). 빠른 실험에는 편하지만, 최종 배치 크기에 따라 스텝 수도 바뀝니다. DeepSpeed ZeRO-3와 함께 쓰면 Trainer가 거부합니다. 기본값은 False입니다.',
    },
    average_tokens_across_devices: {
      summary: '장치별이 아니라 전역 배치 전체의 레이블 토큰 수로 loss를 정규화합니다.',
      help: '켜면 레이블 토큰 수를 all-reduce로 모든 프로세스에 걸쳐 합산하므로, 모든 장치가 같은 총합으로 loss를 나누고 멀티 GPU loss가 단일 GPU와 일치합니다. 프로세스가 둘 이상이고 loss 계산에 `num_items_in_batch`를 쓰는 모델(대부분의 causal LM)에서만 의미가 있습니다. v5에서는 기본으로 켜져 있고, 예전 4.x에서는 꺼져 있었습니다.',
    },

    // optimizer
    optim: {
      summary: 'Trainer가 만들 옵티마이저. 예: fused AdamW, Adafactor, 8비트 AdamW, GaLore.',
      help: 'torch 2.8 이상이면 기본값은 `adamw_torch_fused`, 그 외에는 `adamw_torch`입니다. 많은 옵티마이저가 추가 패키지를 요구합니다: 8비트·paged·Lion·RMSprop-bnb 계열은 bitsandbytes, `adamw_torch_4bit`/`adamw_torch_8bit`는 torchao, GaLore/APOLLO는 `galore_torch`나 `apollo_torch`, schedule-free 계열은 `schedulefree`가 필요합니다. GaLore와 APOLLO는 `optim_target_modules`도 지정해야 합니다. `adamw_hf`는 v5에서 사라져 거부됩니다.',
    },
    weight_decay: {
      summary: '분리형(decoupled) weight decay 강도. 0이면 끕니다. bias와 LayerNorm 가중치에는 적용하지 않습니다.',
      help: 'loss에 페널티를 더하는 대신 옵티마이저가 업데이트마다 가중치를 직접 줄입니다(AdamW 방식). bias와 정규화 레이어 파라미터는 decay가 없는 별도 그룹에 들어갑니다. 파인튜닝에서는 보통 0.01~0.1을 씁니다. 기본값은 0.0입니다.',
    },
    max_grad_norm: {
      summary: '업데이트 전에 전체 그래디언트 norm을 이 값으로 클리핑합니다. 0이면 클리핑하지 않습니다.',
      help: 'backward 후 전체 그래디언트의 L2 norm이 이 임계값을 넘으면 그 값에 맞게 축소해 loss 급등을 막습니다. 0 이하이면 클리핑을 건너뜁니다. 로그에 찍히는 `grad_norm`은 클리핑 전 값입니다. 기본값은 1.0입니다.',
    },
    adam_beta1: {
      summary: 'Adam 계열 옵티마이저의 1차 모멘트(모멘텀) 감쇠율.',
      help: '[0, 1) 범위여야 하며, 클수록 더 많은 스텝에 걸쳐 업데이트 방향을 평균냅니다. AdamW 계열처럼 `betas`를 받는 옵티마이저가 쓰고, SGD·Adagrad·Adafactor처럼 beta가 없는 옵티마이저는 무시합니다. 기본값은 0.9입니다.',
    },
    adam_beta2: {
      summary: 'Adam 계열 옵티마이저의 2차 모멘트(그래디언트 제곱) 감쇠율.',
      help: '[0, 1) 범위여야 합니다. 0.95나 0.98처럼 낮은 값은 그래디언트 크기 변화에 빨리 적응하며 대형 모델 사전학습에서 흔히 씁니다. beta가 없는 옵티마이저는 무시합니다. 기본값은 0.999입니다.',
    },
    adam_epsilon: {
      summary: '0으로 나누는 일이 없도록 Adam 분모에 더하는 작은 상수.',
      help: '조정할 일은 드물지만, 저정밀도 학습이 불안정할 때 1e-6 정도로 키우면 나아질 수 있습니다. 양수로 두세요. 기본값은 1e-8입니다.',
    },
    optim_args: {
      summary: '`key=value,key=value` 형식으로 쓰는 옵티마이저 추가 설정.',
      help: '추가 옵션이 있는 옵티마이저만 읽습니다. 예: `adamw_anyprecision`, AdEMAMix, GaLore/APOLLO(`rank`, `update_proj_gap`, `scale` 등), GrokAdamW, schedule-free 계열, StableAdamW. Trainer가 공백을 지우고 쉼표로, 이어서 `=`로 나누며, 값 변환은 각 옵티마이저가 합니다. 형식이 잘못되어도 옵티마이저를 만들 때에야 실패합니다. 기본값은 None입니다.',
    },
    label_smoothing_factor: {
      summary: '분류 loss에 쓰는 label smoothing ε. 0이면 원래의 hard target을 씁니다.',
      help: 'ε > 0이면 Trainer가 부드러워진 타깃으로 loss를 직접 계산합니다. 정답 클래스는 1 − ε + ε/K, 나머지 클래스는 ε/K가 됩니다(K는 레이블 수). 보통 0~0.1을 쓰며, 더 크면 학습 신호가 흐려집니다. 기본값은 0.0입니다.',
    },
    neftune_noise_alpha: {
      summary: '학습 중 입력 임베딩에 더하는 NEFTune 노이즈 세기. 비우면 끕니다.',
      help: 'NEFTune은 학습할 때만(평가 때는 제외) 임베딩 출력에 균등분포 노이즈를 더하며, instruction 파인튜닝 성능을 높일 수 있습니다. 논문에서는 5~15를 썼습니다. transformers 모델과 PEFT 모델을 모두 지원합니다. 기본값은 None입니다.',
    },
    optim_target_modules: {
      summary: 'GaLore/APOLLO가 최적화할 모듈: 이름, 정규식 또는 `all-linear`.',
      help: '모든 `galore_*`, `apollo_*` 옵티마이저에 필수이며(없으면 Trainer가 오류로 멈춥니다) 다른 옵티마이저는 무시합니다. 문자열 하나나 리스트를 주면 모듈 이름과 매칭합니다. 예: `["attn", "mlp"]`. `nn.Linear` 레이어만 대상이 됩니다. 기본값은 None입니다.',
    },

    // scheduler
    learning_rate: {
      summary: '최대 학습률: 웜업이 끝나면 도달하고, 이후 스케줄에 따라 줄어드는 값.',
      help: '옵티마이저는 이 값을 기본 학습률로 쓰고, 스케줄러가 업데이트마다 0~1 사이 계수를 곱합니다. 기본값 5e-5는 전체 파인튜닝에서 흔한 값이며, LoRA 같은 어댑터 방식은 더 큰 값을 자주 씁니다. 라이브러리는 검사하지 않지만 음수는 의미가 없습니다. `polynomial`에서는 `lr_end`보다 커야 합니다.',
    },
    lr_scheduler_type: {
      summary: '학습률 곡선의 모양: linear, cosine, constant, warmup-stable-decay 등.',
      help: '기본값 `linear`는 웜업 후 마지막 업데이트에서 0이 되도록 직선으로 줄어듭니다. `cosine`은 코사인 반주기를 따라 0까지 내려가고, `cosine_with_min_lr`와 `cosine_warmup_with_min_lr`는 `lr_scheduler_kwargs`에 준 하한에서 멈추며, `constant`는 웜업을 아예 건너뜁니다. `warmup_stable_decay`는 kwargs에 `num_decay_steps`가 필요합니다. `reduce_lr_on_plateau`는 평가 지표가 좋아지지 않을 때 학습률을 낮추므로 `eval_strategy`가 `no`가 아니어야 합니다.',
    },
    warmup_steps: {
      summary: '웜업 길이: 1 이상이면 업데이트 횟수, 1 미만이면 전체 업데이트 대비 비율.',
      help: '웜업 동안 학습률이 0에서 `learning_rate`까지 선형으로 올라갑니다. 1 이상은 정수로 잘라 스텝 수로 쓰므로 1.0은 100 %가 아니라 한 스텝이고, [0, 1) 값은 전체 대비 비율로 보고 올림합니다(0.1이면 10 %). 음수는 거부됩니다. `constant`와 `reduce_lr_on_plateau`는 웜업을 무시합니다. 기본값은 0(웜업 없음)입니다.',
    },
    lr_scheduler_kwargs: {
      summary: '선택한 스케줄의 추가 옵션. 예: `num_cycles`, `power`, `lr_end`, `min_lr_rate`.',
      help: 'dict 또는 `{`로 시작하는 JSON 문자열로 주며 스케줄 함수에 그대로 전달됩니다. 키는 타입마다 다릅니다: `cosine`은 `num_cycles`, `polynomial`은 `lr_end`와 `power`를 받고, min-lr 코사인은 `min_lr`와 `min_lr_rate` 중 정확히 하나가, `warmup_stable_decay`는 `num_decay_steps`가 필요합니다. 스케줄이 모르는 키는 Trainer가 스케줄러를 만들 때 실패하며, `constant`, `constant_with_warmup`, `inverse_sqrt`는 dict를 조용히 버립니다. 숫자는 JSON 숫자로 쓰세요. "1e-7" 같은 문자열은 변환되지 않아 계산이 깨집니다.',
    },
    warmup_ratio: {
      summary: '지원 중단: 전체 업데이트 대비 웜업 비율. 대신 `warmup_steps`에 1 미만 값을 넣으세요.',
      help: 'v5는 아직 받지만 지원 중단 경고를 남깁니다. 값을 주면 둘 다 지정했더라도 `warmup_steps`를 완전히 덮어쓰는데, 양수 `warmup_steps`가 우선하던 4.x와 반대입니다. 범위 검사는 더 이상 하지 않습니다. 5.15부터는 인자 자체가 거부됩니다.',
      deprecated: '대신 `warmup_steps`에 1보다 작은 값을 주면 됩니다(0.1은 전체 업데이트의 10 %입니다).',
    },

    // evaluation
    eval_strategy: {
      summary: '학습 중 평가 시점: 안 함, `eval_steps` 업데이트마다, 매 에폭 끝.',
      help: '`no`(기본값)는 학습 중 평가하지 않고, `steps`는 `eval_steps` 업데이트마다, `epoch`은 에폭마다 평가합니다. `no`가 아니면 `do_eval`도 켜지며 Trainer에 `eval_dataset`을 넘겨야 합니다. 4.41 이전에는 이름이 `evaluation_strategy`였고, v5는 그 이름을 받지 않습니다.',
    },
    eval_steps: {
      summary: 'N번의 옵티마이저 업데이트마다 평가합니다. 1 미만이면 전체 업데이트 대비 비율입니다.',
      help: '`eval_strategy`가 `steps`일 때만 쓰이며, 비우거나 0이면 `logging_steps` 값을 가져옵니다. 1보다 큰 값은 정수여야 하고, (0, 1) 값은 `ceil(total updates × value)`가 됩니다. `load_best_model_at_end`를 쓰면 `save_steps`가 이 값의 배수여야 합니다. 기본값은 None입니다.',
    },
    per_device_eval_batch_size: {
      summary: '평가·예측 때 장치 하나가 배치마다 처리하는 샘플 수.',
      help: '평가 중에는 그래디언트를 보관하지 않으므로 보통 학습 배치보다 크게 잡아도 됩니다. 양의 정수여야 합니다. 기본값은 8입니다.',
    },
    load_best_model_at_end: {
      summary: '학습이 끝나면 `metric_for_best_model` 기준 최고 체크포인트를 다시 불러옵니다.',
      help: '`save_strategy`가 `best`가 아니면 저장과 평가 전략이 같아야 하고, `steps`라면 `save_steps`가 `eval_steps`의 배수여야 합니다. 지표를 지정하지 않으면 평가 loss로 판단합니다. 최고 체크포인트는 `save_total_limit` 때문에 지워지지 않습니다. 기본값은 False입니다.',
    },
    metric_for_best_model: {
      summary: '최고 체크포인트를 고르는 평가 지표. 예: `loss`, `accuracy`, `eval_f1`.',
      help: '평가가 반환하는 키를 `eval_` 접두사와 관계없이 쓰면 됩니다. `load_best_model_at_end`가 켜져 있거나 스케줄이 `reduce_lr_on_plateau`이면 자동으로 `loss`가 됩니다. 둘 다 아닌데 `save_strategy="best"`를 쓰면 직접 지정해야 하며, 아니면 Trainer가 오류를 냅니다. 높을수록 좋은지는 `greater_is_better`가 정합니다.',
    },
    greater_is_better: {
      summary: '`metric_for_best_model` 값이 높을수록 좋은 모델인지 여부.',
      help: '비워 두면 지표 이름으로 정합니다: 이름이 `loss`로 끝나면 False, 아니면 True입니다. `perplexity`나 `wer`처럼 낮을수록 좋지만 이름이 "loss"로 끝나지 않는 지표는 직접 지정하세요. 기본값은 None입니다.',
    },
    eval_delay: {
      summary: '`eval_strategy`에 따라 이만큼의 에폭 또는 업데이트가 지나기 전에는 평가하지 않습니다.',
      help: '`epoch` 전략이면 에폭, `steps` 전략이면 옵티마이저 업데이트 단위입니다. 초반 평가가 비용만큼의 가치가 없을 때 유용합니다. 기본값은 0(처음부터 평가)입니다.',
    },
    eval_on_start: {
      summary: '첫 학습 업데이트 전에 전체 평가를 한 번 돌려 정상 동작을 확인합니다.',
      help: '몇 시간씩 학습하기 전에 평가 코드나 지표의 오류를 잡아 줍니다. 대신 평가 세트를 한 번 더 도는 시간이 듭니다. 기본값은 False입니다.',
    },
    eval_accumulation_steps: {
      summary: '평가 배치 N개마다 모은 예측을 CPU로 옮겨 장치 메모리를 아낍니다.',
      help: '비워 두면 평가가 끝날 때까지 모든 logits와 레이블이 가속기에 남아 가장 빠르지만, 언어 모델 logits처럼 출력이 크면 메모리가 부족할 수 있습니다. 10 같은 값을 주면 주기적으로 옮기는 대신 조금 느려집니다. 양의 정수여야 합니다.',
    },
    prediction_loss_only: {
      summary: 'evaluate/predict가 logits와 레이블 없이 loss만 반환하게 합니다.',
      help: '예측값이 필요 없을 때 메모리와 시간을 아끼지만, `compute_metrics`에 넘길 것이 없어 loss만 보고됩니다. 기본값은 False입니다.',
    },
    include_for_metrics: {
      summary: '`compute_metrics`에 추가로 넘길 데이터: `inputs`, `loss` 또는 둘 다.',
      help: '`inputs`를 넣으면 `EvalPrediction`에 모델 입력이, `loss`를 넣으면 배치별 loss가 함께 담깁니다. 둘 다 평가 중 메모리를 더 씁니다. 기본값은 빈 리스트입니다. v4의 `include_inputs_for_metrics` 플래그를 대체합니다.',
    },
    eval_do_concat_batches: {
      summary: '배치별 예측을 하나의 배열로 이어 붙입니다. 끄면 배치마다 항목이 하나인 리스트로 둡니다.',
      help: '배치 출력의 shape이 달라 이어 붙일 수 없을 때 끄고, `compute_metrics`에서 리스트를 직접 처리하세요. 기본값은 True입니다.',
    },
    eval_use_gather_object: {
      summary: '평가 중 텐서뿐 아니라 임의의 Python 객체도 모든 프로세스에서 모읍니다.',
      help: '일부 비전 태스크처럼 레이블이나 예측이 텐서가 아닌 중첩된 Python 구조일 때 필요합니다. 느리고 PyTorch도 권장하지 않으니, 텐서 gather가 실패할 때만 켜세요. 기본값은 False입니다.',
    },
    batch_eval_metrics: {
      summary: '평가 끝에 한 번이 아니라 평가 배치마다 `compute_metrics`를 호출합니다.',
      help: '모든 logits를 메모리에 쌓아 둘 필요가 없습니다. `compute_metrics`는 `compute_result` 인자를 받아, False일 때는 통계를 누적하고 마지막 배치에서 True일 때 최종 지표를 반환해야 합니다. 기본값은 False입니다.',
    },

    // checkpointing
    output_dir: {
      summary: '체크포인트, 최종 모델, 기타 학습 결과물을 저장할 폴더.',
      help: '비워 두면 v5는 작업 디렉터리의 `trainer_output`에 씁니다(예전 버전에서는 필수 값이었습니다). 앞의 `~`는 홈 폴더로 확장됩니다. 체크포인트는 `checkpoint-<step>` 하위 폴더에 저장되며, 폴더 이름은 기본 Hub 저장소 이름으로도 쓰입니다.',
    },
    save_strategy: {
      summary: '체크포인트 저장 시점: 안 함, `save_steps`마다, 매 에폭 끝, 최고 지표 갱신 시.',
      help: '기본값은 `steps`이며 학습이 끝날 때 마지막 체크포인트도 저장합니다. `best`는 `metric_for_best_model`이 좋아진 평가 직후에만 저장하므로 평가와 지표가 필요하고, 없으면 Trainer가 거부합니다. `load_best_model_at_end`를 쓰면 이 값이 `best`가 아닌 한 저장과 평가 전략이 같아야 합니다.',
    },
    save_steps: {
      summary: 'N번의 옵티마이저 업데이트마다 체크포인트를 저장합니다. 1 미만이면 전체 대비 비율입니다.',
      help: '`save_strategy`가 `steps`일 때만 쓰입니다. 1보다 큰 값은 정수여야 하고, (0, 1) 값은 `ceil(total updates × value)`가 됩니다. 0도 허용되지만 그러면 주기적 체크포인트가 전혀 저장되지 않습니다. `load_best_model_at_end`를 쓰면 `eval_steps`의 배수여야 합니다. 기본값은 500입니다.',
    },
    save_total_limit: {
      summary: '`output_dir`에 남길 최대 체크포인트 수. 오래된 것부터 지우며, 비우면 모두 보관합니다.',
      help: '새 체크포인트가 생길 때마다 오래된 것을 지웁니다. `load_best_model_at_end`를 쓰면 최고 체크포인트도 항상 남으므로 5는 최고 1개와 최신 4개를 뜻하고, 1이어도 최신 체크포인트에서 재개할 수 있도록 2개가 남을 수 있습니다. 기본값은 None(제한 없음)입니다.',
    },
    save_only_model: {
      summary: '옵티마이저·스케줄러·난수 상태 없이 모델 가중치만 체크포인트에 저장합니다.',
      help: '체크포인트가 훨씬 작아지지만 그 체크포인트로는 학습을 재개할 수 없고 `from_pretrained`로만 불러올 수 있습니다. DeepSpeed나 FSDP에서 `load_best_model_at_end`와 함께 쓰거나 FSDP의 `SHARDED_STATE_DICT` state dict 타입과 함께 쓰면 Trainer가 거부합니다. 기본값은 False입니다.',
    },
    ignore_data_skip: {
      summary: '재개할 때 이미 본 배치를 건너뛰지 않고 데이터 처음부터 시작합니다.',
      help: '재개할 때는 보통 데이터로더를 체크포인트 시점 위치까지 빨리 감는데, 큰 데이터셋에서는 오래 걸릴 수 있습니다. 켜면 바로 재개하지만 중단 없이 학습한 결과와는 달라집니다. 기본값은 False입니다.',
    },
    save_on_each_node: {
      summary: '멀티 노드 학습에서 메인 노드뿐 아니라 모든 노드에 체크포인트를 씁니다.',
      help: '노드끼리 파일 시스템을 공유하지 않는 클러스터에서만 쓰세요. 공유 스토리지에서는 이름이 같은 파일을 서로 덮어쓰게 됩니다. 기본값은 False입니다.',
    },
    enable_jit_checkpoint: {
      summary: '프로세스가 SIGTERM을 받으면 체크포인트를 저장합니다. 선점형·스팟 인스턴스용.',
      help: '스케줄러의 유예 시간이 학습 한 스텝과 저장 시간을 합친 것보다 길어야 합니다. Kubernetes에서는 `terminationGracePeriodSeconds`를 늘리고(기본 30초는 대개 부족합니다), Slurm에서는 `--signal`을 쓰세요. 기본값은 False입니다.',
    },
    restore_callback_states_from_checkpoint: {
      summary: '재개할 때 early stopping 같은 상태 있는 콜백을 체크포인트에서 복원합니다.',
      help: '저장된 상태가 Trainer에 넘긴 같은 콜백의 상태를 대체합니다. 예를 들어 `EarlyStoppingCallback`의 patience 카운터가 재시작 후에도 이어집니다. 기본값은 False입니다.',
    },

    // logging
    logging_strategy: {
      summary: 'loss와 학습률을 기록할 시점: 안 함, `logging_steps` 업데이트마다, 매 에폭 끝.',
      help: '기본값은 `steps`입니다. `epoch`은 에폭이 끝날 때마다 한 번 기록하고, `no`는 주기적 로그를 끕니다(학습 종료 시 요약은 남습니다). `steps`일 때 `logging_steps`는 0이면 안 됩니다.',
    },
    logging_steps: {
      summary: 'N번의 옵티마이저 업데이트마다 로그를 남깁니다. 1 미만이면 전체 대비 비율입니다.',
      help: '`logging_strategy`가 `steps`일 때 쓰입니다. 기본값 500은 짧은 학습에는 너무 드물어 10~50을 흔히 씁니다. 1보다 큰 값은 정수여야 하고, (0, 1) 값은 `ceil(total updates × value)`가 되며, 0은 오류입니다. 비어 있는 `eval_steps`도 이 값으로 채워집니다.',
    },
    report_to: {
      summary: '로그를 보낼 실험 추적 도구. 예: `tensorboard`, `wandb`, `mlflow`, `trackio`.',
      help: 'v5 기본값은 `none`입니다(4.x는 설치된 모든 도구로 보냈습니다). `all`은 패키지가 설치된 모든 통합을 뜻합니다. 도구마다 자체 패키지가 필요하며, 모르는 이름이 있으면 Trainer가 실패합니다. Python `None` 대신 `none`을 쓰세요. v5는 `None`을 "추적 안 함"으로 처리하지 않습니다.',
    },
    run_name: {
      summary: 'wandb, mlflow, comet, swanlab, trackio 같은 추적 도구에 표시될 실행 이름.',
      help: '표시용일 뿐입니다. 비워 두면 v5는 각 도구가 이름을 정하게 둡니다(4.x는 `output_dir`을 썼습니다). 기본값은 None입니다.',
    },
    logging_first_step: {
      summary: '첫 번째 옵티마이저 업데이트 직후에도 로그를 남깁니다.',
      help: '`logging_steps`만큼 기다리지 않고 시작 loss를 바로 보여 주므로 로깅이 제대로 되는지 확인할 수 있습니다. 기본값은 False입니다.',
    },
    logging_nan_inf_filter: {
      summary: '로그에서 NaN이나 무한대인 스텝 loss를 유한한 값들의 이동 평균으로 바꿉니다.',
      help: '로그에 찍히는 숫자만 바뀌고 그래디언트와 업데이트에는 영향이 없습니다. 불안정의 원인을 찾을 때는 꺼서 NaN/inf를 그대로 보세요. 기본값은 True입니다.',
    },
    include_num_input_tokens_seen: {
      summary: '처리한 입력 토큰 수를 세어 `num_input_tokens_seen`으로 기록합니다.',
      help: '`all`은 모든 토큰을, `non_padding`은 패딩이 아닌 토큰만 세고, `no`(기본값)는 세지 않습니다. `True`와 `False`는 각각 `all`, `no`와 같습니다. 분산 학습에서는 프로세스 간 gather가 필요해 시간이 조금 더 듭니다.',
    },
    log_level: {
      summary: '메인 프로세스의 로그 레벨. `passive`는 transformers 설정을 그대로 둡니다.',
      help: '`detail`, `debug`, `info`, `warning`, `error`, `critical`, `passive`(기본값) 중 하나입니다. `passive`는 현재 transformers 레벨(보통 `warning`)을 유지합니다. 값은 명령줄 파서만 검사하므로, Python에서 잘못된 값을 넘기면 나중에 Trainer가 로깅을 설정할 때 실패합니다.',
    },
    disable_tqdm: {
      summary: '진행 표시줄을 숨깁니다. 비우면 로그 레벨에 따라 정합니다.',
      help: '비워 두면 transformers 로거가 `warning`보다 높게(예: `error`) 설정됐을 때만 숨기므로 기본 레벨에서는 표시됩니다. 배치 작업의 로그 파일을 읽기 쉽게 유지하려면 숨기세요. 기본값은 None입니다.',
    },
    project: {
      summary: '실행을 묶을 프로젝트 이름. 현재는 Trackio만 읽습니다.',
      help: '다른 추적 도구는 이 값을 무시하고 각자의 설정을 씁니다. 기본값은 `huggingface`입니다.',
    },
    trackio_space_id: {
      summary: 'Trackio 대시보드를 호스팅할 Hugging Face Space. 비우면 로컬에만 기록합니다.',
      help: '`user/name`, `org/name`을 쓰거나, `name`만 주면 내 네임스페이스에 만듭니다. 기본값 `trackio`는 값을 비우지 않는 한 Space를 배포한다는 뜻입니다. `hub_private_repo`가 True이거나 조직 기본값이 비공개가 아니면 Space는 공개됩니다. `report_to`에 `trackio`가 있을 때만 읽습니다.',
    },
    trackio_static_space_id: {
      summary: '학습이 끝나면 Trackio 대시보드를 고정해 둘 Space. False면 라이브 대시보드만 씁니다.',
      help: '비워 두거나 Space id를 주면 학습이 끝날 때 대시보드를 정적 Space로 고정해서, 서버 없이도 볼 수 있게 합니다. False면 고정하지 않습니다. `report_to`에 `trackio`가 있을 때만 읽습니다. 기본값은 None입니다.',
    },
    trackio_bucket_id: {
      summary: 'Trackio가 로그를 쓸 저장소 버킷. 비우면 Trackio 기본 저장소를 씁니다.',
      help: '`report_to`에 `trackio`가 있을 때만 읽습니다. 기본값은 None입니다.',
    },
    log_level_replica: {
      summary: '분산 학습에서 나머지(replica) 프로세스의 로그 레벨.',
      help: '`log_level`과 같은 값을 쓰며, 기본값 `warning`은 replica를 조용하게 유지합니다. 어떤 프로세스를 메인으로 볼지는 `log_on_each_node`에 따라 다릅니다.',
    },
    log_on_each_node: {
      summary: '멀티 노드 학습에서 전역 rank 0만이 아니라 각 노드의 메인 프로세스가 로그를 남깁니다.',
      help: '켜면(기본값) 각 노드의 첫 프로세스가 `log_level`로 로그를 남깁니다. 끄면 전체 작업의 첫 프로세스만 그렇게 하고, 나머지는 모두 `log_level_replica`를 씁니다.',
    },
    skip_memory_metrics: {
      summary: '메모리 사용량 리포트를 지표에서 뺍니다. 수집하면 학습이 느려집니다.',
      help: '끄면 train, evaluate, predict 단계별 CPU·GPU 메모리 변화가 지표에 들어갑니다. 메모리 프로파일링은 속도를 떨어뜨리므로 기본값은 True입니다.',
    },
    logging_dir: {
      summary: '지원 중단: TensorBoard 로그 폴더. 대신 `TENSORBOARD_LOGGING_DIR` 환경 변수를 설정하세요.',
      help: 'v5에서는 값이 전혀 쓰이지 않고, 넘기면 지원 중단 경고만 출력됩니다. TensorBoard 통합은 `TENSORBOARD_LOGGING_DIR` 환경 변수에서 폴더를 읽습니다. 5.15부터는 인자 자체가 거부됩니다.',
      deprecated: '이 인자는 아무 효과가 없습니다. 대신 `TENSORBOARD_LOGGING_DIR` 환경 변수를 설정하면 됩니다.',
    },

    // precision
    bf16: {
      summary: 'bfloat16 혼합 정밀도(autocast)로 학습합니다. Ampere 이상 GPU에서 보통 쓰는 선택입니다.',
      help: 'bfloat16은 float32와 표현 범위가 같아 loss scaling이 필요 없습니다. `fp16`과 함께 쓸 수 없습니다. v5는 bf16을 지원하는 가속기가 없으면 `use_cpu`를 켜지 않은 한 오류를 냅니다. Ampere 이상 NVIDIA GPU, 최신 Intel XPU, Gaudi, Ascend NPU, macOS 14 이상의 Apple silicon이 지원합니다.',
    },
    fp16: {
      summary: 'float16 혼합 정밀도와 loss scaling으로 학습합니다. bf16을 지원하지 않는 GPU용.',
      help: 'V100, T4 같은 구형 GPU를 위한 옵션입니다. float16은 표현 범위가 좁아 작은 그래디언트가 사라지지 않도록 loss를 스케일하고, 오버플로가 난 업데이트는 건너뜁니다. `bf16`과 함께 쓸 수 없습니다. 기본값은 False입니다.',
    },
    gradient_checkpointing: {
      summary: 'backward 때 활성값을 다시 계산해 메모리를 아낍니다. 연산량은 20~30 % 정도 늘어납니다.',
      help: '더 큰 모델이나 배치를 장치에 올릴 수 있습니다. `use_reentrant` 같은 옵션은 `gradient_checkpointing_kwargs`에 넣습니다. FSDP `full_shard`나 `hybrid_shard`에서는 대신 `fsdp_config`의 `activation_checkpointing`을 쓰세요. 둘 다 켜면 Trainer가 실패합니다. 기본값은 False입니다.',
    },
    tf32: {
      summary: 'TensorFloat-32 행렬 연산을 켜거나 끕니다. 비우면 PyTorch 설정을 그대로 둡니다.',
      help: 'TF32는 Ampere 이상 NVIDIA GPU에서 float32 행렬 곱을 약간 낮은 정밀도로 빠르게 계산합니다. True는 하드웨어가 TF32를 지원하지 않으면 오류를 내고, False는 그냥 끕니다. 설정은 프로세스 전체에 적용되며, `torch_compile`을 쓰면 비워 둔 값이 자동으로 켜질 수 있습니다.',
    },
    bf16_full_eval: {
      summary: '평가 때 autocast 대신 모델 전체를 bfloat16으로 변환합니다.',
      help: '평가할 때 혼합 정밀도보다 빠르고 메모리도 적게 쓰지만 지표가 조금 달라질 수 있습니다. 하드웨어 요구 사항은 `bf16`과 같고, `fp16_full_eval`과 함께 쓸 수 없습니다. 기본값은 False입니다.',
    },
    fp16_full_eval: {
      summary: '평가 때 autocast 대신 모델 전체를 float16으로 변환합니다.',
      help: '평가할 때 메모리와 시간을 아끼지만, 일부 모델은 float16에서 오버플로가 나 지표가 달라질 수 있습니다. `bf16_full_eval`과 함께 쓸 수 없습니다. 기본값은 False입니다.',
    },
    gradient_checkpointing_kwargs: {
      summary: '`gradient_checkpointing_enable()`에 넘길 옵션. 예: `{"use_reentrant": false}`.',
      help: '`gradient_checkpointing`이 켜져 있을 때만 쓰입니다. PEFT 어댑터나 DDP와 함께라면 보통 `use_reentrant: false`를 씁니다. `{`로 시작하는 JSON 문자열은 dict로 파싱됩니다. 기본값은 None입니다.',
    },
    torch_compile: {
      summary: '`torch.compile`로 모델을 컴파일합니다. 처음 컴파일한 뒤부터 스텝이 빨라집니다.',
      help: '컴파일하는 동안 첫 스텝들은 느리고, 입력 shape이 자주 바뀌면 재컴파일이 일어날 수 있습니다. `torch_compile_backend`나 `torch_compile_mode`를 설정하면 자동으로 켜지며, 백엔드 기본값은 `inductor`입니다. Ampere 이상 GPU에서는 `tf32`를 비워 두면 TF32도 켜질 수 있습니다. 기본값은 False입니다.',
    },
    use_liger_kernel: {
      summary: '지원 모델에 Liger의 fused Triton 커널을 적용해 메모리와 시간을 아낍니다.',
      help: '`liger-kernel` 패키지와 Llama, Mistral, Gemma, Qwen 같은 지원 아키텍처가 필요합니다. RMSNorm, RoPE, SwiGLU, cross-entropy loss 등을 fused 버전으로 바꿉니다. 개별 커널은 `liger_kernel_config`에서 켜고 끌 수 있습니다. 기본값은 False입니다.',
    },
    torch_compile_backend: {
      summary: '`torch.compile` 백엔드. 예: `inductor`. 설정하면 컴파일이 켜집니다.',
      help: 'PyTorch에 그대로 전달되는 자유 텍스트라, 쓸 수 있는 이름은 PyTorch 빌드에 따라 다릅니다. 컴파일할 때 비워 두면 `inductor`(Intel Gaudi에서는 `hpu_backend`)가 쓰입니다. 기본값은 None입니다.',
    },
    torch_compile_mode: {
      summary: '`torch.compile` 모드. 예: `reduce-overhead`, `max-autotune`. 설정하면 컴파일이 켜집니다.',
      help: '`default`는 컴파일 시간과 속도의 균형을 맞추고, `reduce-overhead`는 CUDA graph로 실행 오버헤드를 줄이며, `max-autotune`은 더 빠른 커널을 오래 탐색합니다. 값은 검사 없이 PyTorch로 전달됩니다. 기본값은 None입니다.',
    },
    liger_kernel_config: {
      summary: 'Liger 커널별 스위치. 예: `{"rope": true, "cross_entropy": false}`.',
      help: '`use_liger_kernel`이 켜져 있을 때 Liger 패처에 전달되며, 비우면 Liger 기본값을 씁니다. 주요 키는 `rope`, `swiglu`, `rms_norm`, `cross_entropy`, `fused_linear_cross_entropy`입니다. 다른 dict 옵션과 달리 JSON 문자열은 파싱되지 않으니 실제 dict로 주세요.',
    },
    use_cache: {
      summary: '학습 중에도 모델의 KV 캐시를 켜 둡니다(Trainer가 `config.use_cache`에 복사).',
      help: '캐시는 생성(generation) 속도에만 도움이 되므로 학습 중에는 기본으로 꺼져 있고, 켜면 메모리만 더 씁니다. `past_key_values`를 쓰는 일부 PEFT 방법은 켜야 합니다. 기본값은 False입니다.',
    },
    torch_empty_cache_steps: {
      summary: 'N번의 업데이트마다 가속기 메모리 캐시를 비워 최대 메모리를 낮춥니다. 조금 느려집니다.',
      help: '`torch.<device>.empty_cache()`를 주기적으로 호출해 단편화로 인한 메모리 부족을 막을 수 있지만, 학습이 10 % 정도 느려집니다. 양의 정수여야 합니다: 5는 되지만 5.0은 거부됩니다. 기본값은 None(비우지 않음)입니다.',
    },

    // hardware
    seed: {
      summary: '학습 시작 때 설정하는 랜덤 시드. 실행을 재현할 수 있게 합니다.',
      help: 'Python, NumPy, PyTorch의 시드를 설정합니다. 새 분류 헤드처럼 무작위로 초기화되는 레이어는 시드를 설정한 뒤에 모델을 만들어야(예: `model_init` 사용) 재현됩니다. 0 이상 2³² − 1 이하여야 합니다. 기본값은 42입니다.',
    },
    use_cpu: {
      summary: 'GPU 등 가속기가 있어도 CPU로 학습합니다.',
      help: '`dataloader_pin_memory`도 꺼집니다. v5에서는 bf16을 지원하는 가속기가 없는 머신에서 `bf16`을 쓰려면 필수입니다. 제거된 `no_cuda` 플래그를 대체합니다. 기본값은 False입니다.',
    },
    data_seed: {
      summary: '데이터 샘플러 전용 시드. 비우면 `seed`를 씁니다.',
      help: '모델 초기화는 그대로 두고 데이터 순서만 바꾸거나, 그 반대로 할 때 씁니다. 범위는 `seed`와 같습니다. 기본값은 None입니다.',
    },
    full_determinism: {
      summary: '모든 곳에 결정론적 알고리즘을 강제해 실행을 정확히 재현합니다. 느리므로 디버깅용입니다.',
      help: '`set_seed` 대신 `enable_full_determinism`을 호출해 PyTorch와 cuDNN을 결정론적 모드로 바꾸고 필요한 CUDA 환경 변수를 설정합니다. 학습이 눈에 띄게 느려지고, 결정론적 구현이 없는 연산은 오류를 냅니다. 기본값은 False입니다.',
    },
    debug: {
      summary: '디버그 기능: `underflow_overflow`(inf/NaN 탐지), `tpu_metrics_debug`.',
      help: '공백으로 구분한 문자열이나 리스트로 줍니다. `underflow_overflow`는 입력이나 출력에 inf/NaN이 처음 나타난 모듈을 알려 주며, 한 프로세스에서 GPU 여러 개를 쓰는 경우(DataParallel)에는 동작하지 않습니다. `tpu_metrics_debug`는 TPU 지표를 출력합니다. 문자열 안의 알 수 없는 이름은 거부됩니다. 기본값은 빈 값입니다.',
    },

    // dataloader
    dataloader_num_workers: {
      summary: '데이터를 병렬로 읽을 워커 프로세스 수. 0이면 메인 프로세스에서 읽습니다.',
      help: '데이터 로딩이나 실시간 전처리 때문에 GPU가 기다린다면 4나 8 정도로 올리세요. 워커마다 별도 메모리를 씁니다. `dataloader_prefetch_factor`를 설정하려면 0보다 커야 합니다. 기본값은 0입니다.',
    },
    train_sampling_strategy: {
      summary: '학습 샘플 순서: 셔플, 데이터셋 순서 그대로, 길이별 그룹.',
      help: '`random`(기본값)은 에폭마다 섞고, `sequential`은 데이터셋 순서를 유지하며, `group_by_length`는 길이가 비슷한 샘플끼리 묶어 패딩을 줄입니다(`length_column_name` 열이 있으면 사용). iterable 데이터셋에서는 무시됩니다. v4의 `group_by_length` 플래그를 대체합니다. 값은 명령줄 파서만 검사하며, Python에서 모르는 값을 주면 조용히 `random`처럼 동작합니다.',
    },
    dataloader_multiprocessing_context: {
      summary: '데이터 로딩 워커를 시작하는 방식: `fork`, `spawn`, `forkserver`. 비우면 플랫폼 기본값.',
      help: 'PyTorch DataLoader에 그대로 넘기므로 `dataloader_num_workers`가 0보다 클 때만 의미가 있고, 워커가 0이면 DataLoader가 어떤 값도 거부합니다. `spawn`은 메인 프로세스의 CUDA나 스레드 문제를 피하는 대신 시작이 느립니다. 이름은 명령줄 파서만 검사합니다. 기본값은 None입니다.',
    },
    dataloader_in_order: {
      summary: '워커가 여럿이어도 배치를 샘플러 순서대로 돌려줍니다.',
      help: 'PyTorch DataLoader에 `in_order`로 넘깁니다(PyTorch 2.6 이상). 끄면 빠른 워커가 느린 워커보다 먼저 배치를 넘길 수 있어 느린 샘플을 가릴 수 있지만, 순서가 타이밍에 따라 달라집니다. 기본값은 True입니다.',
    },
    remove_unused_columns: {
      summary: '모델의 `forward()`가 받지 않는 데이터셋 열을 제거합니다.',
      help: '별도 코드 없이 배치를 깔끔하게 유지합니다. 커스텀 data collator가 원문 텍스트 같은 다른 열을 써야 하거나 모델이 `**kwargs`를 받으면 끄세요. 기본값은 True입니다.',
    },
    label_names: {
      summary: '레이블이 담긴 배치 키. 비우면 모델에서 추론합니다.',
      help: '기본적으로 forward 인자 중 이름에 "label"이 들어간 것을 쓰고, 질의응답 모델이면 `start_positions`, `end_positions`도 씁니다. 레이블 이름이 특이하거나 레이블 텐서를 여러 개 받는 모델이면 지정하세요. 기본값은 None입니다.',
    },
    dataloader_drop_last: {
      summary: '각 에폭의 마지막 불완전한 배치를 버립니다.',
      help: '모든 배치 크기를 같게 유지하며, 일부 모델이나 컴파일된 그래프에는 이것이 필요합니다. 에폭당 업데이트 수가 약간 줄어듭니다. 기본값은 False입니다.',
    },
    dataloader_pin_memory: {
      summary: '페이지 고정(pinned) 호스트 메모리를 써서 배치를 GPU로 더 빨리 복사합니다.',
      help: 'GPU 학습에서는 대개 도움이 되며, 호스트 메모리가 빠듯하면 끄세요. `use_cpu`를 켜면 강제로 꺼집니다. 기본값은 True입니다.',
    },
    dataloader_persistent_workers: {
      summary: '에폭 사이에 워커 프로세스를 다시 띄우지 않고 유지합니다.',
      help: '에폭마다 워커를 시작하는 비용을 아끼는 대신 RAM을 더 씁니다. `dataloader_num_workers`가 0보다 클 때만 의미가 있습니다. 기본값은 False입니다.',
    },
    dataloader_prefetch_factor: {
      summary: '워커 하나가 미리 준비해 두는 배치 수.',
      help: '예를 들어 워커 4개에 2를 주면 배치 8개가 대기합니다. `dataloader_num_workers`가 0보다 클 때만 설정할 수 있으며, 아니면 라이브러리가 오류를 냅니다. 기본값 None은 PyTorch 기본값을 따릅니다.',
    },
    length_column_name: {
      summary: '길이별 그룹 샘플링에 쓸, 미리 계산한 샘플 길이 열 이름.',
      help: '이 열이 있으면 `group_by_length` 샘플링이 학습 시작 때 모든 샘플의 길이를 재는 대신 이 값을 읽습니다. `train_sampling_strategy`가 `group_by_length`가 아니면 무시됩니다. 기본값은 `length`입니다.',
    },

    // distributed
    deepspeed: {
      summary: 'DeepSpeed 설정 dict 또는 JSON 파일 경로. 설정하면 DeepSpeed가 켜집니다.',
      help: '설정에 `"auto"`로 적은 항목은 이 인자들(배치 크기, 학습률, 정밀도 등)로 채워집니다. ZeRO-3를 쓸 때는 로딩 중에 가중치가 분할되도록 `TrainingArguments`를 만든 뒤에 모델을 만드세요. `deepspeed` 패키지가 필요하며, ZeRO-3는 `auto_find_batch_size`와 함께 쓸 수 없습니다. 기본값은 None입니다.',
    },
    fsdp: {
      summary: '`full_shard auto_wrap` 같은 옵션으로 PyTorch FSDP를 켭니다.',
      help: '샤딩 모드 하나(`full_shard`, `shard_grad_op`, `hybrid_shard`, `hybrid_shard_zero2`, `no_shard`)에 CPU 오프로딩용 `offload`와 `auto_wrap`을 조합합니다. `offload` 단독이나 `full_shard`와 `shard_grad_op`를 함께 쓰면 거부됩니다. 공백으로 구분한 문자열이나 리스트로 주며, True는 `full_shard`를 뜻합니다. 세부 설정은 `fsdp_config`에 넣습니다.',
    },
    fsdp_config: {
      summary: 'FSDP 설정 dict 또는 JSON 파일 경로: 버전, 래핑, 프리페치, 메모리 절약 로딩.',
      help: '주요 키는 `version`(1 또는 2), `transformer_layer_cls_to_wrap` 또는 `min_num_params`(둘 중 하나만), `backward_prefetch`, `forward_prefetch`, `use_orig_params`, `activation_checkpointing`, 그리고 `sync_module_states`가 필요한 `cpu_ram_efficient_loading`입니다. 키 앞의 `fsdp_` 접두사는 제거됩니다. `fsdp`가 설정된 경우에만 쓰입니다. 기본값은 None입니다.',
    },
    accelerator_config: {
      summary: '내부 Accelerator 옵션. 예: `split_batches`, `even_batches`, `dispatch_batches`.',
      help: 'dict, JSON 문자열, JSON 파일 경로 중 하나로 줍니다. `split_batches`는 프로세스마다 배치 전체를 주는 대신 한 배치를 나눠 주고, `even_batches`(기본 켜짐)는 샘플을 반복해 모든 프로세스가 같은 수의 배치를 받게 하며, `use_seedable_sampler`(기본 켜짐)는 셔플을 재현 가능하게 합니다. 알 수 없는 키는 오류입니다. `gradient_accumulation_kwargs.num_steps`를 설정하면 1보다 큰 `gradient_accumulation_steps`와 충돌합니다.',
    },
    ddp_backend: {
      summary: '분산 학습 통신 백엔드. 예: NVIDIA GPU는 `nccl`, CPU는 `gloo`.',
      help: '비우면 accelerate가 하드웨어에 맞게 고릅니다. `xccl`은 Intel GPU, `hccl`은 Gaudi와 Ascend, `cncl`은 Cambricon MLU, `mccl`은 Moore Threads GPU용입니다. 값은 명령줄 파서만 검사합니다. 기본값은 None입니다.',
    },
    ddp_static_graph: {
      summary: '스텝마다 쓰이는 파라미터 집합이 바뀌지 않는다고 DDP에 알립니다. 비우면 PyTorch 기본값(꺼짐).',
      help: '값을 주면 DistributedDataParallel에 `static_graph`로 넘깁니다. 정적 그래프면 DDP가 통신을 더 잘 겹치고, reentrant gradient checkpointing과도 함께 쓸 수 있습니다. 제어 흐름에 따라 그래디언트를 받는 파라미터가 달라지는 모델에는 맞지 않습니다. 기본값은 None입니다.',
    },
    ddp_timeout: {
      summary: '프로세스 그룹 초기화와 집합 통신의 타임아웃(초).',
      help: '메인 rank에서 데이터셋을 전처리할 때처럼 한 프로세스만 오래 일하는 경우, 기다리는 다른 프로세스가 타임아웃되지 않도록 늘리세요. 기본값은 1800(30분)입니다.',
    },
    ddp_find_unused_parameters: {
      summary: 'DDP가 그래디언트를 받지 못한 파라미터를 찾게 합니다. 비우면 gradient checkpointing 여부로 정합니다.',
      help: 'forward에서 일부 파라미터를 건너뛰는 모델에는 필요하며, 없으면 DDP가 오류를 내거나 멈춥니다. 비우면 True이고, gradient checkpointing이 켜져 있으면 False입니다. 모든 파라미터가 쓰인다면 끄는 편이 빠릅니다.',
    },
    ddp_bucket_cap_mb: {
      summary: 'DDP가 함께 all-reduce하는 그래디언트 버킷 크기(MB). 비우면 PyTorch 기본값을 씁니다.',
      help: '버킷이 크면 통신 호출 횟수는 줄고 한 번에 보내는 양은 커집니다. 조정해도 차이가 크지 않은 경우가 많습니다. 양의 정수여야 합니다. 기본값은 None입니다.',
    },
    ddp_broadcast_buffers: {
      summary: 'DDP가 forward 전마다 BatchNorm 통계 같은 모듈 버퍼를 rank 0에서 복사하게 합니다.',
      help: '비우면 PyTorch 기본값(켜짐)을 따릅니다. 버퍼가 변하지 않는 모델은 끄면 통신이 줄고, gradient checkpointing과 함께 끄는 경우가 많습니다. 기본값은 None입니다.',
    },
    parallelism_config: {
      summary: '데이터·텐서·컨텍스트 병렬화를 조합하는 accelerate `ParallelismConfig`.',
      help: '단순한 값이 아닌 Python 객체라 명령줄 플래그나 JSON으로 쓸 수 없으니 스크립트에서 만드세요. accelerate 1.10.1 이상이 필요합니다. 기본값은 None입니다.',
    },
    local_rank: {
      summary: '노드 안에서 이 프로세스의 rank. 런처가 채우므로 직접 설정하지 마세요.',
      help: '`torchrun`, `accelerate launch` 같은 런처는 환경 변수로 rank를 전달합니다. 이 인자는 `--local_rank`를 받는 오래된 스크립트를 위해 남아 있습니다. 기본값은 -1입니다.',
    },

    // hub
    push_to_hub: {
      summary: '모델을 저장할 때마다 Hugging Face Hub에 업로드합니다.',
      help: '업로드는 `save_strategy`를 따르며, `trainer.save_model()`도 업로드합니다. 대상 저장소는 `hub_model_id`로, 업로드 내용은 `hub_strategy`로 정합니다. 로그인되어 있거나 `hub_token`이 있어야 합니다. 기본값은 False입니다.',
    },
    hub_model_id: {
      summary: '업로드할 Hub 저장소: 내 네임스페이스의 `name` 또는 `org/name`.',
      help: '비우면 내 네임스페이스에 `output_dir` 폴더 이름으로 만듭니다. 소속 조직에 올리려면 `org/name`으로 쓰세요. 기본값은 None입니다.',
    },
    hub_strategy: {
      summary: 'Hub에 무엇을 언제 업로드할지 정합니다.',
      help: '`every_save`(기본값)는 저장할 때마다 백그라운드로 모델을 올리고, `end`는 최종 모델을 저장할 때만 올립니다. `checkpoint`는 여기에 더해 최신 체크포인트를 재개용 `last-checkpoint` 폴더에 올리고, `all_checkpoints`는 모든 체크포인트 폴더를 올립니다.',
    },
    hub_private_repo: {
      summary: 'Hub 저장소를 비공개로 만듭니다. 비우면 계정이나 조직의 기본 설정을 따릅니다.',
      help: '저장소가 이미 있으면 효과가 없습니다. `report_to`에 `trackio`를 넣어 만들어지는 Trackio Space에도 같은 설정이 적용됩니다. 기본값은 None입니다.',
    },
    hub_token: {
      summary: '업로드에 쓸 액세스 토큰. 비우면 `hf auth login`으로 저장한 토큰을 씁니다.',
      help: '비밀 값으로 다루세요. 라이브러리는 인자를 출력하거나 저장할 때 `<HUB_TOKEN>`으로 가립니다. 코드에 적는 것보다 로그인하거나 `HF_TOKEN` 환경 변수를 쓰는 편이 안전합니다. 기본값은 None입니다.',
    },
    hub_always_push: {
      summary: '이전 업로드가 진행 중이어도 모든 체크포인트를 업로드합니다.',
      help: '기본적으로는 이전 업로드가 끝나지 않았으면 해당 체크포인트를 건너뛰어, 업로드가 학습을 붙잡지 않게 합니다. 기본값은 False입니다.',
    },
    hub_revision: {
      summary: '업로드할 Hub 브랜치 또는 다른 revision.',
      help: '비우면 기본 브랜치(보통 `main`)로 올립니다. 보통 브랜치 이름을 쓰지만 태그나 커밋 해시도 받습니다. 기본값은 None입니다.',
    },

    // script
    do_train: {
      summary: '직접 작성한 스크립트용 "학습 실행" 플래그. Trainer 자체는 무시합니다.',
      help: '예제 스크립트는 이 값을 보고 `trainer.train()` 호출 여부를 정합니다. `Trainer` 안에서는 아무것도 바꾸지 않습니다. 기본값은 False입니다.',
    },
    do_eval: {
      summary: '직접 작성한 스크립트용 "평가 실행" 플래그. `eval_strategy`가 `no`가 아니면 자동으로 켜집니다.',
      help: 'Trainer는 읽지 않으며, 학습 중 평가는 `eval_strategy`가 제어합니다. 스크립트는 이 값으로 `trainer.evaluate()` 호출 여부를 정합니다. 기본값은 False입니다.',
    },
    do_predict: {
      summary: '직접 작성한 스크립트용 "테스트 세트 예측" 플래그. Trainer는 무시합니다.',
      help: '예제 스크립트는 이 값으로 `trainer.predict()` 호출 여부를 정합니다. `Trainer` 안에서는 아무것도 바꾸지 않습니다. 기본값은 False입니다.',
    },
    resume_from_checkpoint: {
      summary: '직접 작성한 스크립트가 재개에 쓸 체크포인트 폴더. Trainer는 읽지 않습니다.',
      help: '`trainer.train(resume_from_checkpoint=args.resume_from_checkpoint)`처럼 스크립트가 직접 넘겨야 합니다. 대신 `trainer.train(resume_from_checkpoint=True)`를 호출하면 `output_dir`의 최신 체크포인트를 고릅니다. 기본값은 None입니다.',
    },
  },

  ui: {
    'Checked as': '검사 기준',
    transformers: 'transformers 버전',
    'No exact code for this release: checked as the nearest band, with its dated changes.':
      '이 릴리스의 정확한 코드가 없어, 가장 가까운 구간의 코드에 그 릴리스에서 바뀐 점을 반영해 검사합니다.',
    'Config class': '설정 클래스',
    Switched: '전환됨',
    'Switched to': '전환:',
    'No value needed changing.': '바꿀 값이 없었습니다.',
    ...KO_MEMORY_UI,
    'Show advanced': '고급 설정 보기',
    'Hide advanced': '고급 설정 숨기기',
    Default: '기본값',
    Changed: '변경됨',
    'Reset to default': '기본값으로 되돌리기',
    'Not set': '설정 안 함',
    Issues: '문제',
    'Resolved config': '최종 설정',
    Python: 'Python',
    Copy: '복사',
    Copied: '복사됨',
    'Set by you': '직접 설정',
    'Default value': '라이브러리 기본값',
    Derived: '자동 결정됨',
    Errors: '오류',
    Warnings: '경고',
    Info: '정보',
    'No issues': '문제 없음',
    'Apply fix': '수정 적용',
    Undo: '실행 취소',
    Hardware: '하드웨어',
    Language: '언어',
    'Changed only': '변경한 항목만',
    'All values': '전체 값',
    changed: '변경됨',
    Error: '오류',
    Warning: '경고',
    'Fix applied': '수정 적용됨',
    All: '전체',
    'Filter fields': '필드 필터',
    'Jump to field': '필드로 이동',
    Deprecated: '지원 중단',
    Help: '도움말',
    Value: '값',
    Source: '출처',
    Field: '필드',
    you: '직접 설정',
    default: '기본값',
    derived: '자동 결정',
    'Set in Python code': 'Python 코드에서 설정',
    'No fields match': '일치하는 필드가 없습니다',
    'Nothing found': '결과 없음',
    'Type None for None': 'None으로 두려면 None을 입력하세요',
    'JSON object, or a path to a JSON file': 'JSON 객체 또는 JSON 파일 경로',
    'Validated as transformers 5 does': 'transformers 5와 같은 방식으로 검증했습니다',
    'CLI flags': 'CLI 플래그',
    JSON: 'JSON',
    YAML: 'YAML',
    Launch: '실행 명령',
    'Values to include': '포함할 값',
    Launcher: '런처',
    'GPUs per node': '노드당 GPU',
    Nodes: '노드',
    'Not written as flags': '플래그로 쓸 수 없는 값',
    'Set these in Python, JSON or YAML instead': 'Python, JSON 또는 YAML로 설정하세요',
    Imported: '가져옴',
    Dismiss: '닫기',
    Rules: '규칙',
    'Rule catalogue': '규칙 목록',
    'Back to the editor': '편집기로 돌아가기',
    'Every check the studio runs, and whether transformers itself makes it.':
      '스튜디오가 실행하는 모든 검사와, 그 검사를 transformers 자체도 하는지 보여 줍니다.',
    'Mirror the library': '라이브러리와 동일',
    'Go beyond it': '라이브러리 이상',
    'Search rules': '규칙 검색',
    'Search rules, fields or descriptions': '규칙, 필드, 설명 검색',
    Severity: '심각도',
    Rule: '규칙',
    'What it checks': '검사 내용',
    Fields: '필드',
    'No rules match': '일치하는 규칙이 없습니다',
    Shown: '표시',
    'Any keyword argument': '모든 키워드 인자',
    'Open in the editor': '편집기에서 열기',
    more: '개 더',
    'Mirrors the library': '라이브러리와 동일',
    'Fails later in training': '학습 중 실패',
    'Sanity check': '추가 점검',
    'TrainingArguments itself raises or warns': 'TrainingArguments 자체가 오류나 경고를 냅니다',
    'Accepted by TrainingArguments; the Trainer, optimizer or scheduler fails later':
      'TrainingArguments는 받아들이지만 나중에 Trainer, 옵티마이저 또는 스케줄러에서 실패합니다',
    'Nonsense or a silent surprise the library never reports': '라이브러리가 알려 주지 않는 무의미한 설정이나 예상 밖의 동작입니다',
    Import: '가져오기',
    'Import a config': '설정 가져오기',
    'Paste TrainingArguments(...) code, command-line flags, JSON or YAML, or drop a file.':
      'TrainingArguments(...) 코드, 명령줄 플래그, JSON 또는 YAML을 붙여 넣거나 파일을 끌어다 놓으세요.',
    Format: '형식',
    'Auto-detect': '자동 감지',
    Detected: '감지된 형식',
    'Format not recognised: pick one': '형식을 알 수 없습니다. 직접 고르세요',
    'Open file': '파일 열기',
    'Config to import': '가져올 설정',
    'Replaces every value in the form; Undo puts them back.': '폼의 모든 값을 바꿉니다. 실행 취소로 되돌릴 수 있습니다.',
    Cancel: '취소',
    'Replace form values': '폼 값 바꾸기',
    Values: '값',
    'Paste or drop a config to see what will be set': '설정을 붙여 넣거나 끌어다 놓으면 설정될 값을 미리 보여 줍니다',
    'Could not read the text': '텍스트를 읽을 수 없습니다',
    Line: '줄',
    Column: '열',
    'Will be set': '설정될 값',
    'Nothing: every field goes back to its default': '없음: 모든 필드가 기본값으로 돌아갑니다',
    'not a v5 argument': 'v5 인자가 아님',
    'Unknown names are kept so the Issues list can name them and offer a fix.':
      '알 수 없는 이름도 유지되므로, 문제 목록에서 해당 이름을 알려 주고 수정 방법을 제안합니다.',
    Dropped: '제외됨',
    'DeepSpeed config': 'DeepSpeed 설정',
    'accelerate config': 'accelerate 설정',
    'Not TrainingArguments': 'TrainingArguments가 아님',
    'Read by other programs (the script, a recipe tool, the launcher): kept here for reference, not errors.':
      '다른 프로그램(스크립트, 레시피 도구, 런처)이 읽는 값입니다. 참고용으로 보여 주며 오류가 아닙니다.',
    'Not imported': '가져오지 않음',
    Notes: '참고',
    Sections: '섹션',
    'Launch command': '실행 명령',
    'Set the Launch panel: {processes} processes per node, {nodes} nodes': 'Launch 패널 설정: 노드당 프로세스 {processes}개, 노드 {nodes}개',
    'The text builds {class}: switch the form to it': '이 텍스트는 {class}를 만듭니다. 폼을 {class}로 바꾸기',
    'These look like {class} fields ({names}): switch the form to it': '{class} 필드로 보입니다({names}). 폼을 {class}로 바꾸기',
    'What to decide': '정할 것',
    // Run context, schedule and saving the state.
    Run: '실행 환경',
    'Dataset and devices: not TrainingArguments, never in the code': '데이터셋과 장치: TrainingArguments가 아니며 코드에 들어가지 않습니다',
    'Training examples': '학습 예제 수',
    'Iterable dataset (no length)': '이터러블 데이터셋 (길이 없음)',
    'from the form': '폼에서 가져옴',
    'Enter a number': '숫자를 입력하세요',
    'Enter a whole number': '정수를 입력하세요',
    'At least {min}': '{min} 이상이어야 합니다',
    'At most {max}': '{max} 이하여야 합니다',
    'Global batch size': '전역 배치 크기',
    'Micro-batches per epoch per process': '프로세스당 에폭별 마이크로배치',
    'Optimizer updates per epoch': '에폭당 옵티마이저 업데이트',
    'Total optimizer steps': '전체 옵티마이저 스텝',
    'Warmup steps': '워밍업 스텝',
    'Logging interval': '로깅 간격',
    'Evaluation interval': '평가 간격',
    'Save interval': '저장 간격',
    Evaluations: '평가 횟수',
    'Checkpoints saved': '저장되는 체크포인트',
    'Checkpoints on disk at the end': '종료 시 디스크의 체크포인트',
    unknown: '알 수 없음',
    'no dataset length': '데이터셋 길이 없음',
    '{batches} batches ÷ {processes} processes': '배치 {batches}개 ÷ 프로세스 {processes}개',
    '{batches} batches, split per process': '배치 {batches}개, 프로세스별로 분할',
    '{batches} batches, one process': '배치 {batches}개, 프로세스 1개',
    'max_steps (no length)': 'max_steps (길이 없음)',
    '{batches} ÷ {accumulation}, rounded up': '{batches} ÷ {accumulation}, 올림',
    'max_steps = {epochs} epochs': 'max_steps = {epochs} 에폭',
    '{epochs} × {updates}, rounded up': '{epochs} × {updates}, 올림',
    'no warmup': '워밍업 없음',
    '{ratio} × {total}, rounded up': '{ratio} × {total}, 올림',
    off: '끔',
    'every epoch': '매 에폭',
    'on a new best': '최고 기록 갱신 시',
    'after an evaluation that improves the metric': '지표가 좋아진 평가 직후',
    never: '없음',
    'no positive interval set': '양수 간격이 설정되지 않음',
    'every {n} steps': '{n} 스텝마다',
    'after eval_delay {delay}': 'eval_delay {delay} 이후',
    'depends on the metric': '지표에 따라 다름',
    'incl. the final save': '마지막 저장 포함',
    'limit {limit}': '한도 {limit}',
    'up to {peak} at once': '동시에 최대 {peak}개',
    'if every evaluation improves': '매 평가마다 좋아진다고 가정',
    Schedule: '스케줄',
    'The steps cannot be worked out': '스텝 수를 계산할 수 없습니다',
    'The learning-rate schedule cannot be built': '학습률 스케줄을 만들 수 없습니다',
    'More than {n} steps: too long to chart. The numbers above still hold.': '{n} 스텝을 넘어 차트로 그리기에는 너무 깁니다. 위의 숫자는 그대로 유효합니다.',
    'Learning-rate schedule': '학습률 스케줄',
    '{n} steps': '{n} 스텝',
    'Learning rate': '학습률',
    Warmup: '워밍업',
    'Epoch boundary': '에폭 경계',
    Epoch: '에폭',
    Ceiling: '상한',
    Log: '로그',
    Eval: '평가',
    Save: '저장',
    Legend: '범례',
    Step: '스텝',
    'follows the metric': '지표에 따라 변함',
    Scheduler: '스케줄러',
    peak: '최고',
    'reduce_lr_on_plateau does not follow the step count: after each evaluation it checks the metric, and after {patience} evaluations without improvement it multiplies the rate by {factor}. So there is no curve to draw: the rate starts at {ceiling}, never goes above it, and can only drop at the evaluations marked below.':
      'reduce_lr_on_plateau는 스텝 수를 따르지 않습니다. 평가가 끝날 때마다 지표를 확인하고, {patience}번 연속으로 나아지지 않으면 학습률에 {factor}를 곱합니다. 그래서 그릴 곡선이 없습니다. 학습률은 {ceiling}에서 시작해 그보다 커지지 않으며, 아래에 표시된 평가 시점에서만 낮아질 수 있습니다.',
    'Effective lr_scheduler_kwargs': '실제 적용되는 lr_scheduler_kwargs',
    'This scheduler takes no lr_scheduler_kwargs.': '이 스케줄러는 lr_scheduler_kwargs를 받지 않습니다.',
    'Ignored by {type}: {names}.': '{type}에서 무시됨: {names}.',
    Events: '이벤트',
    Event: '이벤트',
    Count: '횟수',
    'At steps': '스텝',
    Logs: '로그',
    Saves: '저장',
    'Epoch ends': '에폭 종료',
    none: '없음',
    'possible: after an evaluation that sets a new best': '후보: 최고 기록을 갱신한 평가 직후',
    'Checkpoints at the end': '종료 시 남는 체크포인트',
    'No checkpoints are saved.': '체크포인트를 저장하지 않습니다.',
    'Assuming the metric improves at every evaluation (the newest checkpoint is the best):':
      '매 평가마다 지표가 좋아진다고 가정할 때 (가장 최근 체크포인트가 최고):',
    'If the first evaluation stays the best:': '첫 평가가 끝까지 최고로 남는다면:',
    'save_total_limit {limit} deletes the oldest folders as new ones are saved.':
      'save_total_limit {limit}: 새 체크포인트를 저장할 때 가장 오래된 폴더부터 지웁니다.',
    'load_best_model_at_end: the best checkpoint is never deleted by rotation.': 'load_best_model_at_end: 최고 체크포인트는 순환 삭제 대상에서 빠집니다.',
    'The steps strategy always saves at the last step.': 'steps 전략은 마지막 스텝에서 항상 저장합니다.',
    'Up to {peak} folders exist at once during training.': '학습 중에는 폴더가 동시에 최대 {peak}개 존재합니다.',
    'Checkpoint folders': '체크포인트 폴더',
    best: '최고',
    final: '마지막',
    '… {n} more …': '… {n}개 더 …',
    'Share link': '공유 링크',
    'Link copied': '링크 복사됨',
    'Could not copy': '복사하지 못했습니다',
    'Copy a link that opens this exact state': '지금 상태 그대로 열리는 링크를 복사합니다',
    'Your saved work could not be read, so the form starts empty.': '저장된 작업을 읽을 수 없어 빈 폼으로 시작합니다.',
    'Another tab saved different work. Nothing was overwritten: load that work, or keep yours and save it over it.':
      '다른 탭에서 다른 작업을 저장했습니다. 아무것도 덮어쓰지 않았습니다. 그 작업을 불러오거나, 지금 작업을 유지하고 그 위에 저장하세요.',
    'Load the other work': '다른 작업 불러오기',
    'Keep mine and save': '내 작업 유지하고 저장',
    'Some saved values could not be read and were left out: {names}': '저장된 값 일부를 읽을 수 없어 제외했습니다: {names}',
    'This share link could not be read; your saved work is kept.': '이 공유 링크를 읽을 수 없습니다. 저장된 작업은 그대로 유지됩니다.',
    'Opened the shared link; left out what could not be read: {names}': '공유 링크를 열었습니다. 읽을 수 없는 항목은 제외했습니다: {names}',
    'Opened the configuration from the shared link.': '공유 링크의 설정을 열었습니다.',
    'Tokens are never carried in links or saved work.': '토큰은 링크나 저장된 작업에 절대 담기지 않습니다.',
    'Your saved work is in a format this version cannot read, so the form starts empty. Download it to keep it.':
      '저장된 작업이 이 버전에서 읽을 수 없는 형식이라 빈 폼으로 시작합니다. 보관하려면 내려받으세요.',
    'Download it to keep what was there.': '그 내용을 보관하려면 내려받으세요.',
    "The browser's storage is full, so changes are no longer saved and last only while this page is open. Free some space, or download your work as a file.":
      '브라우저 저장 공간이 가득 차서 변경 사항이 더 이상 저장되지 않으며, 이 페이지가 열려 있는 동안만 유지됩니다. 공간을 비우거나 작업을 파일로 내려받으세요.',
    'This browser does not let the studio save (private browsing, or storage turned off): your work lasts only while this page is open. Download it as a file to keep it.':
      '이 브라우저에서는 저장할 수 없습니다(사생활 보호 모드이거나 저장소가 꺼져 있음). 작업은 이 페이지가 열려 있는 동안만 유지되니, 보관하려면 파일로 내려받으세요.',
    'This share link is too large to open safely; your saved work is kept.':
      '이 공유 링크는 너무 커서 안전하게 열 수 없습니다. 저장된 작업은 그대로 유지됩니다.',
    'This configuration needs a link of {length} characters. Links over {max} characters get cut by chat apps and browsers, so none was made: download it as a file instead, and open it with Import.':
      '이 설정을 담으려면 {length}자 길이의 링크가 필요합니다. {max}자를 넘는 링크는 채팅 앱과 브라우저에서 잘리므로 만들지 않았습니다. 대신 파일로 내려받고 가져오기로 여세요.',
    "Save this tab's work over the other tab's? The other work then stays only in its own tab.":
      '이 탭의 작업을 다른 탭의 작업 위에 저장할까요? 그러면 다른 작업은 그 탭에만 남습니다.',
    'Download saved text': '저장된 텍스트 내려받기',
    'Download what was left out': '제외된 항목 내려받기',
    'Download as file': '파일로 내려받기',
    'Save mine': '내 작업 저장',
    'This text holds what looks like a Hugging Face token: {tokens}. A hub_token is never imported (set HF_TOKEN where the script runs), and one in any other field is flagged under Issues. Rotate this token now: one pasted into a web page may have leaked.':
      '이 텍스트에 Hugging Face 토큰으로 보이는 값이 있습니다: {tokens}. hub_token은 가져오지 않으며(스크립트를 실행하는 곳에 HF_TOKEN을 설정하세요), 다른 필드에 있는 토큰은 문제 목록에 표시됩니다. 웹 페이지에 붙여 넣은 토큰은 유출되었을 수 있으니 지금 교체하세요.',
    'Apply all safe fixes': '안전한 수정 모두 적용',
    'Show issues': '문제 목록 펼치기',
    'Hide issues': '문제 목록 접기',
    Other: '기타',
    'Fixes applied': '수정 적용됨',
    'Preset applied': '프리셋 적용됨',
    Restored: '복원됨',
    Redo: '다시 실행',
    Light: '밝게',
    Dark: '어둡게',
    'Follow the system': '시스템 설정 따르기',
    'Colour scheme': '색상 모드',
    Menu: '메뉴',
    'CUDA GPU, Ampere or newer, torch ≥ 2.8': 'CUDA GPU, Ampere 이상, torch ≥ 2.8',
    'CUDA GPU before Ampere (V100, T4…)': 'Ampere 이전 CUDA GPU(V100, T4…)',
    'CPU only': 'CPU 전용',
    'Apple Silicon (MPS)': 'Apple Silicon(MPS)',
    name: '이름',
    related: '관련 항목',
    'in the help': '도움말에서',
    'Find a field': '필드 찾기',
    'Name, words from the help, or a tool (tensorboard, memory…)': '이름, 도움말의 단어, 도구 이름(tensorboard, 메모리…)',
    Presets: '프리셋',
    'Starting points': '시작점',
    Apply: '적용',
    'Apply preset {name}': '프리셋 {name} 적용',
    'My presets': '내 프리셋',
    'None yet: save the current form as a preset below.': '아직 없습니다. 아래에서 현재 폼을 프리셋으로 저장하세요.',
    'New name': '새 이름',
    Rename: '이름 바꾸기',
    'Rename {name}': '{name} 이름 바꾸기',
    'Delete {name}': '{name} 삭제',
    'This browser did not keep the presets (storage is full or blocked). Export them to a file to keep them.':
      '이 브라우저가 프리셋을 저장하지 못했습니다(저장 공간이 가득 찼거나 차단됨). 보관하려면 파일로 내보내세요.',
    'Save the current form as a preset': '현재 폼을 프리셋으로 저장',
    'Preset name': '프리셋 이름',
    'Export to a file': '파일로 내보내기',
    'Import from a file': '파일에서 가져오기',
    'The file is not JSON. Choose a presets file exported from TrainArgs Studio.': 'JSON 파일이 아닙니다. TrainArgs Studio에서 내보낸 프리셋 파일을 고르세요.',
    'The file is JSON but not a presets file. Choose a file exported with "Export to a file".':
      'JSON이지만 프리셋 파일이 아닙니다. "파일로 내보내기"로 만든 파일을 고르세요.',
    'The file holds no readable presets. Export them again and retry.': '파일에 읽을 수 있는 프리셋이 없습니다. 다시 내보낸 뒤 시도하세요.',
    'Quick smoke test': '빠른 스모크 테스트',
    'Check that the data, model and training loop run end to end in a minute, before a real run.':
      '본 학습 전에 데이터, 모델, 학습 루프가 1분 안에 끝까지 도는지 확인합니다.',
    'Classifier fine-tune, keep the best': '분류기 파인튜닝, 최고 모델 유지',
    'Fine-tune an encoder for classification, evaluate every epoch and end with the checkpoint that scored best.':
      '분류용 인코더를 파인튜닝하고 에폭마다 평가해, 점수가 가장 좋았던 체크포인트로 끝냅니다.',
    'LLM SFT on one GPU': 'GPU 1개로 LLM SFT',
    'Supervised fine-tuning of a causal LM on a single Ampere-or-newer GPU: bf16, gradient checkpointing, 8-bit AdamW, cosine schedule with warmup.':
      'Ampere 이상 GPU 한 개로 causal LM을 지도 파인튜닝합니다: bf16, gradient checkpointing, 8비트 AdamW, 웜업이 있는 cosine 스케줄.',
    'LoRA-friendly settings': 'LoRA에 맞는 설정',
    'Training LoRA or other adapters: a higher learning rate, no weight decay, and checkpoints small enough to keep several.':
      'LoRA 같은 어댑터 학습용: 높은 학습률, weight decay 없음, 여러 개 남겨도 될 만큼 작은 체크포인트.',
    'Multi-GPU FSDP': '멀티 GPU FSDP',
    'A model too large for one GPU, sharded across several with PyTorch FSDP (full shard, transformer-layer auto wrap).':
      'GPU 하나에 들어가지 않는 모델을 PyTorch FSDP로 여러 GPU에 나눕니다(full shard, 트랜스포머 레이어 auto wrap).',
    'DeepSpeed ZeRO-3': 'DeepSpeed ZeRO-3',
    'Shard parameters, gradients and optimizer state with DeepSpeed ZeRO-3; the config says "auto" where TrainingArguments decides.':
      'DeepSpeed ZeRO-3로 파라미터, 그래디언트, 옵티마이저 상태를 나눕니다. TrainingArguments가 정하는 값은 설정에 "auto"로 둡니다.',
    'Evaluation only': '평가만',
    'Score an existing model on an evaluation set with trainer.evaluate(), without training or writing checkpoints.':
      '학습이나 체크포인트 저장 없이 trainer.evaluate()로 기존 모델을 평가 세트에서 채점합니다.',
    'GRPO with TRL': 'TRL로 GRPO',
    "Reinforcement learning from a reward function with TRL's GRPOTrainer: a small learning rate, bf16, and groups of 8 completions per prompt.":
      'TRL의 GRPOTrainer로 보상 함수에서 강화학습합니다: 작은 학습률, bf16, 프롬프트마다 8개의 completion 그룹.',
    'Opened the shared link over your work; a copy of your work is kept. Left out what could not be read: {names}':
      '작업 중이던 내용 위에 공유 링크를 열었습니다. 기존 작업의 사본은 보관됩니다. 읽을 수 없는 항목은 제외했습니다: {names}',
    'Opened the shared link over your work; a copy of your work is kept.': '작업 중이던 내용 위에 공유 링크를 열었습니다. 기존 작업의 사본은 보관됩니다.',
    'Your work is back. Undo returns to the shared configuration.': '작업을 되돌렸습니다. 실행 취소하면 공유된 설정으로 돌아갑니다.',
    'Restore my work': '내 작업 복원',
    'Restored your saved work for transformers {release} ({configClass}): its checks and code follow that release. A fresh start opens transformers {latest}.':
      '저장된 작업을 transformers {release}({configClass}) 기준으로 복원했습니다. 검사와 코드는 그 릴리스를 따릅니다. 새로 시작하면 transformers {latest}로 열립니다.',
    'Restored your saved work for {configClass} on transformers {release}: its fields and checks follow that class.':
      '저장된 작업을 transformers {release}의 {configClass} 기준으로 복원했습니다. 필드와 검사는 그 클래스를 따릅니다.',
    'Your saved work was stored in an older format and has been upgraded; nothing was lost.':
      '저장된 작업이 이전 형식이어서 현재 형식으로 바꿨습니다. 잃은 값은 없습니다.',
    'Switch to transformers {latest}': 'transformers {latest}로 전환',
    'Keep {release}': '{release} 유지',
    'Copy with 1 error': '오류 1개와 함께 복사',
    'Copy with {n} errors': '오류 {n}개와 함께 복사',
    'Summary and copy': '요약과 복사',
    'My work': '내 작업',
    'A new version is ready.': '새 버전이 준비되었습니다.',
    'Reload to update': '새로 고쳐 업데이트',
    Later: '나중에',
    'A new version is ready. It will not reload while you edit: reload when you are done.':
      '새 버전이 준비되었습니다. 편집 중에는 새로 고치지 않습니다. 작업을 마친 뒤 새로 고치세요.',
    Close: '닫기',
    'The run description is not valid: enter whole numbers, at least 0 examples and at least 1 device and node.':
      '실행 설정이 올바르지 않습니다. 정수로 입력하고, 샘플은 0개 이상, 장치와 노드는 1 이상이어야 합니다.',
    'A value the schedule needs is not valid: correct the field named below.': '스케줄 계산에 필요한 값이 올바르지 않습니다. 아래 필드를 고치세요.',
    'per_device_train_batch_size must be at least 1.': 'per_device_train_batch_size는 1 이상이어야 합니다.',
    'gradient_accumulation_steps must be at least 1.': 'gradient_accumulation_steps는 1 이상이어야 합니다.',
    'A dataset without a length needs max_steps above 0: set max_steps.': '길이가 없는 데이터셋에는 0보다 큰 max_steps가 필요합니다. max_steps를 설정하세요.',
    'No process gets a whole batch per epoch: use more examples, a smaller batch or fewer processes.':
      '에폭마다 온전한 배치를 받는 프로세스가 없습니다. 샘플을 늘리거나 배치나 프로세스 수를 줄이세요.',
    'These settings give no optimizer step: raise num_train_epochs or set max_steps.':
      '이 설정으로는 옵티마이저 스텝이 하나도 없습니다. num_train_epochs를 늘리거나 max_steps를 설정하세요.',
    'lr_scheduler_type is not a scheduler the library knows: pick one from the list.':
      'lr_scheduler_type이 라이브러리가 모르는 스케줄러입니다. 목록에서 고르세요.',
    'lr_scheduler_kwargs has a name this scheduler does not accept: remove it.': 'lr_scheduler_kwargs에 이 스케줄러가 받지 않는 이름이 있습니다. 지우세요.',
    'A value in lr_scheduler_kwargs has the wrong type or value: correct it.': 'lr_scheduler_kwargs의 값의 타입이나 값이 잘못되었습니다. 고치세요.',
    'The polynomial schedule needs lr_end below learning_rate: lower lr_end.':
      'polynomial 스케줄은 lr_end가 learning_rate보다 작아야 합니다. lr_end를 낮추세요.',
    'This scheduler needs exactly one of min_lr and min_lr_rate in lr_scheduler_kwargs.':
      '이 스케줄러는 lr_scheduler_kwargs에 min_lr과 min_lr_rate 중 정확히 하나가 필요합니다.',
    'The warmup-stable-decay scheduler needs num_decay_steps in lr_scheduler_kwargs.':
      'warmup-stable-decay 스케줄러는 lr_scheduler_kwargs에 num_decay_steps가 필요합니다.',
    "The decay type must be 'linear', 'cosine' or '1-sqrt'.": "감쇠 방식은 'linear', 'cosine', '1-sqrt' 중 하나여야 합니다.",
    'A reduce_lr_on_plateau setting in lr_scheduler_kwargs is out of range: correct it.':
      'lr_scheduler_kwargs의 reduce_lr_on_plateau 설정이 범위를 벗어났습니다. 고치세요.',
    'The constant schedule has no warmup: the warmup steps have no effect.': 'constant 스케줄에는 웜업이 없어 웜업 스텝이 효과가 없습니다.',
    'This scheduler ignores some of lr_scheduler_kwargs.': '이 스케줄러는 lr_scheduler_kwargs의 일부를 무시합니다.',
    'Warmup lasts as long as training: the peak learning rate is never reached.': '웜업이 학습 전체만큼 길어 최대 학습률에 도달하지 못합니다.',
    'num_stable_steps is given, so it is used as is rather than derived from the total steps.':
      'num_stable_steps가 주어져 전체 스텝에서 계산하지 않고 그대로 씁니다.',
    'The warmup, stable and decay phases do not add up to the training steps.': '웜업, 안정, 감쇠 구간의 합이 학습 스텝 수와 맞지 않습니다.',
  },
};
