import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../check/check-config';
import { kwargs } from '../../py/py-value';
import type { Issue } from '../../rules/define-rule';
import { describeIssue, fixLabel } from './describe-issue';
import { EN_MESSAGES } from './en';
import { KO_MESSAGES } from './ko';

const [BOTH_ON] = checkConfig(kwargs({ fp16: true, bf16: true }), { hardware: 'cuda-ampere' }).issues.filter((i) => i.rule === 'fp16-bf16-exclusive');

describe(describeIssue.name, () => {
  it('renders a rule issue from the catalogue: English as the issue carries it, Korean from its code', () => {
    expect(BOTH_ON?.text?.code).toBe('fp16-bf16-exclusive');
    expect(describeIssue(BOTH_ON!, EN_MESSAGES)).toBe(BOTH_ON?.message);
    expect(describeIssue(BOTH_ON!, KO_MESSAGES)).toMatch(/^`fp16`과 `bf16`이 둘 다 켜져 있지만/);
    expect(fixLabel(BOTH_ON!.fix!, EN_MESSAGES)).toBe('Turn fp16 off');
    expect(fixLabel(BOTH_ON!.fix!, KO_MESSAGES)).toBe('fp16 끄기');
  });

  it('shows the inline texts of an issue built outside the rules, English when it has no Korean', () => {
    const outside: Issue = {
      severity: 'error',
      rule: 'web-internal',
      fields: [],
      message: 'Internal error',
      messageKo: '내부 오류',
      fix: { label: 'Reset', patch: {} },
    };
    expect(describeIssue(outside, KO_MESSAGES)).toBe('내부 오류');
    expect(describeIssue(outside, EN_MESSAGES)).toBe('Internal error');
    expect(describeIssue({ ...outside, messageKo: undefined }, KO_MESSAGES)).toBe('Internal error');
    expect(fixLabel(outside.fix!, KO_MESSAGES)).toBe('Reset');
  });
});
