import type { Envelope } from '@/core/schedule/lr-series';
import { formatLr, formatStepShort, markColumns, ticks } from './chart-scale';

/** Where things go on the canvas, in CSS pixels. */
export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly plotBottom: number;
  readonly lanesTop: number;
  readonly laneHeight: number;
  readonly laneGap: number;
}

const LANE_HEIGHT = 9;
const LANE_GAP = 4;
const PLOT_HEIGHT = 150;

/** The layout for a chart `width` CSS pixels wide with `lanes` event rows under the plot. */
export function chartLayout(width: number, lanes: number): ChartLayout {
  const top = 14;
  const plotBottom = top + PLOT_HEIGHT;
  const lanesTop = plotBottom + 24;
  return {
    width,
    height: lanesTop + lanes * (LANE_HEIGHT + LANE_GAP) + 2,
    left: 54,
    right: width - 12,
    top,
    plotBottom,
    lanesTop,
    laneHeight: LANE_HEIGHT,
    laneGap: LANE_GAP,
  };
}

export interface ChartColors {
  readonly text: string;
  readonly dimmed: string;
  readonly grid: string;
  readonly curve: string;
  readonly warmup: string;
  readonly epoch: string;
  readonly font: string;
}

export interface Lane {
  readonly label: string;
  readonly steps: readonly number[];
  readonly color: string;
  /** Possible rather than certain events (save_strategy "best"). */
  readonly faint?: boolean;
}

export interface ChartModel {
  readonly totalSteps: number;
  readonly warmupSteps: number;
  /** Where epochs end, the last at the total. */
  readonly epochEnds: readonly number[];
  /** Per-column extremes of the rate; `null` when there is no per-step curve. */
  readonly envelope: Envelope | null;
  /** reduce_lr_on_plateau: the rate it starts at and never exceeds. */
  readonly ceiling: number | null;
  readonly yMax: number;
  readonly lanes: readonly Lane[];
  readonly labels: { readonly warmup: string; readonly epoch: string; readonly ceiling: string };
}

/** Horizontal position of the boundary after `steps` updates. */
export function xAfter(layout: ChartLayout, steps: number, total: number): number {
  return layout.left + (steps / Math.max(1, total)) * (layout.right - layout.left);
}

/** Vertical position of a learning rate. */
export function yOf(layout: ChartLayout, value: number, yMax: number): number {
  return layout.plotBottom - (value / yMax) * (layout.plotBottom - layout.top);
}

/**
 * Draws the whole chart. Cost is bounded by the canvas width, not the run's length: the curve comes
 * as a per-column envelope and events as per-column marks.
 */
export function drawSchedule(ctx: CanvasRenderingContext2D, layout: ChartLayout, model: ChartModel, colors: ChartColors): void {
  const { left, right, top, plotBottom } = layout;
  const T = model.totalSteps;
  ctx.clearRect(0, 0, layout.width, layout.height);
  ctx.font = `10px ${colors.font}`;
  ctx.textBaseline = 'middle';

  if (model.warmupSteps > 0) {
    const x = Math.min(right, xAfter(layout, model.warmupSteps, T));
    ctx.fillStyle = colors.warmup;
    ctx.fillRect(left, top, x - left, plotBottom - top);
    if (x - left > 48) {
      ctx.fillStyle = colors.dimmed;
      ctx.textAlign = 'left';
      ctx.fillText(model.labels.warmup, left + 4, top + 8);
    }
  }

  // Value grid and labels.
  ctx.lineWidth = 1;
  ctx.textAlign = 'right';
  for (const value of ticks(model.yMax, 4)) {
    const y = Math.round(yOf(layout, value, model.yMax)) + 0.5;
    ctx.strokeStyle = colors.grid;
    ctx.beginPath();
    ctx.moveTo(left, y);
    ctx.lineTo(right, y);
    ctx.stroke();
    ctx.fillStyle = colors.dimmed;
    ctx.fillText(formatLr(value), left - 6, y);
  }

  drawEpochs(ctx, layout, model, colors);

  // Step axis labels.
  ctx.textAlign = 'center';
  ctx.fillStyle = colors.dimmed;
  const stepTicks = ticks(T, Math.max(2, Math.floor((right - left) / 80)), true);
  for (const step of stepTicks) ctx.fillText(formatStepShort(step), xAfter(layout, step, T), plotBottom + 11);

  if (model.envelope) drawCurve(ctx, layout, model.envelope, T, model.yMax, colors);
  if (model.ceiling !== null) drawCeiling(ctx, layout, model, colors);
  drawLanes(ctx, layout, model, colors);
}

function drawEpochs(ctx: CanvasRenderingContext2D, layout: ChartLayout, model: ChartModel, colors: ChartColors): void {
  const inner = model.epochEnds.slice(0, -1);
  const width = layout.right - layout.left;
  // Hundreds of epochs would paint the plot grey; their ends still show in the epoch lane.
  if (inner.length === 0 || inner.length > width / 6) return;
  ctx.save();
  ctx.strokeStyle = colors.epoch;
  ctx.setLineDash([3, 3]);
  const gap = width / (inner.length + 1);
  inner.forEach((step, index) => {
    const x = Math.round(xAfter(layout, step, model.totalSteps)) + 0.5;
    ctx.beginPath();
    ctx.moveTo(x, layout.top);
    ctx.lineTo(x, layout.plotBottom);
    ctx.stroke();
    if (gap >= 44 && inner.length <= 20) {
      ctx.fillStyle = colors.dimmed;
      ctx.textAlign = 'left';
      ctx.fillText(`${model.labels.epoch} ${index + 2}`, x + 4, layout.top + 8);
    }
  });
  ctx.restore();
}

function drawCurve(ctx: CanvasRenderingContext2D, layout: ChartLayout, envelope: Envelope, T: number, yMax: number, colors: ChartColors): void {
  const count = envelope.start.length;
  if (count === 0) return;
  const xs = new Float64Array(count);
  for (let b = 0; b < count; b++) {
    const first = envelope.start[b]! - 1;
    const next = b + 1 < count ? envelope.start[b + 1]! - 1 : T;
    xs[b] = xAfter(layout, (first + next) / 2, T);
  }
  // The band between each column's minimum and maximum: a plain line where they meet, a filled
  // stripe where the rate moves a lot within one pixel (restarts, a million steps on 500 pixels).
  ctx.beginPath();
  for (let b = 0; b < count; b++) ctx.lineTo(xs[b]!, yOf(layout, envelope.max[b]!, yMax));
  for (let b = count - 1; b >= 0; b--) ctx.lineTo(xs[b]!, yOf(layout, envelope.min[b]!, yMax));
  ctx.closePath();
  ctx.fillStyle = colors.curve;
  ctx.strokeStyle = colors.curve;
  ctx.lineWidth = 1.6;
  ctx.lineJoin = 'round';
  ctx.fill();
  ctx.stroke();
  if (count === 1) {
    ctx.beginPath();
    ctx.arc(xs[0]!, yOf(layout, envelope.max[0]!, yMax), 2.5, 0, 2 * Math.PI);
    ctx.fill();
  }
  // A faint area under the curve, for shape at a glance.
  ctx.beginPath();
  ctx.moveTo(xs[0]!, layout.plotBottom);
  for (let b = 0; b < count; b++) ctx.lineTo(xs[b]!, yOf(layout, envelope.max[b]!, yMax));
  ctx.lineTo(xs[count - 1]!, layout.plotBottom);
  ctx.closePath();
  ctx.globalAlpha = 0.08;
  ctx.fill();
  ctx.globalAlpha = 1;
}

function drawCeiling(ctx: CanvasRenderingContext2D, layout: ChartLayout, model: ChartModel, colors: ChartColors): void {
  const y = Math.round(yOf(layout, model.ceiling ?? 0, model.yMax)) + 0.5;
  ctx.save();
  ctx.globalAlpha = 0.07;
  ctx.fillStyle = colors.curve;
  ctx.fillRect(layout.left, y, layout.right - layout.left, layout.plotBottom - y);
  ctx.globalAlpha = 1;
  ctx.strokeStyle = colors.curve;
  ctx.lineWidth = 1.6;
  ctx.setLineDash([6, 4]);
  ctx.beginPath();
  ctx.moveTo(layout.left, y);
  ctx.lineTo(layout.right, y);
  ctx.stroke();
  ctx.fillStyle = colors.text;
  ctx.textAlign = 'right';
  ctx.fillText(model.labels.ceiling, layout.right - 4, y - 8);
  ctx.restore();
}

function drawLanes(ctx: CanvasRenderingContext2D, layout: ChartLayout, model: ChartModel, colors: ChartColors): void {
  const width = layout.right - layout.left;
  const columns = Math.max(1, Math.floor(width));
  const columnWidth = width / columns;
  // A step is wider than a pixel in short runs: mark its whole width.
  const markWidth = Math.max(1.5, Math.min(4, width / Math.max(1, model.totalSteps)));
  model.lanes.forEach((lane, index) => {
    const y = layout.lanesTop + index * (layout.laneHeight + layout.laneGap);
    ctx.fillStyle = colors.grid;
    ctx.fillRect(layout.left, y + layout.laneHeight / 2 - 0.5, width, 1);
    ctx.fillStyle = colors.dimmed;
    ctx.textAlign = 'right';
    ctx.fillText(lane.label, layout.left - 6, y + layout.laneHeight / 2);
    const marks = markColumns(lane.steps, model.totalSteps, columns);
    ctx.fillStyle = lane.color;
    ctx.globalAlpha = lane.faint ? 0.45 : 1;
    for (let c = 0; c < columns; c++) {
      if (marks[c]) ctx.fillRect(layout.left + c * columnWidth, y, markWidth, layout.laneHeight);
    }
    ctx.globalAlpha = 1;
  });
}
