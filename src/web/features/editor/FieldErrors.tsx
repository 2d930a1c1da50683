import type { Issue } from '@/core/rules/define-rule';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { RichText } from '@/web/shared/ui/RichText';

interface FieldErrorsProps {
  readonly issues: readonly Issue[];
}

/** Error messages shown as an input's error; several are stacked one per line. */
export function FieldErrors({ issues }: FieldErrorsProps) {
  const { issueText } = useLocale();
  const [only] = issues;
  if (issues.length === 1 && only) return <RichText text={issueText(only)} />;
  return (
    <>
      {issues.map((issue) => (
        <span key={`${issue.rule}:${issue.message}`} style={{ display: 'block' }}>
          <RichText text={issueText(issue)} />
        </span>
      ))}
    </>
  );
}
