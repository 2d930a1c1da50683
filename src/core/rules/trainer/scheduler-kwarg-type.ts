import type { PyValue } from '../../py/py-value';
import type { KwargSpec } from '../../registry/scheduler-kwargs';
import { pyFloat, pyNumber } from '../../schedule/py-number';
import { defineRule, type Finding } from '../define-rule';
import { code, eul, eun, ro } from '../ko-text';
import { pythonRepr } from '../../py/python-text';
import { schedulerKwargs, schedulerSpec } from '../scheduler-kwarg-spec';

interface Problem {
  readonly en: string;
  readonly ko: string;
}

/** What Python does with the value, or null when the schedule can use it. */
function problem(value: PyValue, spec: KwargSpec): Problem | null {
  const repr = pythonRepr(value);
  if (value === null) return spec.nullable ? null : { en: 'None cannot take part in the arithmetic (TypeError)', ko: '`None`은 산술 연산에 쓸 수 없습니다(TypeError)' };
  switch (spec.kind) {
    case 'choice':
      return null;
    case 'float-cast':
      return pyFloat(value) === null ? { en: `float() cannot read ${repr} (ValueError/TypeError)`, ko: `float()가 ${eul(code(repr))} 읽을 수 없습니다(ValueError/TypeError)` } : null;
    case 'number-or-list':
      if (Array.isArray(value)) return value.every((item) => pyNumber(item) !== null) ? null : { en: 'the list must hold only numbers', ko: '리스트에는 숫자만 들어갈 수 있습니다' };
      return pyNumber(value) === null
        ? { en: `${repr} is not a number, so the comparison raises TypeError`, ko: `${eun(code(repr))} 숫자가 아니어서 비교 연산에서 TypeError가 납니다` }
        : null;
    case 'number':
      return pyNumber(value) === null
        ? { en: `${repr} is not a number, so the arithmetic raises TypeError`, ko: `${eun(code(repr))} 숫자가 아니어서 산술 연산에서 TypeError가 납니다` }
        : null;
  }
}

/** A mechanical repair: a string that Python's float() reads is surely meant as that number. */
function asNumber(value: PyValue): number | null {
  return typeof value === 'string' ? pyFloat(value) : null;
}

/**
 * The schedule functions do arithmetic on their kwargs without converting them (except a few `float()` calls),
 * so a string such as "1e-7" — which the library's JSON-string coercion leaves alone — breaks them.
 */
export const schedulerKwargType = defineRule({
  id: 'scheduler-kwarg-type',
  fields: ['lr_scheduler_kwargs', 'lr_scheduler_type'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  description: 'Each lr_scheduler_kwargs value must have a type the chosen schedule can compute with.',
  check: ({ resolved }) => {
    const spec = schedulerSpec(resolved);
    if (spec === undefined || !spec.takesKwargs) return null;
    const type = String(resolved.lr_scheduler_type);
    const kwargs = schedulerKwargs(resolved);
    if (kwargs === undefined) {
      const repr = pythonRepr(resolved.lr_scheduler_kwargs ?? null);
      return {
        message: `lr_scheduler_kwargs must be a dict (or a JSON object string starting with "{"); the Trainer unpacks it with ** into the ${type} schedule, which raises TypeError for ${repr}.`,
        messageKo: `\`lr_scheduler_kwargs\`는 dict(또는 "{"로 시작하는 JSON 객체 문자열)여야 합니다. Trainer가 이 값을 **로 풀어 ${code(type)} 스케줄에 넘기는데, ${code(repr)} 값이면 TypeError가 납니다.`,
      };
    }
    const findings: Finding[] = [];
    for (const [key, value] of Object.entries(kwargs)) {
      const kwargSpec = spec.kwargs[key];
      if (kwargSpec === undefined) continue;
      const why = problem(value, kwargSpec);
      if (why === null) continue;
      const number = asNumber(value);
      findings.push({
        message:
          `lr_scheduler_kwargs["${key}"] breaks the ${type} schedule: ${why.en}. Write it as a JSON number` +
          (typeof value === 'string' ? ' — strings such as "1e-7" or "-1" are not turned into numbers, even inside a JSON string.' : '.'),
        messageKo:
          `\`lr_scheduler_kwargs["${key}"]\` 값 때문에 ${code(type)} 스케줄이 동작하지 않습니다: ${why.ko}. JSON 숫자로 쓰세요.` +
          (typeof value === 'string' ? ' "1e-7"이나 "-1" 같은 문자열은 JSON 문자열 안에 있어도 숫자로 바뀌지 않습니다.' : ''),
        ...(number === null || Number.isNaN(number)
          ? {}
          : {
              fix: {
                label: `Write ${key} as the number ${String(number)}`,
                labelKo: `${eul(key)} 숫자 ${ro(String(number))} 쓰기`,
                patch: { lr_scheduler_kwargs: { ...kwargs, [key]: number } },
              },
            }),
      });
    }
    return findings;
  },
});
