import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-next-paint';

/** A page with one pending animation frame, painted when `paint()` is called. */
function fakePage(visibility: 'visible' | 'hidden') {
  const frames: Array<() => void> = [];
  const log: string[] = [];
  vi.stubGlobal('document', { visibilityState: visibility });
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames[id - 1] = () => undefined;
  });
  const paint = () => {
    for (const frame of frames.splice(0)) frame();
    log.push('painted');
  };
  return { frames, log, paint };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('afterNextPaint', () => {
  it('runs after the next frame is painted, not before', async () => {
    const page = fakePage('visible');
    afterNextPaint(() => page.log.push('ran'));
    await tick();
    expect(page.log).toEqual([]);
    page.paint();
    expect(page.log).toEqual(['painted']);
    await tick();
    expect(page.log).toEqual(['painted', 'ran']);
  });

  it('runs nothing once cancelled, before or after the frame', async () => {
    const page = fakePage('visible');
    const before = afterNextPaint(() => page.log.push('before'));
    const after = afterNextPaint(() => page.log.push('after'));
    before();
    page.paint();
    after();
    await tick();
    expect(page.log).toEqual(['painted']);
  });

  it('in a hidden page, which paints no frames, runs as an ordinary task', async () => {
    const page = fakePage('hidden');
    afterNextPaint(() => page.log.push('ran'));
    await tick();
    expect(page.log).toEqual(['ran']);
    expect(page.frames).toHaveLength(0);
  });
});
