import { describe, expect, it } from 'vitest';
import type { Issue } from '@/core/rules/define-rule';
import { fixLabel, issueMessage } from './localized-issue';

const ISSUE: Issue = {
  severity: 'error',
  rule: 'fp16-bf16-exclusive',
  fields: ['fp16', 'bf16'],
  message: 'fp16 and bf16 are both on',
  messageKo: '`fp16`과 `bf16`이 둘 다 켜져 있습니다',
  fix: { label: 'Turn fp16 off', labelKo: 'fp16 끄기', patch: { fp16: undefined } },
};

describe(issueMessage.name, () => {
  it('shows the Korean message in Korean and the English one otherwise', () => {
    expect(issueMessage(ISSUE, 'ko')).toBe('`fp16`과 `bf16`이 둘 다 켜져 있습니다');
    expect(issueMessage(ISSUE, 'en')).toBe('fp16 and bf16 are both on');
  });
  it('falls back to English when an issue has no Korean wording', () => {
    expect(issueMessage({ ...ISSUE, messageKo: undefined }, 'ko')).toBe('fp16 and bf16 are both on');
  });
});

describe(fixLabel.name, () => {
  it('labels the fix in the UI language, English when there is no Korean label', () => {
    const fix = ISSUE.fix!;
    expect(fixLabel(fix, 'ko')).toBe('fp16 끄기');
    expect(fixLabel(fix, 'en')).toBe('Turn fp16 off');
    expect(fixLabel({ label: 'Turn fp16 off', patch: {} }, 'ko')).toBe('Turn fp16 off');
  });
});
