import { defineRule } from '../define-rule';
import { code } from '../ko-text';

/** How the Trainer splits `optim_args`: spaces removed, then "," between pairs and exactly one "=" per pair. */
function segments(text: string): string[] {
  return text.replaceAll(' ', '').split(',');
}

/** The Trainer parses `optim_args` for every optimizer with `key, value = mapping.split("=")`, which needs exactly one "=" per item. */
export const optimArgsFormat = defineRule({
  id: 'optim-args-format',
  fields: ['optim_args'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  description: 'optim_args must look like "key=value,key=value".',
  check: ({ resolved }) => {
    const text = resolved.optim_args;
    // Python skips parsing when the string is empty; other types are the schema rules' business.
    if (typeof text !== 'string' || text === '') return null;
    const parts = segments(text);
    const bad = parts.filter((part) => part.split('=').length !== 2);
    if (bad.length === 0) return null;
    const onlyEmpty = bad.every((part) => part === '');
    const shown = bad.map((part) => (part === '' ? '(empty item)' : JSON.stringify(part))).join(', ');
    const shownKo = bad.map((part) => (part === '' ? '(빈 항목)' : code(JSON.stringify(part)))).join(', ');
    const unpack = bad.some((part) => part.split('=').length > 2)
      ? 'too many values to unpack (expected 2)'
      : 'not enough values to unpack (expected 2, got 1)';
    return {
      message:
        `optim_args must be comma-separated key=value pairs such as "rank=64,update_proj_gap=200"; ${shown} ${bad.length > 1 ? 'are' : 'is'} not. ` +
        `The Trainer parses it before building any optimizer and fails with ValueError: ${unpack}.`,
      messageKo:
        `\`optim_args\`는 \`"rank=64,update_proj_gap=200"\`처럼 쉼표로 구분한 key=value 쌍이어야 합니다. 형식에 맞지 않는 항목: ${shownKo}. ` +
        `Trainer는 옵티마이저를 만들기 전에 이 값을 파싱하다가 ValueError: ${unpack} 오류로 실패합니다.`,
      ...(onlyEmpty
        ? { fix: { label: 'Remove the empty items', labelKo: '빈 항목 제거', patch: { optim_args: parts.filter((part) => part !== '').join(',') } } }
        : {}),
    };
  },
});
