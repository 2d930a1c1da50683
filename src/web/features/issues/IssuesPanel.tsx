import type { Fix, Issue } from '@/core/rules/define-rule';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { SEVERITY_ORDER } from '@/web/shared/issues/severity';
import { Icon } from '@/web/shared/ui/Icon';
import { IssueCounts } from './IssueCounts';
import { IssueItem } from './IssueItem';
import { UndoBar } from './UndoBar';
import type { FixHistory } from './use-fix-history';
import classes from './issues.module.css';

interface IssuesPanelProps {
  readonly issues: readonly Issue[];
  readonly history: FixHistory;
}

function bySeverity(a: Issue, b: Issue): number {
  return SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity);
}

/** Every issue at once, errors first; the library itself would stop at the first. */
export function IssuesPanel({ issues, history }: IssuesPanelProps) {
  const { t } = useLocale();
  const sorted = [...issues].sort(bySeverity);
  const applyFix = (fix: Fix) => history.apply(fix);
  return (
    <section className={classes.panel} aria-labelledby="issues-title">
      <header className={classes.header}>
        <h2 id="issues-title" className={classes.title}>
          {t('Issues')}
        </h2>
        <IssueCounts issues={issues} />
      </header>
      {history.last && <UndoBar label={history.last.label} kind={history.last.kind} onUndo={history.undo} onDismiss={history.dismiss} />}
      {sorted.length === 0 ? (
        <div className={classes.empty}>
          <Icon name="ok" size={18} />
          <div>
            <div className={classes.emptyTitle}>{t('No issues')}</div>
            <div className={classes.emptyText}>{t('Validated as transformers 5 does')}</div>
          </div>
        </div>
      ) : (
        <ul className={classes.list}>
          {sorted.map((issue, index) => (
            <IssueItem key={`${issue.rule}:${issue.fields.join(',')}:${index}`} issue={issue} onApplyFix={applyFix} />
          ))}
        </ul>
      )}
    </section>
  );
}
