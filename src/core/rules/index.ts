import { BEYOND_LIBRARY_RULES } from './beyond-library-rules';
import type { Rule } from './define-rule';
import { FIELD_SCHEMA_RULES } from './field-schema-rules';
import { LIBRARY_RULES } from './library-rules';

/** Every rule, schema checks first: the runner skips a rule whose fields failed their schema. */
export const ALL_RULES: readonly Rule[] = [...FIELD_SCHEMA_RULES, ...LIBRARY_RULES, ...BEYOND_LIBRARY_RULES];
