import type { FieldDef } from '../registry/define-field';

/**
 * How `HfArgumentParser` turns a field into argparse options, which decides how a value is spelled:
 * - `flag`: a bool read with `string_to_bool`; `bareFlag` when `--x` alone means True (argparse
 *   `nargs='?'`), `noFlag` when a `--no_x` twin exists (fields defaulting to True)
 * - `value`: exactly one token after the flag
 * - `list`: one or more tokens after one flag (`nargs='+'`)
 * - `none`: the parser cannot build the field's type from text at all
 */
/** The kinds of `CliShape`, for checks over every field. */
export const CLI_SHAPE_KINDS = ['flag', 'value', 'list', 'none'] as const;

export type CliShape =
  | { readonly kind: 'flag'; readonly bareFlag: boolean; readonly noFlag: boolean }
  | { readonly kind: 'value'; readonly type: string; readonly bareTrue?: boolean }
  | { readonly kind: 'list'; readonly type: string }
  | { readonly kind: 'none'; readonly reason: string };

// Enum classes of the annotations; argparse gets their values as `choices`.
const ENUM_CLASSES = new Set(['IntervalStrategy', 'SaveStrategy', 'HubStrategy', 'SchedulerType', 'OptimizerNames', 'FSDPOption', 'DebugOption']);

/**
 * Applies `HfArgumentParser._parse_dataclass_field` to the field's annotation (`pyType`): a union
 * with `str` and without `None` keeps its second member unless that is `str`; one with `None` and
 * without `bool` keeps its second member unless that is `None`; `bool | None` stays a bool.
 * So `report_to` (`None | str | list[str]`) takes one string, `debug` (`str | list[...]`) a list,
 * and `include_num_input_tokens_seen` (`str | bool`) a bool.
 * @example cliShapeOf(getField('report_to')!) // { kind: 'value' }
 */
export function cliShapeOf(field: Pick<FieldDef, 'pyType' | 'default' | 'cliBareTrue'>): CliShape {
  const members = splitUnion(field.pyType);
  let type = members[0] ?? '';
  let optionalBool = false;
  if (members.length > 1) {
    if (!members.includes('str') && (members.length !== 2 || !members.includes('None'))) {
      return { kind: 'none', reason: `HfArgumentParser refuses the union \`${field.pyType}\`` };
    }
    if (!members.includes('None')) type = members[1] === 'str' ? (members[0] ?? '') : (members[1] ?? '');
    else if (!members.includes('bool')) type = members[1] === 'None' ? (members[0] ?? '') : (members[1] ?? '');
    else if (members.length === 2) optionalBool = true;
    else return { kind: 'none', reason: `argparse cannot convert text to \`${field.pyType}\`` };
  }
  if (type === 'bool' || optionalBool) {
    // argparse makes the value optional only for a plain bool or a bool with a non-None default.
    return { kind: 'flag', bareFlag: !optionalBool || field.default !== null, noFlag: field.default === true };
  }
  if (type.startsWith('list[')) return { kind: 'list', type: type.slice(5, -1) };
  // Options the field's metadata adds: 5.18's `fsdp: str | None` has `nargs="?"` and `const=True`, so a bare flag gives True.
  const bareTrue = field.cliBareTrue === true;
  if (type === 'str' || type === 'int' || type === 'float' || ENUM_CLASSES.has(type)) return { kind: 'value', type, ...(bareTrue ? { bareTrue } : {}) };
  // A Literal[...] annotation becomes argparse choices of plain words.
  if (type.startsWith('Literal[')) return { kind: 'value', type: 'str' };
  return { kind: 'none', reason: `argparse cannot build a \`${type}\` from text; set it from Python, JSON or YAML` };
}

function splitUnion(annotation: string): string[] {
  const members: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of annotation) {
    if (ch === '[') depth++;
    if (ch === ']') depth--;
    if (ch === '|' && depth === 0) {
      members.push(current.trim());
      current = '';
    } else current += ch;
  }
  members.push(current.trim());
  return members;
}
