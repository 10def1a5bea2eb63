/**
 * Runs `done` when the page is idle (within a second at the latest), unless the returned function
 * cancels it first. For work nobody is waiting for: plots off screen, charts taken off the page.
 */
export function whenIdle(done: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(done, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(done, 50);
  return () => clearTimeout(handle);
}
