import type { KoreanTargetTexts } from './locale-types';

// Like ko-v4.ts: texts a newer target adds to ko.ts where its English differs; only tests import it statically.

/** Korean texts for the releases from 5.6 (Trackio defaults) and 5.15 (the 5.15–5.18 band) where the English changed. */
export const KO_V5_15: KoreanTargetTexts = {
  fields: {
    warmup_steps: {
      help: '웜업 동안 학습률이 0에서 `learning_rate`까지 선형으로 오릅니다. 1 이상이면 스텝 수로 잘라 쓰므로 1.0은 100 %가 아니라 업데이트 한 번이고, [0, 1) 값은 전체의 비율이며 올림합니다(0.1이면 10 %). 5.15에서 `warmup_ratio`가 제거되어 이것이 유일한 웜업 설정입니다. 음수는 거부됩니다. `constant`, `reduce_lr_on_plateau`, `greedy`는 웜업을 무시합니다. 기본값은 0(웜업 없음)입니다.',
    },
    trackio_space_id: {
      help: '`user/name`, `org/name`, 또는 `name`만 주면 그 네임스페이스의 Space에 대시보드를 배포합니다. 비워 두면(Trackio 개편 이후의 기본값) 대시보드는 로컬에 머뭅니다. `report_to`에 `trackio`가 있을 때만 읽습니다. 기본값은 None입니다.',
    },
    train_sampling_strategy: {
      help: '`random`(기본값)은 에폭마다 섞고, `sequential`은 데이터셋 순서를 지키며, `group_by_length`는 길이가 비슷한 예제를 묶어 패딩을 줄이고, `batch_rebalance`(5.17+ Trainer가 사용)는 패딩된 토큰 비용을 장치와 누적 스텝에 고르게 나눕니다. iterable 데이터셋에서는 무시됩니다. 값은 명령줄 파서만 검사하므로, Python에서 모르는 값을 주면 조용히 `random`처럼 동작합니다.',
    },
    fsdp: {
      help: 'True면 FSDP를 켭니다. 설정은 `fsdp_config`에 두며 기본은 FSDP2입니다. `full_shard auto_wrap` 같은 문자열이나 옵션 리스트도 아직 동작하지만 deprecated되었고, 각 옵션은 `fsdp_config`로 옮겨집니다(`full_shard` → `reshard_after_forward`, `offload` → `cpu_offload`). `hybrid_shard`, `hybrid_shard_zero2`, `no_shard`는 `fsdp_config["version"] = 1`이 필요합니다. None, "", False, []이면 FSDP가 꺼집니다.',
    },
  },
};
