import type { PyValue } from './py-value';

/**
 * Implicit types of PyYAML's `safe_load` (YAML 1.1), which is what `HfArgumentParser.parse_yaml_file`
 * uses. It differs from YAML 1.2 readers: `yes`/`on` are bools, `010` is octal, and a float needs a
 * dot, so `5e-05` is a *string* while `5.0e-05` is a float.
 */
const BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const NULL = /^(?:~|null|Null|NULL|)$/;
const TIMESTAMP =
  /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/;
// PyYAML refuses to read these characters at all, even inside quotes, unless escaped.
// eslint-disable-next-line no-control-regex -- the set is defined by control characters
const UNREADABLE_CHAR = /[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export type PlainScalar =
  | { readonly type: 'str' | 'null' | 'bool' | 'int' | 'float'; readonly value: PyValue }
  /** Types PyYAML gives that no argument can hold (dates, merge keys). */
  | { readonly type: 'other'; readonly tag: string };

/**
 * What PyYAML's safe loader makes of an unquoted scalar.
 * @example resolvePlainScalar('5e-05') // { type: 'str', value: '5e-05' }
 */
export function resolvePlainScalar(text: string): PlainScalar {
  if (NULL.test(text)) return { type: 'null', value: null };
  if (BOOL.test(text)) return { type: 'bool', value: /^(?:yes|true|on)$/i.test(text) };
  if (INT.test(text)) return { type: 'int', value: readInt(text.replace(/_/g, '')) };
  if (FLOAT.test(text)) return { type: 'float', value: readFloat(text.replace(/_/g, '').toLowerCase()) };
  if (TIMESTAMP.test(text)) return { type: 'other', tag: 'timestamp' };
  if (text === '<<' || text === '=') return { type: 'other', tag: text === '<<' ? 'merge' : 'value' };
  return { type: 'str', value: text };
}

/**
 * What PyYAML's constructor makes of a scalar with an explicit `!!int`, `!!float`, `!!bool` or
 * `!!null` tag, or undefined where PyYAML raises.
 * @example constructTagged('float', '3') // 3
 */
export function constructTagged(tag: 'int' | 'float' | 'bool' | 'null', text: string): PyValue | undefined {
  const clean = text.replace(/_/g, '');
  if (tag === 'null') return null;
  if (tag === 'bool') {
    const lower = text.toLowerCase();
    return ['yes', 'true', 'on'].includes(lower) ? true : ['no', 'false', 'off'].includes(lower) ? false : undefined;
  }
  if (tag === 'int') return /^[-+]?(?:0b[01]+|0x[0-9a-fA-F]+|[0-9]+(?::[0-9]+)*)$/.test(clean) ? readInt(clean) : undefined;
  const lower = clean.toLowerCase();
  return /^[-+]?(?:\.inf|\.nan|[0-9]*\.?[0-9]*(?:e[-+]?[0-9]+)?|[0-9]+(?::[0-9]+)+\.?[0-9]*)$/.test(lower) && /[0-9]|inf|nan/.test(lower)
    ? readFloat(lower)
    : undefined;
}

/**
 * Whether YAML 1.2 readers (and most people) see a number where PyYAML sees a string: `5e-05`,
 * `1e3`, written without the dot PyYAML needs.
 * @example looksNumericToYaml12('5e-05') // true
 */
export function looksNumericToYaml12(text: string): boolean {
  return /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text) && resolvePlainScalar(text).type === 'str';
}

/**
 * Whether a string must be quoted (or escaped) for PyYAML to read it back as that same string.
 * @example needsPyYamlQuoting('on') // true
 */
export function needsPyYamlQuoting(text: string): boolean {
  return resolvePlainScalar(text).type !== 'str' || UNREADABLE_CHAR.test(text);
}

/**
 * Whether PyYAML would reject a raw (unescaped) string because of the characters in it.
 * @example hasPyYamlUnreadableChar('\x7f') // true
 */
export function hasPyYamlUnreadableChar(text: string): boolean {
  return UNREADABLE_CHAR.test(text);
}

function sign(text: string): { negative: boolean; rest: string } {
  if (text.startsWith('-')) return { negative: true, rest: text.slice(1) };
  return { negative: false, rest: text.startsWith('+') ? text.slice(1) : text };
}

function sexagesimal(rest: string): number {
  return rest.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

function readInt(text: string): number {
  const { negative, rest } = sign(text);
  let value: number;
  if (rest === '0') value = 0;
  else if (rest.startsWith('0b')) value = Number.parseInt(rest.slice(2), 2);
  else if (rest.startsWith('0x')) value = Number.parseInt(rest.slice(2), 16);
  else if (rest.startsWith('0')) value = Number.parseInt(rest, 8);
  else if (rest.includes(':')) value = sexagesimal(rest);
  else value = Number(rest);
  return negative ? -value : value;
}

function readFloat(text: string): number {
  const { negative, rest } = sign(text);
  let value: number;
  if (rest === '.inf') value = Infinity;
  else if (rest === '.nan') return Number.NaN;
  else if (rest.includes(':')) value = sexagesimal(rest);
  else value = Number(rest.endsWith('.') ? rest.slice(0, -1) : rest);
  return negative ? -value : value;
}
