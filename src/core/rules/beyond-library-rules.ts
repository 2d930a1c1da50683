import type { Rule } from './define-rule';

export const BEYOND_LIBRARY_RULES: readonly Rule[] = [];
