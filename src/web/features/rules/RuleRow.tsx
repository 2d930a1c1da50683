import { Badge, Highlight } from '@mantine/core';
import { memo } from 'react';
import type { Rule } from '@/core/rules/define-rule';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { SEVERITY_STYLE } from '@/web/shared/issues/severity';
import { Icon } from '@/web/shared/ui/Icon';
import { RuleFields } from './RuleFields';
import { SOURCE_STYLE } from './source-style';
import classes from './rules.module.css';

interface RuleRowProps {
  readonly rule: Rule;
  readonly terms: readonly string[];
  readonly onOpenField: (name: string) => void;
}

/** One rule: its id and severity, what it checks, the fields it reads, and where its knowledge comes from. */
export const RuleRow = memo(function RuleRow({ rule, terms, onOpenField }: RuleRowProps) {
  const { t } = useLocale();
  const severity = SEVERITY_STYLE[rule.severity];
  const source = SOURCE_STYLE[rule.source];
  return (
    <tr data-source={rule.source} id={`rule-${rule.id}`}>
      <td className={classes.idCell}>
        <Highlight component="code" className={classes.ruleId} highlight={[...terms]}>
          {rule.id}
        </Highlight>
        <Badge size="sm" variant="light" color={severity.color} leftSection={<Icon name={severity.icon} size={12} />}>
          {t(severity.label)}
        </Badge>
      </td>
      <td className={classes.description}>
        <Highlight component="span" inherit highlight={[...terms]}>
          {rule.description}
        </Highlight>
      </td>
      <td>
        <RuleFields fields={rule.fields} terms={terms} onOpenField={onOpenField} />
      </td>
      <td className={classes.sourceCell}>
        <Badge size="sm" variant={rule.source === 'library' ? 'filled' : 'light'} color={source.color} title={t(source.hint)}>
          {t(source.label)}
        </Badge>
      </td>
    </tr>
  );
});
