import { ActionIcon, Button } from '@mantine/core';
import { useState } from 'react';
import { SECTION_IDS } from '@/core/registry/define-field';
import { SECTIONS } from '@/core/registry/sections';
import type { Fix, Issue } from '@/core/rules/define-rule';
import type { FormHistoryControls } from '@/web/shared/history/use-form-history';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { SEVERITY_STYLE } from '@/web/shared/issues/severity';
import { Icon } from '@/web/shared/ui/Icon';
import { IssueCounts } from './IssueCounts';
import { IssueItem } from './IssueItem';
import { UndoBar } from './UndoBar';
import { countSafeFixes, groupIssues } from './issue-groups';
import classes from './issues.module.css';

interface IssuesPanelProps {
  readonly issues: readonly Issue[];
  readonly history: FormHistoryControls;
  /** Applies every safe fix as one undo step (the caller re-checks between fixes). */
  readonly onApplyAllFixes: () => void;
}

const SECTION_TITLES = new Map(SECTIONS.map((s) => [s.id, s.title]));

/**
 * Every issue at once, grouped by severity and then by form section; each group folds away, and the whole
 * list collapses to its counts. The library itself would stop at the first.
 */
export function IssuesPanel({ issues, history, onApplyAllFixes }: IssuesPanelProps) {
  const { t, sectionTitle } = useLocale();
  const [collapsed, setCollapsed] = useState(false);
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const groups = groupIssues(issues, SECTION_IDS);
  const safeFixes = countSafeFixes(issues);
  const applyFix = (fix: Fix) => history.apply(fix);
  const toggleGroup = (severity: string) =>
    setFolded((current) => {
      const next = new Set(current);
      if (!next.delete(severity)) next.add(severity);
      return next;
    });
  return (
    <section className={classes.panel} aria-labelledby="issues-title" data-collapsed={collapsed || undefined}>
      <header className={classes.header}>
        <h2 id="issues-title" className={classes.title}>
          {t('Issues')}
        </h2>
        <IssueCounts issues={issues} />
        <div className={classes.headerActions}>
          {safeFixes > 1 && (
            <Button size="compact-xs" variant="light" leftSection={<Icon name="wand" size={13} />} onClick={onApplyAllFixes}>
              {t('Apply all safe fixes')} ({safeFixes})
            </Button>
          )}
          <ActionIcon
            size="sm"
            variant="subtle"
            color="gray"
            aria-expanded={!collapsed}
            aria-controls="issues-list"
            aria-label={collapsed ? t('Show issues') : t('Hide issues')}
            onClick={() => setCollapsed((value) => !value)}
          >
            <Icon name={collapsed ? 'chevronDown' : 'chevronUp'} size={15} />
          </ActionIcon>
        </div>
      </header>
      {/* A switch of release or class has its own notice, with its own undo, under the header. */}
      {history.last && history.last.kind !== 'switch' && (
        <UndoBar label={history.last.label} kind={history.last.kind} onUndo={history.undo} onDismiss={history.dismiss} />
      )}
      <div id="issues-list" className={classes.scroll} hidden={collapsed}>
        {groups.length === 0 ? (
          <div className={classes.empty}>
            <Icon name="ok" size={18} />
            <div>
              <div className={classes.emptyTitle}>{t('No issues')}</div>
              <div className={classes.emptyText}>{t('Validated as transformers 5 does')}</div>
            </div>
          </div>
        ) : (
          groups.map((group) => {
            const open = !folded.has(group.severity);
            const listId = `issues-${group.severity}`;
            return (
              <div key={group.severity} className={classes.group} data-severity={group.severity}>
                <button type="button" className={classes.groupToggle} aria-expanded={open} aria-controls={listId} onClick={() => toggleGroup(group.severity)}>
                  <Icon name={open ? 'chevronUp' : 'chevronDown'} size={14} />
                  <span>
                    {t(SEVERITY_STYLE[group.severity].plural)} ({group.count})
                  </span>
                </button>
                <div id={listId} hidden={!open}>
                  {group.sections.map((section) => (
                    <div key={section.section}>
                      <h3 className={classes.sectionTitle}>
                        {section.section === 'other' ? t('Other') : sectionTitle(section.section, SECTION_TITLES.get(section.section) ?? section.section)}
                      </h3>
                      <ul className={classes.list}>
                        {section.issues.map((issue, index) => (
                          <IssueItem key={`${issue.rule}:${issue.fields.join(',')}:${index}`} issue={issue} onApplyFix={applyFix} />
                        ))}
                      </ul>
                    </div>
                  ))}
                </div>
              </div>
            );
          })
        )}
      </div>
    </section>
  );
}
