import { DEBUG_OPTIONS } from '../../registry/enums';
import { defineRule } from '../define-rule';
import { unknownEnumWords } from '../enum-words';

/** Mirrors `__post_init__`: a `debug` string is split and each word converted to `DebugOption` (a list is kept unchecked). */
export const debugOption = defineRule({
  id: 'schema-debug-option',
  fields: ['debug'],
  severity: 'error',
  source: 'library',
  stage: 'schema',
  messages: ['schema-debug-option', 'schema-debug-option.fix'],
  description: 'Words in a debug string must be underflow_overflow or tpu_metrics_debug.',
  check: ({ input }) => {
    const value = input.values.debug;
    if (typeof value !== 'string') return null;
    return unknownEnumWords(value, { rule: 'schema-debug-option', field: 'debug', enumName: 'DebugOption', values: DEBUG_OPTIONS });
  },
});
