import type { Rule } from './define-rule';

export const FIELD_SCHEMA_RULES: readonly Rule[] = [];
