import { Badge, Group } from '@mantine/core';
import type { Issue } from '@/core/rules/define-rule';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { SEVERITY_ORDER, SEVERITY_STYLE } from '@/web/shared/issues/severity';

interface IssueCountsProps {
  readonly issues: readonly Issue[];
}

/** How many issues of each severity, hiding severities with none. */
export function IssueCounts({ issues }: IssueCountsProps) {
  const { t } = useLocale();
  return (
    <Group gap={4}>
      {SEVERITY_ORDER.map((severity) => {
        const count = issues.filter((i) => i.severity === severity).length;
        if (count === 0) return null;
        const style = SEVERITY_STYLE[severity];
        return (
          <Badge key={severity} size="sm" variant="light" color={style.color} radius="sm">
            {count} {t(count === 1 ? style.label : style.plural)}
          </Badge>
        );
      })}
    </Group>
  );
}
