import { Button, Group, UnstyledButton } from '@mantine/core';
import type { Fix, Issue } from '@/core/rules/define-rule';
import { requestFieldFocus } from '@/web/shared/focus/field-focus';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { SEVERITY_STYLE } from '@/web/shared/issues/severity';
import { Icon } from '@/web/shared/ui/Icon';
import { RichText } from '@/web/shared/ui/RichText';
import classes from './issues.module.css';

interface IssueItemProps {
  readonly issue: Issue;
  readonly onApplyFix: (fix: Fix) => void;
}

/** One issue: severity in colour, icon and word; links to its fields; its fix, if it has one. */
export function IssueItem({ issue, onApplyFix }: IssueItemProps) {
  const { t, issueText, fixText } = useLocale();
  const style = SEVERITY_STYLE[issue.severity];
  const { fix } = issue;
  const label = fix ? fixText(fix) : '';
  return (
    <li className={classes.item} data-severity={issue.severity}>
      <span className={classes.icon}>
        <Icon name={style.icon} size={16} />
      </span>
      <div className={classes.body}>
        <div className={classes.meta}>
          <span className={classes.severity}>{t(style.label)}</span>
          <span className={classes.rule}>{issue.rule}</span>
        </div>
        <p className={classes.message}>
          <RichText text={issueText(issue)} />
        </p>
        <Group gap={4} mt={4}>
          {issue.fields.map((name) => (
            <UnstyledButton key={name} className={classes.fieldLink} onClick={() => requestFieldFocus(name)}>
              {name}
            </UnstyledButton>
          ))}
          {fix && (
            <Button
              size="compact-xs"
              variant="light"
              color={style.color}
              ml="auto"
              leftSection={<Icon name="wand" size={13} />}
              // The fix goes on under the label shown here, so the undo bar names it in the same language.
              onClick={() => onApplyFix({ ...fix, label })}
            >
              {t('Apply fix')}: {label}
            </Button>
          )}
        </Group>
      </div>
    </li>
  );
}
