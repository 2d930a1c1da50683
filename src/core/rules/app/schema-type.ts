import type { Kwargs, PyValue } from '../../py/py-value';
import type { FieldDef } from '../../registry/define-field';
import { fieldsFor } from '../../registry/registry';
import { perTarget, TARGETS, type Target } from '../../target/target';
import type { Finding, Fix } from '../define-rule';
import { defineRule } from '../define-rule';
import { code, eun } from '../ko-text';
import { expectedText, expectedTextKo } from '../schema-expected';
import { describeValue, describeValueKo, parseNumberText, patchFix, resetFix } from '../schema-format';
import type { Shape } from '../schema-shapes';
import { acceptedShapes, fitsShape, isLibraryTyped } from '../schema-shapes';
import { pythonText } from '../../py/python-text';

/** Every field of the target a user can set, except those the library type-checks itself. */
const checkedFields = perTarget((target) => fieldsFor(target).filter((f) => !isLibraryTyped(f.name, target)));

/**
 * The raw value of each field the user set has a shape the library and Trainer accept:
 * whole numbers for int fields, numbers for float fields, real booleans, text, lists of strings,
 * JSON objects, and None only where it means something.
 */
export const schemaType = defineRule({
  id: 'schema-type',
  // The union over targets, so the runner skips later rules on any field whose type failed.
  fields: [...new Set(TARGETS.flatMap((t) => checkedFields(t).map((f) => f.name)))],
  severity: 'error',
  source: 'app',
  stage: 'schema',
  description: 'Each value has the type its field accepts (a whole number for int fields, true/false for flags, a list of strings for lists, …).',
  check: ({ input, target }) =>
    checkedFields(target).flatMap((field): Finding[] => {
      const value = input.values[field.name];
      if (value === undefined || fitsShape(field, value, input, target)) return [];
      return [typeFinding(field, value, input, target)];
    }),
});

function typeFinding(field: FieldDef, value: PyValue, input: Kwargs, target: Target): Finding {
  const writtenAsFloat = input.floatWritten.has(field.name);
  const conversion = convert(field, value, writtenAsFloat, target);
  const fix = conversion ? patchFix(conversion.patch) : resetFix(field.name, field.default);
  const { advice, adviceKo } = conversion ?? generalAdvice(field, target);
  const expectedKo = expectedTextKo(field, target);
  const gotKo = `입력값이 ${describeValueKo(value, writtenAsFloat)}입니다`;
  return {
    fields: [field.name],
    message: `${field.name} must be ${expectedText(field, target)}, got ${describeValue(value, writtenAsFloat)}. ${advice}`,
    messageKo: expectedKo
      ? `${code(field.name)}에는 ${expectedKo}만 쓸 수 있는데, ${gotKo}. ${adviceKo}`
      : `${eun(code(field.name))} 여기서 설정할 수 없고 Python 코드에서만 만들 수 있는데, ${gotKo}. ${adviceKo}`,
    fix,
  };
}

interface Advice {
  readonly advice: string;
  readonly adviceKo: string;
}

interface Conversion extends Advice {
  readonly patch: Fix['patch'];
}

/** The v5 token-counting modes as the bool a release without modes takes (there a string fails the bool check). */
const TOKENS_SEEN_AS_BOOL: Readonly<Record<string, boolean>> = { all: true, non_padding: true, no: false };

/** The value the user evidently meant, when that is unambiguous; otherwise undefined. */
function convert(field: FieldDef, value: PyValue, writtenAsFloat: boolean, target: Target): Conversion | undefined {
  const shapes = acceptedShapes(field, target);
  const name = field.name;
  if (shapes.includes('int') && typeof value === 'number' && Number.isInteger(value) && writtenAsFloat) {
    return { advice: `Write it without the decimal point: ${value}.`, adviceKo: `소수점 없이 ${code(String(value))}처럼 쓰세요.`, patch: { [name]: value } };
  }
  if (name === 'include_num_input_tokens_seen' && typeof value === 'string' && value in TOKENS_SEEN_AS_BOOL) {
    const on = TOKENS_SEEN_AS_BOOL[value] === true;
    return {
      advice: `The token-counting modes arrived in 4.57; here the flag is a bool, and ${on ? 'True counts every token, padding included' : 'False turns counting off'}.`,
      adviceKo: `토큰 세기 모드는 4.57에서 추가되었고, 여기서는 불리언입니다. ${on ? `${code('True')}는 패딩을 포함해 모든 토큰을 셉니다.` : `${code('False')}는 세기를 끕니다.`}`,
      patch: { [name]: on },
    };
  }
  if (typeof value === 'string') return convertText(field, shapes, value);
  if (shapes.includes('bool') && (value === 0 || value === 1)) {
    return {
      advice: 'Use true or false rather than a number.',
      adviceKo: `숫자 대신 ${code('true')} 또는 ${code('false')}를 쓰세요.`,
      patch: { [name]: value === 1 },
    };
  }
  if (shapes.includes('string') && typeof value === 'number' && field.kind === 'string') {
    return {
      advice: 'Put the value in quotes so it is passed as text.',
      adviceKo: '텍스트로 전달되도록 값을 따옴표로 감싸세요.',
      patch: { [name]: String(value) },
    };
  }
  return undefined;
}

function convertText(field: FieldDef, shapes: readonly Shape[], text: string): Conversion | undefined {
  const name = field.name;
  const number = parseNumberText(text);
  const unquote = (n: number): Conversion => ({
    advice: `Remove the quotes: write ${n}, not "${text}".`,
    adviceKo: `따옴표를 빼고 ${code(`"${text}"`)} 대신 ${code(String(n))}처럼 쓰세요.`,
    patch: { [name]: n },
  });
  if (number && shapes.includes('int') && Number.isInteger(number.value)) return unquote(number.value);
  if (number && shapes.includes('number')) return unquote(number.value);
  const word = text.trim().toLowerCase();
  if (shapes.includes('bool') && (word === 'true' || word === 'false')) {
    return {
      advice: `Use true or false without quotes: Python treats any non-empty text, even "false", as true.`,
      adviceKo: `따옴표 없이 ${code('true')} 또는 ${code('false')}를 쓰세요. Python은 비어 있지 않은 텍스트를 "false"라도 참으로 취급합니다.`,
      patch: { [name]: word === 'true' },
    };
  }
  if (shapes.includes('list') && !shapes.includes('string')) {
    const items = text.split(/[\s,]+/).filter((item) => item !== '');
    if (items.length > 0) return { advice: 'Give a list, even for a single name.', adviceKo: '이름이 하나뿐이어도 리스트로 주세요.', patch: { [name]: items } };
  }
  return undefined;
}

function generalAdvice(field: FieldDef, target: Target): Advice {
  const shapes = acceptedShapes(field, target);
  // The default makes a good example unless it is a sentinel such as max_steps = -1.
  const example = typeof field.default === 'number' && field.default > 0 ? field.default : Math.max(field.min ?? 1, 1);
  if (shapes.length === 0) return { advice: 'Build it in your Python code and leave it unset here.', adviceKo: 'Python 코드에서 만들고 여기서는 비워 두세요.' };
  if (shapes.includes('int')) {
    const whole = String(Math.ceil(example));
    return { advice: `Enter a whole number such as ${whole}.`, adviceKo: `${code(whole)} 같은 정수를 입력하세요.` };
  }
  if (shapes.includes('number')) {
    return { advice: `Enter a number such as ${pythonText(example)}.`, adviceKo: `${code(pythonText(example))} 같은 숫자를 입력하세요.` };
  }
  if (field.kind === 'enum' && field.choices) return { advice: 'Pick one of the listed choices.', adviceKo: '목록에 있는 값 중 하나를 고르세요.' };
  if (shapes.includes('bool')) return { advice: 'Choose true or false.', adviceKo: `${code('true')} 또는 ${code('false')} 중에서 고르세요.` };
  if (shapes.includes('dict')) return { advice: 'Enter a JSON object such as {"key": 1}.', adviceKo: `${code('{"key": 1}')} 같은 JSON 객체를 입력하세요.` };
  if (shapes.includes('list')) {
    return { advice: 'Enter a list of strings such as ["a", "b"].', adviceKo: `${code('["a", "b"]')} 같은 문자열 리스트를 입력하세요.` };
  }
  return { advice: 'Enter it as text in quotes.', adviceKo: '따옴표로 감싼 텍스트로 입력하세요.' };
}
