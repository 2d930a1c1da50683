import { useLocale } from '@/web/shared/i18n/use-locale';
import { LANE_COLORS } from './chart-colors';
import classes from './schedule.module.css';

interface ChartLegendProps {
  readonly warmup: boolean;
}

/** What the chart's shading, lines and lane marks mean. */
export function ChartLegend({ warmup }: ChartLegendProps) {
  const { t } = useLocale();
  const items = [
    { id: 'lr', label: t('Learning rate'), style: { background: 'var(--mantine-color-indigo-6)', height: 2 } },
    ...(warmup
      ? [{ id: 'warmup', label: t('Warmup'), style: { background: 'var(--mantine-color-yellow-light)', outline: '1px solid var(--mantine-color-yellow-3)' } }]
      : []),
    { id: 'epoch', label: t('Epoch boundary'), style: { borderLeft: '1px dashed var(--mantine-color-gray-5)', width: 1 } },
    { id: 'log', label: t('Log'), style: { background: LANE_COLORS.log } },
    { id: 'eval', label: t('Eval'), style: { background: LANE_COLORS.eval } },
    { id: 'save', label: t('Save'), style: { background: LANE_COLORS.save } },
  ];
  return (
    <ul className={classes.legend} aria-label={t('Legend')}>
      {items.map((item) => (
        <li key={item.id}>
          <span className={classes.legendMark} style={item.style} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
