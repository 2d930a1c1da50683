import { useComputedColorScheme } from '@mantine/core';
import type { KeyboardEvent, PointerEvent } from 'react';
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { isBestSaves } from '@/core/schedule/events';
import { envelope } from '@/core/schedule/lr-series';
import type { StepPlan } from '@/core/schedule/step-plan';
import { fillTemplate } from '@/web/shared/i18n/fill-template';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { ChartReadout } from './ChartReadout';
import { columnRange, epochAtStep, firstInRange, formatLr, stepAtFraction } from './chart-scale';
import { LANE_COLORS, readChartColors, resolveColor } from './chart-colors';
import type { ChartModel, Lane } from './draw-schedule';
import { chartLayout, drawSchedule, xAfter, yOf } from './draw-schedule';
import type { ScheduleDetail } from './schedule-snapshot';
import { formatCount } from './derived-numbers';
import { useElementWidth } from './use-element-width';
import classes from './schedule.module.css';

interface ScheduleChartProps {
  readonly plan: StepPlan;
  readonly detail: ScheduleDetail;
  /** Newer inputs are being worked out: the chart is shown dimmed until they arrive. */
  readonly pending: boolean;
}

function maxOf(values: Float64Array): number {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max;
}

/**
 * The learning rate at every update with warmup, epoch boundaries and event lanes, on a canvas.
 * Whatever the run's length, it draws one min/max pair and one event mark per pixel column.
 */
export const ScheduleChart = memo(function ScheduleChart({ plan, detail, pending }: ScheduleChartProps) {
  const { t } = useLocale();
  const scheme = useComputedColorScheme('light');
  const wrapper = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const width = useElementWidth(wrapper);
  // The cursor's update, and whether the keyboard put it there (then its readout is announced).
  const [cursor, setCursor] = useState<{ readonly step: number; readonly keyboard: boolean } | null>(null);
  const hover = cursor?.step ?? null;
  const { lr, series, timeline } = detail;
  const T = plan.totalSteps;

  const lanes = useMemo<Lane[]>(() => {
    const saves = timeline.saveSteps;
    return [
      { label: t('Log'), steps: timeline.logSteps, color: LANE_COLORS.log },
      { label: t('Eval'), steps: timeline.evalSteps, color: LANE_COLORS.eval },
      { label: t('Save'), steps: isBestSaves(saves) ? saves.candidates : saves, color: LANE_COLORS.save, faint: isBestSaves(saves) },
      { label: t('Epoch'), steps: timeline.epochEnds.steps, color: LANE_COLORS.epoch },
    ];
  }, [timeline, t]);

  const layout = useMemo(() => chartLayout(width, lanes.length), [width, lanes.length]);
  const plotWidth = Math.max(1, layout.right - layout.left);
  const pixelRatio = typeof window === 'undefined' ? 1 : Math.min(3, window.devicePixelRatio || 1);
  const columns = Math.max(1, Math.round(plotWidth * pixelRatio));
  const curve = useMemo(() => (series ? envelope(series, columns) : null), [series, columns]);
  const ceiling = lr.kind === 'plateau' ? lr.ceiling : null;
  const yMax = useMemo(() => {
    const top = curve ? maxOf(curve.max) : (ceiling ?? 0);
    return (top > 0 ? top : lr.learningRate > 0 ? lr.learningRate : 1) * (curve ? 1.08 : 1.3);
  }, [curve, ceiling, lr.learningRate]);

  useLayoutEffect(() => {
    const element = canvas.current;
    const ctx = element?.getContext('2d');
    if (!element || !ctx || width <= 0) return;
    element.width = Math.round(layout.width * pixelRatio);
    element.height = Math.round(layout.height * pixelRatio);
    ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
    const model: ChartModel = {
      totalSteps: T,
      warmupSteps: lr.kind === 'step' && lr.type !== 'constant' ? plan.warmupSteps : 0,
      epochEnds: timeline.epochEnds.steps,
      envelope: curve,
      ceiling,
      yMax,
      lanes: lanes.map((lane) => ({ ...lane, color: resolveColor(element, lane.color) })),
      labels: { warmup: t('Warmup'), epoch: t('Epoch'), ceiling: `${t('Ceiling')} ${formatLr(ceiling ?? 0)}` },
    };
    drawSchedule(ctx, layout, model, readChartColors(element));
    // The scheme is a dependency though unread: the colours come from CSS variables that change with it.
  }, [layout, pixelRatio, width, T, lr, plan.warmupSteps, timeline, curve, ceiling, yMax, lanes, t, scheme]);

  const moveTo = (step: number) => setCursor({ step: Math.min(T, Math.max(1, Math.round(step))), keyboard: true });
  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const x = event.clientX - event.currentTarget.getBoundingClientRect().left;
    const outside = x < layout.left - 4 || x > layout.right + 4;
    setCursor(outside ? null : { step: stepAtFraction((x - layout.left) / plotWidth, T), keyboard: false });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>) => {
    const stride = Math.max(1, Math.round(T / plotWidth));
    const current = hover ?? 1;
    const moves: Record<string, number> = {
      ArrowRight: current + stride,
      ArrowLeft: current - stride,
      Home: 1,
      End: T,
      PageUp: current + T / 10,
      PageDown: current - T / 10,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    moveTo(next);
  };

  const label = `${t('Learning-rate schedule')}: ${lr.type}, ${fillTemplate(t('{n} steps'), { n: formatCount(T) })}`;
  let readout = null;
  if (hover !== null && width > 0) {
    const value = series ? (series[hover - 1] ?? null) : null;
    const [first, last] = columnRange(hover, T, Math.floor(plotWidth));
    const events = lanes.flatMap((lane) => {
      const at = firstInRange(lane.steps, first, last);
      return at === null ? [] : [first === last ? lane.label : `${lane.label} ${formatCount(at)}`];
    });
    readout = (
      <ChartReadout
        step={hover}
        total={T}
        epoch={epochAtStep(plan, hover)}
        lr={value}
        events={events}
        x={xAfter(layout, hover - 0.5, T)}
        y={value === null ? null : yOf(layout, value, yMax)}
        top={layout.top}
        bottom={layout.height}
        flip={xAfter(layout, hover, T) > layout.left + plotWidth * 0.6}
        announce={cursor?.keyboard ?? false}
      />
    );
  }

  return (
    <div ref={wrapper} className={classes.chart} data-pending={pending || undefined}>
      <canvas
        ref={canvas}
        className={classes.canvas}
        style={{ height: layout.height }}
        role="img"
        aria-label={label}
        tabIndex={0}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setCursor(null)}
        onFocus={() => setCursor((c) => c ?? { step: Math.min(T, Math.max(1, plan.warmupSteps)), keyboard: true })}
        onBlur={() => setCursor(null)}
        onKeyDown={onKeyDown}
      />
      {readout}
    </div>
  );
});
