import { UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { orderFields } from './rule-filter';
import classes from './rules.module.css';

interface RuleFieldsProps {
  readonly fields: readonly string[];
  readonly terms: readonly string[];
  readonly onOpenField: (name: string) => void;
}

// Schema rules read over a hundred fields; a few say enough until the user asks for all.
const SHOWN = 6;

/** A rule's fields as links to their inputs in the editor, matching ones first. */
export function RuleFields({ fields, terms, onOpenField }: RuleFieldsProps) {
  const { t } = useLocale();
  const [expanded, setExpanded] = useState(false);
  if (fields.length === 0) return <span className={classes.anyField}>{t('Any keyword argument')}</span>;
  const ordered = orderFields(fields, terms);
  const shown = expanded ? ordered : ordered.slice(0, SHOWN);
  const hidden = ordered.length - shown.length;
  return (
    <div className={classes.fields}>
      {shown.map((name) => (
        <UnstyledButton
          key={name}
          className={classes.fieldLink}
          data-match={terms.some((term) => name.includes(term)) || undefined}
          title={t('Open in the editor')}
          onClick={() => onOpenField(name)}
        >
          {name}
        </UnstyledButton>
      ))}
      {hidden > 0 && (
        <UnstyledButton className={classes.more} onClick={() => setExpanded(true)}>
          +{hidden} {t('more')}
        </UnstyledButton>
      )}
    </div>
  );
}
