import type { Issue } from '@/core/rules/define-rule';
import { SEVERITY_STYLE } from '@/web/shared/issues/severity';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { Icon } from '@/web/shared/ui/Icon';
import { RichText } from '@/web/shared/ui/RichText';
import classes from './editor.module.css';

interface FieldNotesProps {
  readonly issues: readonly Issue[];
}

/** Warnings and info about a field, under its input (errors are the input's own error). */
export function FieldNotes({ issues }: FieldNotesProps) {
  const { t, issueText } = useLocale();
  if (issues.length === 0) return null;
  return (
    <ul className={classes.notes}>
      {issues.map((issue) => {
        const style = SEVERITY_STYLE[issue.severity];
        return (
          <li key={`${issue.rule}:${issue.message}`} className={classes.note} data-severity={issue.severity}>
            <Icon name={style.icon} size={13} />
            <span>
              <span className={classes.visuallyHidden}>{t(style.label)}: </span>
              <RichText text={issueText(issue)} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}
