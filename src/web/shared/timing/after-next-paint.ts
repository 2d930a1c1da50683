/**
 * Runs `callback` once the browser has painted the next frame: a task posted from inside the frame's
 * animation callbacks runs after that frame is drawn. In a hidden page, which paints nothing and may hold
 * animation frames back indefinitely, it runs as an ordinary task instead.
 * @returns a cancel function (nothing runs once it is called)
 */
export function afterNextPaint(callback: () => void): () => void {
  let cancelled = false;
  const run = () => {
    if (!cancelled) callback();
  };
  if (typeof requestAnimationFrame !== 'function' || typeof MessageChannel !== 'function' || document.visibilityState === 'hidden') {
    const timer = setTimeout(run, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }
  const frame = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      run();
    };
    channel.port2.postMessage(null);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}
