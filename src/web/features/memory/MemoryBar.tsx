import type { MemoryAnalysis } from '@/core/memory/analyse';
import { formatBytes } from '@/core/memory/format';
import type { Gpu } from '@/core/memory/gpus';
import { fillTemplate } from '@/web/shared/i18n/fill-template';
import type { UiKey } from '@/web/shared/i18n/ui-text';
import { useLocale } from '@/web/shared/i18n/use-locale';
import classes from './memory.module.css';

interface Segment {
  readonly id: string;
  readonly label: UiKey;
  readonly bytes: number;
}

/** The components once each: the logits are carved out of the activations they belong to. */
export function barSegments(analysis: MemoryAnalysis): Segment[] {
  const e = analysis.estimate;
  return [
    { id: 'weights', label: 'Weights', bytes: e.paramBytes },
    { id: 'gradients', label: 'Gradients', bytes: e.gradBytes },
    { id: 'optimizer', label: 'Optimizer states', bytes: e.optimizerStateBytes },
    { id: 'activations', label: 'Activations', bytes: e.activationBytes - e.logitsBytes },
    { id: 'logits', label: 'Logits (fp32 log-probabilities)', bytes: e.logitsBytes },
    { id: 'copies', label: 'Autocast weight copies', bytes: e.autocastWeightCopyBytes },
  ];
}

const pct = (bytes: number, scale: number) => `${((100 * Math.max(0, bytes)) / scale).toFixed(3)}%`;

/** A stacked bar of the components against the GPU's memory, with the peak and the unmodelled band marked. */
export function MemoryBar({ analysis, gpu }: { readonly analysis: MemoryAnalysis; readonly gpu: Gpu }) {
  const { t } = useLocale();
  const segments = barSegments(analysis);
  const sum = segments.reduce((s, x) => s + x.bytes, 0);
  const { peakBytes } = analysis.estimate;
  const { band } = analysis.fit;
  const scale = Math.max(sum, peakBytes + band.highBytes, gpu.memoryBytes) * 1.02;
  const summary = `${t('Memory by component')}: ${segments.map((s) => `${t(s.label)} ${formatBytes(s.bytes)}`).join(', ')}; ${t('Peak allocated')} ${formatBytes(peakBytes)}; ${t('GPU memory')} ${formatBytes(gpu.memoryBytes)}`;
  return (
    <figure className={classes.figure}>
      <figcaption className={classes.caption}>{t('Memory by component')}</figcaption>
      <div className={classes.bar} role="img" aria-label={summary}>
        {segments.map((s) => (
          <div
            key={s.id}
            className={classes.segment}
            data-part={s.id}
            style={{ width: pct(s.bytes, scale) }}
            title={`${t(s.label)}: ${formatBytes(s.bytes)}`}
          />
        ))}
        <div className={classes.band} style={{ left: pct(peakBytes + band.lowBytes, scale), width: pct(band.highBytes - band.lowBytes, scale) }} />
        <div className={classes.peakMark} style={{ left: pct(peakBytes, scale) }} />
        <div className={classes.gpuMark} style={{ left: pct(gpu.memoryBytes, scale) }} />
      </div>
      <dl className={classes.legend}>
        {segments.map((s) => (
          <LegendItem key={s.id} part={s.id} label={t(s.label)} value={formatBytes(s.bytes)} />
        ))}
        <LegendItem part="peak" label={t('Peak allocated')} value={formatBytes(peakBytes)} />
        <LegendItem
          part="band"
          wide
          label={t('Not modelled')}
          value={fillTemplate(t('{low} – {high}: CUDA context (0.3–2 GiB), allocator fragmentation, kernel workspaces'), {
            low: formatBytes(band.lowBytes),
            high: formatBytes(band.highBytes),
          })}
        />
        <LegendItem part="gpu" wide label={t('GPU memory')} value={`${formatBytes(gpu.memoryBytes)} (${gpu.label})`} />
      </dl>
      <p className={classes.hint}>
        {t(
          'The peak is not the sum of the bars: saved activations and gradients never peak together, and the logits gradient adds a spike at the start of the backward.',
        )}
      </p>
    </figure>
  );
}

/** One term of the legend: its swatch (the bar's colour), its name and its bytes. */
function LegendItem({ part, label, value, wide }: { readonly part: string; readonly label: string; readonly value: string; readonly wide?: boolean }) {
  return (
    <div className={classes.legendItem} data-wide={wide || undefined}>
      <dt>
        <span className={classes.swatch} data-part={part} aria-hidden="true" />
        {label}
      </dt>
      <dd>{value}</dd>
    </div>
  );
}
