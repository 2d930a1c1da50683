import { isLine4x } from '../../target/target';
import { defineRule } from '../define-rule';
import { code } from '../ko-text';
import { patchFix } from '../schema-format';

/**
 * report_to=None: in 4.x it means every installed integration; from 5.0 TrainingArguments keeps it as
 * [None] without complaint, and the failure comes later, when the Trainer sets up its reporting callbacks.
 */
export const reportToNone = defineRule({
  id: 'report-to-none',
  fields: ['report_to'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  description: 'report_to=None is valid in 4.x (every installed integration); from 5.0 it becomes [None], which the Trainer rejects when it is created.',
  check: ({ input, target }) =>
    input.values.report_to === null && !isLine4x(target)
      ? {
          fields: ['report_to'],
          message:
            'report_to=None builds fine, but from transformers 5.0 it is kept as [None] and the Trainer fails when it sets up reporting (None is not an integration it knows). In 4.x None meant every installed integration. Use "none" to turn reporting off, or name the trackers.',
          messageKo: `${code('report_to=None')}은 인자 생성은 되지만, transformers 5.0부터 ${code('[None]')}으로 남아 Trainer가 리포팅을 설정할 때 실패합니다(${code('None')}은 Trainer가 아는 통합이 아닙니다). 4.x에서 ${code('None')}은 설치된 모든 통합을 뜻했습니다. 리포팅을 끄려면 ${code('"none"')}을 쓰거나 트래커 이름을 쓰세요.`,
          fix: patchFix({ report_to: 'none' }),
        }
      : null,
});
