import { useLocale } from '@/web/shared/i18n/use-locale';
import type { NumberRow } from './derived-numbers';
import classes from './schedule.module.css';

interface DerivedNumbersProps {
  readonly rows: readonly NumberRow[];
  readonly pending: boolean;
}

/** The run's numbers as a definition list: each value right after its plain-text label. */
export function DerivedNumbers({ rows, pending }: DerivedNumbersProps) {
  const { t } = useLocale();
  return (
    <dl className={classes.numbers} data-pending={pending || undefined} aria-busy={pending || undefined}>
      {rows.map((row) => (
        <div key={row.id} className={classes.number} data-id={row.id}>
          <dt className={classes.numberLabel}>{t(row.label)}</dt>
          <dd className={classes.numberValue}>
            <span className={classes.value}>{row.value}</span>
            {row.detail && <span className={row.formula ? classes.formula : classes.detail}>{row.formula ? `= ${row.detail}` : row.detail}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
