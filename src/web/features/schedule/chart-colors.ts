import type { ChartColors } from './draw-schedule';

/** The event lanes' colours, as Mantine variables (also used by the legend). */
export const LANE_COLORS = {
  log: 'var(--mantine-color-gray-6)',
  eval: 'var(--mantine-color-teal-6)',
  save: 'var(--mantine-color-orange-6)',
  epoch: 'var(--mantine-color-violet-5)',
} as const;

/** Resolves `var(--x)` colours for the canvas, which cannot read CSS variables itself. */
export function resolveColor(element: Element, color: string): string {
  const name = /^var\((--[\w-]+)\)$/.exec(color)?.[1];
  if (!name) return color;
  return getComputedStyle(element).getPropertyValue(name).trim() || '#888';
}

/** The chart's palette, from the theme's variables so it follows the colour scheme. */
export function readChartColors(element: Element): ChartColors {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--mantine-color-text', '#222'),
    dimmed: read('--mantine-color-dimmed', '#868e96'),
    grid: read('--app-border-subtle', '#eef0f4'),
    curve: read('--mantine-color-indigo-6', '#4c6ef5'),
    warmup: read('--mantine-color-yellow-light', 'rgba(250, 176, 5, 0.1)'),
    epoch: read('--mantine-color-gray-4', '#ced4da'),
    font: read('--mantine-font-family', 'system-ui, sans-serif'),
  };
}
