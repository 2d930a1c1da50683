import { Button, SegmentedControl, TextInput } from '@mantine/core';
import { useDeferredValue, useMemo, useState } from 'react';
import { ALL_RULES } from '@/core/rules/index';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { SEVERITY_ORDER, SEVERITY_STYLE } from '@/web/shared/issues/severity';
import { Icon } from '@/web/shared/ui/Icon';
import { RuleRow } from './RuleRow';
import type { RuleQuery, SeverityFilter, SourceFilter } from './rule-filter';
import { EMPTY_QUERY, countRules, filterRules, searchTerms } from './rule-filter';
import { SOURCE_ORDER, SOURCE_STYLE } from './source-style';
import classes from './rules.module.css';

interface RulesPageProps {
  /** Back to the editor with this field revealed and focused. */
  readonly onOpenField: (name: string) => void;
  readonly onBack: () => void;
}

const SEVERITY_COUNTS = countRules(ALL_RULES, 'severity');
const SOURCE_COUNTS = countRules(ALL_RULES, 'source');

/** The rule catalogue: every check the studio runs, searchable, and which of them mirror the library. */
export function RulesPage({ onOpenField, onBack }: RulesPageProps) {
  const { t } = useLocale();
  const [query, setQuery] = useState<RuleQuery>(EMPTY_QUERY);
  const deferred = useDeferredValue(query);
  const shown = useMemo(() => filterRules(ALL_RULES, deferred), [deferred]);
  const terms = useMemo(() => searchTerms(deferred.text), [deferred.text]);
  const beyond = ALL_RULES.length - (SOURCE_COUNTS.get('library') ?? 0);
  return (
    <main className={classes.page} aria-labelledby="rules-title">
      <div className={classes.intro}>
        <Button variant="subtle" size="compact-sm" leftSection={<Icon name="arrowLeft" size={14} />} onClick={onBack}>
          {t('Back to the editor')}
        </Button>
        <h1 id="rules-title" className={classes.title}>
          {t('Rule catalogue')}
        </h1>
        <p className={classes.lead}>{t('Every check the studio runs, and whether transformers itself makes it.')}</p>
        <div className={classes.stats}>
          <span>
            {t('Rules')}: <b>{ALL_RULES.length}</b>
          </span>
          <span>
            {t('Mirror the library')}: <b>{SOURCE_COUNTS.get('library') ?? 0}</b>
          </span>
          <span>
            {t('Go beyond it')}: <b>{beyond}</b>
          </span>
        </div>
      </div>
      <div className={classes.filters}>
        <TextInput
          size="xs"
          className={classes.search}
          aria-label={t('Search rules')}
          placeholder={t('Search rules, fields or descriptions')}
          leftSection={<Icon name="search" size={14} />}
          value={query.text}
          onChange={(event) => setQuery({ ...query, text: event.currentTarget.value })}
          autoFocus
        />
        <SegmentedControl
          size="xs"
          aria-label={t('Severity')}
          value={query.severity}
          onChange={(value) => setQuery({ ...query, severity: value as SeverityFilter })}
          data={[
            { value: 'all', label: `${t('All')} ${ALL_RULES.length}` },
            ...SEVERITY_ORDER.map((s) => ({ value: s, label: `${t(SEVERITY_STYLE[s].plural)} ${SEVERITY_COUNTS.get(s) ?? 0}` })),
          ]}
        />
        <SegmentedControl
          size="xs"
          aria-label={t('Source')}
          value={query.source}
          onChange={(value) => setQuery({ ...query, source: value as SourceFilter })}
          data={[
            { value: 'all', label: t('All') },
            ...SOURCE_ORDER.map((s) => ({ value: s, label: `${t(SOURCE_STYLE[s].label)} ${SOURCE_COUNTS.get(s) ?? 0}` })),
          ]}
        />
      </div>
      <div className={classes.tableWrap}>
        <table className={classes.table}>
          <thead>
            <tr>
              <th>{t('Rule')}</th>
              <th>{t('What it checks')}</th>
              <th>{t('Fields')}</th>
              <th>{t('Source')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((rule) => (
              <RuleRow key={rule.id} rule={rule} terms={terms} onOpenField={onOpenField} />
            ))}
          </tbody>
        </table>
        {shown.length === 0 && <p className={classes.empty}>{t('No rules match')}</p>}
      </div>
      <p className={classes.count} role="status">
        {t('Shown')}: {shown.length} / {ALL_RULES.length}
      </p>
    </main>
  );
}
