import type { ScalarTag } from 'yaml';
import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Kwargs, PyValue } from '../py/py-value';
import { isDict } from '../py/py-value';
import { formatPythonFloat } from '../py/py-literal';
import { hasPyYamlUnreadableChar, needsPyYamlQuoting } from '../py/pyyaml-scalars';
import type { EmitOptions } from './emit-entries';
import { emitEntries, leftOutNames, leftOutReason } from './emit-entries';
import { toJsonText } from './json-text';
import { withoutSecrets } from './without-secrets';

// Scalar formats that route a node to our own tags below instead of the library's.
const PY_FLOAT = 'PY_FLOAT';
const PY_INT = 'PY_INT';
const PY_STRING = 'PY_STRING';
const NEVER = /(?!)/;

/**
 * PyYAML needs a dot in a float (`5.0e-05`; `5e-05` would be a string) and writes non-finite
 * floats as `.inf` / `.nan`.
 */
const pyFloatTag: ScalarTag = {
  identify: (value) => typeof value === 'number',
  default: true,
  tag: 'tag:yaml.org,2002:float',
  format: PY_FLOAT,
  test: NEVER,
  resolve: (text) => Number(text),
  stringify: ({ value }) => yamlFloat(Number(value)),
};

// Every digit of a big int, where the library would switch to exponent form.
const pyIntTag: ScalarTag = {
  identify: (value) => typeof value === 'number',
  default: true,
  tag: 'tag:yaml.org,2002:int',
  format: PY_INT,
  test: NEVER,
  resolve: (text) => Number(text),
  stringify: ({ value }) => BigInt(Number(value)).toString(),
};

// Strings PyYAML would misread plain or refuse raw: double-quoted with every risky character escaped.
const pyStringTag: ScalarTag = {
  identify: (value) => typeof value === 'string',
  default: true,
  tag: 'tag:yaml.org,2002:str',
  format: PY_STRING,
  resolve: (text) => text,
  stringify: ({ value }) => yamlDoubleQuoted(String(value)),
};

/**
 * The arguments as a YAML mapping that `HfArgumentParser.parse_yaml_file` (PyYAML `safe_load`)
 * reads back to the same values: the fields of `emitEntries`, floats with a dot, strings quoted
 * wherever PyYAML would take them for another type. A token is left out (the Hub client reads `HF_TOKEN`).
 * @example emitYaml(kwargs({ learning_rate: 1e-4, report_to: ['wandb'] })) // 'learning_rate: 0.0001\nreport_to:\n  - wandb\n'
 */
export function emitYaml(input: Kwargs, options: EmitOptions = {}): string {
  const entries = withoutSecrets(emitEntries(input, options));
  // Names the class does not take stay visible as comments instead of vanishing.
  const left = leftOutNames(input, options);
  const comments = left
    .map(
      ({ name, value }) =>
        `# ${name}: ${toJsonText(value, { floatWritten: input.floatWritten, path: name }).replace(/\n/g, ' ')}  (${leftOutReason(options)})\n`,
    )
    .join('');
  if (entries.length === 0) return `${comments}{}\n`;
  const doc = new Document(null, { schema: 'yaml-1.1', customTags: (tags) => [pyFloatTag, pyIntTag, pyStringTag, ...tags] });
  const map = new YAMLMap();
  for (const { field, value, asFloat } of entries) {
    map.items.push(new Pair(new Scalar(field.name), toNode(value, field.name, asFloat, input.floatWritten)));
  }
  doc.contents = map;
  return `${doc.toString({ lineWidth: 0, indentSeq: true })}${comments}`;
}

function toNode(value: PyValue, path: string, asFloat: boolean, floatWritten: ReadonlySet<string>): Scalar | YAMLMap | YAMLSeq {
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    value.forEach((item, i) => seq.items.push(toNode(item, `${path}[${i}]`, false, floatWritten)));
    if (value.length === 0) seq.flow = true;
    return seq;
  }
  if (isDict(value)) {
    const map = new YAMLMap();
    for (const [key, item] of Object.entries(value)) {
      map.items.push(new Pair(stringNode(key), toNode(item, `${path}.${key}`, false, floatWritten)));
    }
    if (map.items.length === 0) map.flow = true;
    return map;
  }
  if (typeof value === 'string') return stringNode(value);
  const node = new Scalar(value);
  if (typeof value === 'number') {
    const float = asFloat || floatWritten.has(path) || !Number.isInteger(value);
    node.format = float ? PY_FLOAT : PY_INT;
  }
  return node;
}

// Line breaks, tabs and invisible characters read most safely as escapes in one double-quoted line.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ESCAPE_WORTHY = /[\x00-\x1f\x7f-\xa0\u2028\u2029\ufeff]/;

// PyYAML resolves a plain `<<` (a merge key) to a tag it cannot construct as a value, so it is quoted too.
const MERGE_KEY = '<<';

function stringNode(text: string): Scalar {
  const node = new Scalar(text);
  if (needsPyYamlQuoting(text) || ESCAPE_WORTHY.test(text) || text === MERGE_KEY) node.format = PY_STRING;
  // Named as a string, or the YAML library's own merge tag claims `<<` and writes it plain.
  if (text === MERGE_KEY) node.tag = 'tag:yaml.org,2002:str';
  return node;
}

function yamlFloat(value: number): string {
  if (Number.isNaN(value)) return '.nan';
  if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
  const text = formatPythonFloat(value);
  return text.includes('.') ? text : text.replace('e', '.0e');
}

const YAML_ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\0': '\\0' };

function yamlDoubleQuoted(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const escape = YAML_ESCAPES[ch];
    if (escape !== undefined) out += escape;
    else if (!hasPyYamlUnreadableChar(ch) && !ESCAPE_WORTHY.test(ch)) out += ch;
    else if (code <= 0xff) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code <= 0xffff) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += `\\U${code.toString(16).padStart(8, '0')}`;
  }
  return `${out}"`;
}
