import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../check/check-config';
import { kwargs } from '../../py/py-value';
import { inputIssue } from '../../check/input-messages';
import { message } from './message';
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

  it("renders an issue built outside the rules from its code too, and keeps a code-less fix's own label", () => {
    const outside = inputIssue('web-internal', [], message('input.internal-error', { detail: 'boom' }));
    expect(outside.message).toBe('Internal error while checking: boom');
    expect(describeIssue(outside, EN_MESSAGES)).toBe(outside.message);
    expect(describeIssue(outside, KO_MESSAGES)).toBe('검사 중 내부 오류가 발생했습니다: boom');
    expect(fixLabel({ label: 'Use bf16', patch: { bf16: true } }, KO_MESSAGES)).toBe('Use bf16');
  });
});
