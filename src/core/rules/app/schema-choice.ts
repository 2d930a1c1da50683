import type { PyValue } from '../../py/py-value';
import type { FieldDef } from '../../registry/define-field';
import { fieldsFor, getField } from '../../registry/registry';
import { perTarget, TARGETS } from '../../target/target';
import type { Finding, Fix } from '../define-rule';
import { defineRule } from '../define-rule';
import { didYouMean } from '../did-you-mean';
import { code, eun, ro } from '../ko-text';
import { describeValue, describeValueKo, listChoices, listChoicesKo, patchFix, quote } from '../schema-format';

/**
 * Single-name fields with documented choices that nothing checks before training starts (the enums `__post_init__`
 * converts itself have `choiceCheck: 'library-enum'`: the library rules own them).
 */
const choiceFields = perTarget((target) => fieldsFor(target).filter((f) => f.kind === 'enum' && f.choices && f.choiceCheck === undefined));
/**
 * List fields whose items must come from the documented choices; the options the library splits and checks
 * (`library-split`, schema-list-option's) and the tracker names (`trackers`, below) have checks of their own.
 */
const itemFields = perTarget((target) => fieldsFor(target).filter((f) => f.kind === 'list' && f.choices && f.choiceCheck === undefined));

/** What `report_to` accepts in the target: "all", "none" and the integrations its Trainer knows. */
interface Trackers {
  readonly choices: readonly string[];
  readonly integrations: readonly string[];
}
const trackersOf = perTarget((target): Trackers => {
  const choices = getField('report_to', target)?.choices ?? [];
  return { choices, integrations: choices.filter((name) => name !== 'all' && name !== 'none') };
});

/** What an unknown name leads to, since the library accepts it silently. */
const CONSEQUENCE: Readonly<Record<string, string>> = {
  log_level: 'The Trainer looks the name up when it sets the log level and fails with a KeyError.',
  log_level_replica: 'The Trainer looks the name up when it sets the log level and fails with a KeyError.',
  ddp_backend: 'torch.distributed cannot start a process group with an unknown backend, so a multi-process run fails at start-up.',
  train_sampling_strategy: 'An unknown name is not rejected; the Trainer silently samples at random instead.',
  dataloader_multiprocessing_context: "torch's DataLoader accepts only fork, spawn or forkserver and raises when the Trainer builds it.",
  include_num_input_tokens_seen: 'An unknown mode is not rejected; the Trainer silently counts tokens in another mode.',
  include_for_metrics: 'The Trainer only looks for these names, so anything else is silently ignored.',
  half_precision_backend: 'The command-line parser would refuse it; in Python nothing checks it, and the Trainer silently uses torch.amp.',
  fp16_backend: 'It is copied into half_precision_backend, where nothing checks it; the Trainer silently uses torch.amp.',
};
const CONSEQUENCE_KO: Readonly<Record<string, string>> = {
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
const REPORT_TO_CONSEQUENCE = 'The Trainer raises ValueError ("… is not supported") when it sets up the trackers.';
const REPORT_TO_CONSEQUENCE_KO = 'Trainer가 트래커를 설정할 때 ValueError("… is not supported")를 냅니다.';

/**
 * Names outside the documented choices, for the fields the library does not check itself:
 * log levels, DDP backend, sampling strategy, token counting mode, include_for_metrics items and tracker names.
 */
export const schemaChoice = defineRule({
  id: 'schema-choice',
  fields: [...new Set(TARGETS.flatMap((t) => [...choiceFields(t), ...itemFields(t)].map((f) => f.name)))].concat('report_to'),
  severity: 'error',
  source: 'app',
  stage: 'schema',
  description:
    'Log levels, DDP backend, sampling strategy, token-count mode, precision backend, metric inputs and tracker names are among the documented choices.',
  check: ({ input, target }) => {
    const findings: Finding[] = [];
    for (const field of choiceFields(target)) {
      const value = input.values[field.name];
      if (typeof value === 'string') findings.push(...singleChoice(field, value));
    }
    for (const field of itemFields(target)) {
      const value = input.values[field.name];
      if (isStringList(value)) findings.push(...listItems(field, value));
    }
    findings.push(...reportTo(input.values.report_to, trackersOf(target)));
    return findings;
  },
});

function singleChoice(field: FieldDef, value: string): Finding[] {
  const choices = field.choices ?? [];
  if (choices.includes(value)) return [];
  const suggestion = didYouMean(value, choices);
  const hint = suggestion ? ` Did you mean ${quote(suggestion)}?` : '';
  const hintKo = suggestion ? ` 혹시 ${code(quote(suggestion))}인가요?` : '';
  return [
    {
      fields: [field.name],
      message: `${field.name} must be one of ${listChoices(choices)}, got ${describeValue(value)}.${hint} ${CONSEQUENCE[field.name] ?? ''}`.trimEnd(),
      messageKo:
        `${code(field.name)}에는 ${listChoicesKo(choices)} 중 하나만 쓸 수 있는데, 입력값이 ${describeValueKo(value)}입니다.${hintKo} ${CONSEQUENCE_KO[field.name] ?? ''}`.trimEnd(),
      ...(suggestion ? { fix: choiceFix(field.name, suggestion) } : {}),
    },
  ];
}

function listItems(field: FieldDef, items: readonly string[]): Finding[] {
  const choices = field.choices ?? [];
  const unknown = items.filter((item) => !choices.includes(item));
  if (unknown.length === 0) return [];
  const repaired = repairList(items, choices);
  return [
    {
      fields: [field.name],
      message: `${field.name} may only hold ${listChoices(choices)}; ${unknownText(unknown, choices)}. ${CONSEQUENCE[field.name] ?? ''}`.trimEnd(),
      messageKo:
        `${code(field.name)}에는 ${listChoicesKo(choices)}만 넣을 수 있습니다. 알 수 없는 항목: ${unknownTextKo(unknown, choices)}. ${CONSEQUENCE_KO[field.name] ?? ''}`.trimEnd(),
      fix: patchFix({ [field.name]: repaired }),
    },
  ];
}

function reportTo(value: PyValue | undefined, trackers: Trackers): Finding[] {
  if (typeof value === 'string') return reportToText(value, trackers);
  if (!isStringList(value)) return [];
  // "all" and "none" are only understood on their own; inside a longer list the Trainer treats them as tracker names.
  if (value.length === 1 && (value[0] === 'all' || value[0] === 'none')) return [];
  const unknown = value.filter((item) => !trackers.integrations.includes(item));
  if (unknown.length === 0) return [];
  const repaired = repairList(value, trackers.integrations);
  const hasSpecial = unknown.some((item) => item === 'all' || item === 'none');
  const special = hasSpecial ? ' "all" and "none" only work on their own, not inside a list of trackers.' : '';
  const specialKo = hasSpecial ? ` ${code('"all"')}과 ${code('"none"')}은 트래커 리스트 안에서는 통하지 않고 단독으로만 쓸 수 있습니다.` : '';
  return [
    {
      fields: ['report_to'],
      message: `report_to lists trackers the Trainer does not know: ${unknownText(unknown, trackers.integrations)}.${special} ${REPORT_TO_CONSEQUENCE}`,
      messageKo: `${code('report_to')}에 Trainer가 모르는 트래커가 있습니다: ${unknownTextKo(unknown, trackers.integrations)}.${specialKo} ${REPORT_TO_CONSEQUENCE_KO}`,
      // Dropping every tracker would turn reporting off, which is the user's call, not a repair.
      ...(repaired.length > 0 ? { fix: patchFix({ report_to: repaired }) } : {}),
    },
  ];
}

function reportToText(value: string, { choices, integrations }: Trackers): Finding[] {
  if (choices.includes(value)) return [];
  const parts = value.split(/[\s,;]+/).filter((part) => part !== '');
  if (parts.length > 1) {
    const named = parts.map((part) => (integrations.includes(part) ? part : didYouMean(part, integrations)));
    if (named.every((name): name is string => name !== undefined)) {
      const list = [...new Set(named)];
      return [
        {
          fields: ['report_to'],
          message: `report_to takes one tracker per string, so ${describeValue(value)} is read as a single unknown name. Give several trackers as a list: ${JSON.stringify(list)}. ${REPORT_TO_CONSEQUENCE}`,
          messageKo: `${code('report_to')} 문자열 하나에는 트래커 하나만 들어가므로, ${eun(describeValueKo(value))} 알 수 없는 이름 하나로 읽힙니다. 트래커 여러 개는 리스트로 주세요: ${code(JSON.stringify(list))}. ${REPORT_TO_CONSEQUENCE_KO}`,
          fix: patchFix({ report_to: list }),
        },
      ];
    }
  }
  const suggestion = didYouMean(value, choices);
  return [
    {
      fields: ['report_to'],
      message: `report_to: ${describeValue(value)} is not a tracker the Trainer knows.${suggestion ? ` Did you mean ${quote(suggestion)}?` : ''} Known: ${listChoices(choices, choices.length)}. ${REPORT_TO_CONSEQUENCE}`,
      messageKo: `${code('report_to')}: ${eun(describeValueKo(value))} Trainer가 아는 트래커가 아닙니다.${suggestion ? ` 혹시 ${code(quote(suggestion))}인가요?` : ''} 가능한 값: ${listChoicesKo(choices, choices.length)}. ${REPORT_TO_CONSEQUENCE_KO}`,
      ...(suggestion ? { fix: choiceFix('report_to', suggestion) } : {}),
    },
  ];
}

/** Swaps the value for the suggested choice. */
function choiceFix(field: string, suggestion: string): Fix {
  return { label: `Use ${quote(suggestion)}`, labelKo: `${ro(quote(suggestion))} 바꾸기`, patch: { [field]: suggestion } };
}

function isStringList(value: PyValue | undefined): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** "foo" (did you mean "bar"?), "baz" */
function unknownText(unknown: readonly string[], choices: readonly string[]): string {
  return unknown
    .map((item) => {
      const suggestion = didYouMean(item, choices);
      return suggestion ? `${quote(item)} (did you mean ${quote(suggestion)}?)` : `${quote(item)} is unknown`;
    })
    .join(', ');
}

/** `unknownText` in Korean: "foo"(혹시 "bar"인가요?), "baz" */
function unknownTextKo(unknown: readonly string[], choices: readonly string[]): string {
  return unknown
    .map((item) => {
      const suggestion = didYouMean(item, choices);
      return suggestion ? `${code(quote(item))}(혹시 ${code(quote(suggestion))}인가요?)` : code(quote(item));
    })
    .join(', ');
}

/**
 * Keeps valid items, swaps each misspelt one for its closest choice, drops the rest, without duplicates.
 * @example repairList(['tensorbord', 'foo'], ['tensorboard', 'wandb']) // ['tensorboard']
 */
export function repairList(items: readonly string[], choices: readonly string[]): string[] {
  const kept = items.flatMap((item) => {
    if (choices.includes(item)) return [item];
    const suggestion = didYouMean(item, choices);
    return suggestion ? [suggestion] : [];
  });
  return [...new Set(kept)];
}
