import type { ClassFieldSpec } from '../../config-class/define-config-class';
import { isDict, type Kwargs, type PyValue } from '../../py/py-value';
import type { Finding, Rule } from '../define-rule';
import { defineRule } from '../define-rule';
import { code } from '../ko-text';
import { describeValue, describeValueKo, resetFix } from '../schema-format';

/**
 * Whether a value has the JSON kind the field's annotation declares. TRL never type-checks its own fields,
 * so a wrong kind is kept and fails much later in the trainer, or silently does the wrong thing.
 */
export function fitsClassField(field: ClassFieldSpec, value: PyValue, input: Kwargs): boolean {
  if (value === null) return field.nullable === true;
  switch (field.kind) {
    case 'int':
      return typeof value === 'number' && Number.isInteger(value) && !input.floatWritten.has(field.name);
    case 'float':
      return typeof value === 'number';
    case 'bool':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
    case 'enum':
      return typeof value === 'string' || (field.alsoBool === true && typeof value === 'boolean');
    case 'dict':
      // A string is parsed when it starts with "{"; any other text is not an object at all.
      return isDict(value) || (typeof value === 'string' && value.trimStart().startsWith('{'));
    case 'list':
      if (field.alsoString === true && typeof value === 'string') return true;
      if (!Array.isArray(value)) return false;
      return value.every((item) => (field.items === 'number' ? typeof item === 'number' : typeof item === 'string'));
    default:
      return true;
  }
}

const KIND_TEXT: Readonly<Record<string, readonly [string, string]>> = {
  int: ['a whole number', '정수'],
  float: ['a number', '숫자'],
  bool: ['true or false', 'true 또는 false'],
  string: ['text', '텍스트'],
  enum: ['one of the listed names', '목록의 이름 중 하나'],
  dict: ['a JSON object', 'JSON 객체'],
  list: ['a list', '리스트'],
};

function expected(field: ClassFieldSpec): readonly [string, string] {
  const [en, ko] = field.kind === 'list' && field.items === 'number' ? ['a list of numbers', '숫자 리스트'] : (KIND_TEXT[field.kind] ?? ['a value', '값']);
  return field.nullable === true ? [`${en} or None`, `${ko} 또는 None`] : [en, ko];
}

/** The value the user evidently meant, when a wrong kind has one obvious reading. */
function conversion(field: ClassFieldSpec, value: PyValue): PyValue | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if ((field.kind === 'int' && /^-?\d+$/.test(trimmed)) || (field.kind === 'float' && trimmed !== '' && Number.isFinite(Number(trimmed)))) {
      return Number(trimmed);
    }
    if (field.kind === 'bool' && /^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true';
  }
  if (field.kind === 'bool' && (value === 0 || value === 1)) return value === 1;
  if (field.kind === 'int' && typeof value === 'number' && Number.isInteger(value)) return value;
  return undefined;
}

/**
 * The app's type check of a config class's own fields (TRL declares types but never checks them).
 * Built per class from its field table.
 */
export function trlFieldType(className: string, fields: readonly ClassFieldSpec[], id = 'trl-field-type'): Rule {
  return defineRule({
    id,
    fields: fields.map((f) => f.name),
    severity: 'error',
    source: 'app',
    stage: 'config',
    description: `Each ${className} field has the kind its annotation declares (TRL keeps wrong kinds, and the trainer fails on them later).`,
    check: ({ input }) =>
      fields.flatMap((field): Finding[] => {
        const value = input.values[field.name];
        if (value === undefined || fitsClassField(field, value, input)) return [];
        const [want, wantKo] = expected(field);
        const written = input.floatWritten.has(field.name);
        const meant = conversion(field, value);
        const got = describeValue(value, written);
        return [
          {
            fields: [field.name],
            message: `${field.name} must be ${want} (${field.pyType}), got ${got}. ${className} keeps the value as given and the trainer fails on it later. ${meant === undefined ? 'Enter a value of that kind, or reset it to the default.' : `Write ${describeValue(meant)} instead.`}`,
            messageKo: `${code(field.name)}에는 ${wantKo}(${code(field.pyType)})만 쓸 수 있는데 입력값이 ${describeValueKo(value, written)}입니다. ${className}는 값을 그대로 두고 트레이너가 나중에 실패합니다. ${meant === undefined ? '맞는 종류의 값을 넣거나 기본값으로 되돌리세요.' : `대신 ${code(describeValue(meant))}로 쓰세요.`}`,
            fix:
              meant === undefined
                ? resetFix(field.name, field.default)
                : {
                    label: `Set ${field.name} to ${describeValue(meant)}`,
                    labelKo: `${field.name}를 ${describeValue(meant)}(으)로 설정`,
                    patch: { [field.name]: meant },
                  },
          },
        ];
      }),
  });
}
