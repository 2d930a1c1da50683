import type { CommentedFormat } from '@/core/emit/error-comments';
import { annotateErrors } from '@/core/emit/error-comments';
import type { Issue } from '@/core/rules/define-rule';
import type { CodeFormat } from './code-formats';

const COMMENTED: Partial<Record<CodeFormat, CommentedFormat>> = { python: 'python', yaml: 'yaml' };

/**
 * What Copy puts on the clipboard: the code, and in Python and YAML a `# error: …` comment per error above
 * the argument it is about (in the UI language), so the problem travels with the code.
 */
export function copyText(code: string, format: CodeFormat, errors: readonly Issue[], describe: (issue: Issue) => string): string {
  const commented = COMMENTED[format];
  if (!commented || errors.length === 0) return code;
  return annotateErrors(
    code,
    commented,
    errors.map((issue) => ({ fields: issue.fields, message: describe(issue) })),
  );
}
