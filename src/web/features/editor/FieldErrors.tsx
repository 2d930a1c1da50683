import type { Issue } from '@/core/rules/define-rule';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { issueMessage } from '@/web/shared/issues/localized-issue';
import { RichText } from '@/web/shared/ui/RichText';

interface FieldErrorsProps {
  readonly issues: readonly Issue[];
}

/** Error messages shown as an input's error; several are stacked one per line. */
export function FieldErrors({ issues }: FieldErrorsProps) {
  const { language } = useLocale();
  const [only] = issues;
  if (issues.length === 1 && only) return <RichText text={issueMessage(only, language)} />;
  return (
    <>
      {issues.map((issue) => (
        <span key={`${issue.rule}:${issue.message}`} style={{ display: 'block' }}>
          <RichText text={issueMessage(issue, language)} />
        </span>
      ))}
    </>
  );
}
