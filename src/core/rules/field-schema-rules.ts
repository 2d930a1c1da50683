import type { Rule } from './define-rule';
import { schemaChoice } from './app/schema-choice';
import { schemaListOption } from './app/schema-list-option';
import { schemaRange } from './app/schema-range';
import { schemaType } from './app/schema-type';

/**
 * Per-field checks derived from the registry, run before every other rule: type first, so a value of
 * the wrong type gets one message and range or choice checks never see it.
 */
export const FIELD_SCHEMA_RULES: readonly Rule[] = [schemaType, schemaRange, schemaChoice, schemaListOption];
