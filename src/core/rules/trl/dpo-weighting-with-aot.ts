import { isTruthy } from '../../py/py-value';
import { defineRule } from '../define-rule';
import { code } from '../ko-text';
import { lossNames } from './loss-names';

/** DPOTrainer has no WPO weighting for the AOT losses. */
export const dpoWeightingWithAot = defineRule({
  id: 'dpo-weighting-with-aot',
  fields: ['use_weighting', 'loss_type'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  description: 'DPO use_weighting is not implemented for the aot and aot_unpaired losses.',
  check: ({ resolved }) => {
    const aot = lossNames(resolved.loss_type).find((name) => name === 'aot' || name === 'aot_unpaired');
    if (aot === undefined || !isTruthy(resolved.use_weighting)) return null;
    return {
      message: `use_weighting (WPO) is not implemented for the ${aot} loss; DPOTrainer raises NotImplementedError at the first loss computation. Turn use_weighting off, or use another loss.`,
      messageKo: `${code('use_weighting')}(WPO)은 ${code(aot)} 손실에는 구현되어 있지 않아 DPOTrainer가 첫 손실 계산에서 NotImplementedError를 냅니다. ${code('use_weighting')}을 끄거나 다른 손실을 쓰세요.`,
      fix: { label: 'Turn use_weighting off', labelKo: 'use_weighting 끄기', patch: { use_weighting: undefined } },
    };
  },
});
