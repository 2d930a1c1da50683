import type { Issue } from '@/core/rules/define-rule';
import { RichText } from '@/web/shared/ui/RichText';

interface FieldErrorsProps {
  readonly issues: readonly Issue[];
}

/** Error messages shown as an input's error; several are stacked one per line. */
export function FieldErrors({ issues }: FieldErrorsProps) {
  if (issues.length === 1) return <RichText text={issues[0]?.message ?? ''} />;
  return (
    <>
      {issues.map((issue) => (
        <span key={`${issue.rule}:${issue.message}`} style={{ display: 'block' }}>
          <RichText text={issue.message} />
        </span>
      ))}
    </>
  );
}
