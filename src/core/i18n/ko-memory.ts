// Loaded with KO (lazily by the web app); only ko.ts and tests import it.

/** Korean texts of the memory panel and of the memory estimate's notes, keyed by the English text. */
export const KO_MEMORY_UI: Readonly<Record<string, string>> = {
  Memory: '메모리',
  'GPU memory and time': 'GPU 메모리와 시간',
  'Will it fit? The model, data and GPU are not TrainingArguments': '들어갈까? 모델, 데이터, GPU는 TrainingArguments가 아닙니다',
  Model: '모델',
  'Paste config.json…': 'config.json 붙여넣기…',
  'config.json': 'config.json 파일',
  'Paste the model’s config.json': '모델의 config.json을 붙여넣으세요',
  'This config.json cannot be read: {detail}': '이 config.json을 읽을 수 없습니다: {detail}',
  'Load dtype': '로드 dtype',
  'float32 (default load)': 'float32(기본 로드)',
  'Sequence length': '시퀀스 길이',
  Attention: '어텐션',
  GPU: 'GPU 종류',
  'Custom size…': '직접 입력…',
  'GPU memory (GiB)': 'GPU 메모리(GiB)',
  LoRA: 'LoRA 어댑터',
  'LoRA rank': 'LoRA 랭크',
  'LoRA target modules': 'LoRA 대상 모듈',
  'These target modules match no Linear layer of this model: {names}. Use names such as {examples}.':
    '이 대상 모듈은 이 모델의 어떤 Linear 레이어와도 맞지 않습니다: {names}. {examples} 같은 이름을 쓰세요.',
  Weights: '가중치',
  Gradients: '그래디언트',
  'Optimizer states': '옵티마이저 상태',
  Activations: '활성값',
  'Logits (fp32 log-probabilities)': '로짓(fp32 로그 확률)',
  'Autocast weight copies': 'autocast 가중치 사본',
  'Memory by component': '구성 요소별 메모리',
  'Peak allocated': '최대 할당량',
  'GPU memory': 'GPU 메모리',
  'Not modelled': '모델링하지 않은 부분',
  '{low} – {high}: CUDA context (0.3–2 GiB), allocator fragmentation, kernel workspaces':
    '{low} – {high}: CUDA 컨텍스트(0.3–2 GiB), 할당자 단편화, 커널 작업 공간',
  Fits: '들어감',
  Tight: '빠듯함',
  'Does not fit': '들어가지 않음',
  'Fits with {margin} to spare at the top of the unmodelled band.': '모델링하지 않은 범위의 최댓값을 더해도 {margin} 남습니다.',
  'Fits only at the bottom of the unmodelled band: {margin} short at its top.':
    '모델링하지 않은 범위의 최솟값에서만 들어갑니다. 최댓값에서는 {margin} 모자랍니다.',
  'Short by {margin} even at the bottom of the unmodelled band.': '모델링하지 않은 범위의 최솟값에서도 {margin} 모자랍니다.',
  'The peak is not the sum of the bars: saved activations and gradients never peak together, and the logits gradient adds a spike at the start of the backward.':
    '최대치는 막대의 합이 아닙니다. 저장된 활성값과 그래디언트는 동시에 최대가 되지 않고, backward 시작 시 로짓 그래디언트가 순간적으로 더해집니다.',
  '{total} parameters, {trainable} trainable; per GPU (GPUs in the run: {processes})':
    '파라미터 {total}개, 학습 {trainable}개, GPU 하나 기준(실행의 GPU {processes}개)',
  'Fixes that keep the training the same': '학습을 그대로 두는 해결책',
  'Fixes that change the numerics': '수치 계산을 바꾸는 해결책',
  'Turn on gradient_checkpointing': 'gradient_checkpointing 켜기',
  'Halve per_device_train_batch_size to {b} and double gradient_accumulation_steps to {ga}':
    'per_device_train_batch_size를 {b}(으)로 절반, gradient_accumulation_steps를 {ga}(으)로 두 배',
  'Shard across the {n} GPUs with FSDP full_shard': 'FSDP full_shard로 GPU {n}개에 나누기',
  'Use an 8-bit optimizer (adamw_8bit)': '8비트 옵티마이저(adamw_8bit) 쓰기',
  'Load the model in bf16': '모델을 bf16으로 로드',
  'Recomputes each block in the backward: same result, more time.': 'backward에서 블록마다 다시 계산합니다. 결과는 같고 시간이 더 걸립니다.',
  'The global batch stays the same; smaller micro-batches may use the GPU less well.':
    '전역 배치는 그대로입니다. 마이크로 배치가 작아져 GPU를 덜 효율적으로 쓸 수 있습니다.',
  'Same result; adds communication between the GPUs.': '결과는 같고 GPU 사이 통신이 늘어납니다.',
  'Changes the numerics: optimizer states are quantised block-wise to 8 bits (needs bitsandbytes).':
    '수치가 바뀝니다. 옵티마이저 상태를 블록 단위로 8비트 양자화합니다(bitsandbytes 필요).',
  'Changes the numerics: no fp32 master weights, so updates below bf16’s resolution are lost.':
    '수치가 바뀝니다. fp32 마스터 가중치가 없어 bf16 해상도보다 작은 업데이트는 사라집니다.',
  'Peak {before} → {after}: {verdict}': '최대치 {before} → {after}: {verdict}',
  'time × {factor}': '시간 × {factor}',
  Apply: '적용',
  'Nothing to suggest: none of the fixes lowers the peak.': '제안할 것이 없습니다. 어떤 해결책도 최대치를 낮추지 않습니다.',
  'Time and cost': '시간과 비용',
  'MFU (%)': 'MFU(모델 FLOPs 활용률, %)',
  'Price per GPU-hour': 'GPU 시간당 가격',
  'Average tokens per sequence': '시퀀스당 평균 토큰 수',
  'Full length': '전체 길이',
  'Wall-clock time': '실제 소요 시간',
  Cost: '비용',
  'Enter a price per GPU-hour': 'GPU 시간당 가격을 입력하세요',
  'Total tokens': '전체 토큰',
  'The steps cannot be worked out, so there is no time estimate; fix the run above.':
    '스텝 수를 계산할 수 없어 시간을 추정하지 못합니다. 위의 실행 설정을 고치세요.',
  'Estimate notes': '추정에 대한 참고',
  'fp16 was not measured: it is estimated with bf16 byte sizes (both are 2 bytes per element).':
    'fp16은 측정하지 않았습니다. bf16과 같은 바이트 크기로 추정합니다(둘 다 원소당 2바이트).',
  '{arch} was not measured: it is estimated with the nearest measured family ({family}).':
    '{arch}은(는) 측정하지 않았습니다. 가장 가까운 측정 계열({family})로 추정합니다.',
  '{optim} could not be measured: its optimizer states use the documented bytes of its library.':
    '{optim}은(는) 측정할 수 없었습니다. 옵티마이저 상태는 라이브러리 문서의 바이트 수를 씁니다.',
  '{optim} is not a known optimizer: estimated as AdamW (two states per parameter).':
    '{optim}은(는) 알려진 옵티마이저가 아닙니다. AdamW(파라미터당 상태 2개)로 추정합니다.',
  '16-bit weights without bf16/fp16 autocast were not measured: estimated as the bf16 mode (identical for Llama-family code).':
    'bf16/fp16 autocast 없는 16비트 가중치는 측정하지 않았습니다. bf16 모드로 추정합니다(Llama 계열 코드에서는 같습니다).',
  'LoRA activations for this family or precision were not measured: derived from which frozen layers stop saving their inputs.':
    '이 계열이나 정밀도의 LoRA 활성값은 측정하지 않았습니다. 고정된 레이어가 입력을 저장하지 않는 점에서 유도했습니다.',
  'deepspeed names a config file the browser cannot read: the ZeRO stage is unknown, so no sharding is assumed.':
    'deepspeed가 브라우저에서 읽을 수 없는 설정 파일을 가리킵니다. ZeRO 단계를 알 수 없어 샤딩이 없다고 가정합니다.',
  'Time assumes full-length sequences unless you enter a shorter average, and counts checkpointing recomputation as extra time, not useful work.':
    '더 짧은 평균 길이를 입력하지 않으면 모든 시퀀스가 최대 길이라고 가정하며, 체크포인팅의 재계산은 유용한 연산이 아니라 추가 시간으로 셉니다.',
};
