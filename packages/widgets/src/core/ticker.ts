export type TickListener = (now: number) => void;

const listeners = new Set<TickListener>();
let timer: ReturnType<typeof setTimeout> | undefined;
let visibilityWatched = false;

const isHidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';

function schedule(): void {
  clearTimeout(timer);
  timer = undefined;
  if (listeners.size === 0 || isHidden()) return;
  // Wake just after the next whole second so every countdown on the page changes together.
  const delay = 1000 - (Date.now() % 1000) + 2;
  timer = setTimeout(tick, delay);
}

function tick(): void {
  const now = Date.now();
  for (const listener of [...listeners]) listener(now);
  schedule();
}

function onVisibilityChange(): void {
  if (isHidden()) {
    clearTimeout(timer);
    timer = undefined;
  } else if (listeners.size > 0) {
    tick();
  }
}

/**
 * Subscribes to the page's one shared per-second ticker. It runs only while someone listens
 * and the tab is visible, and catches up at once when the tab comes back. Returns the
 * unsubscribe function.
 */
export function subscribeToTicker(listener: TickListener): () => void {
  if (!visibilityWatched && typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', onVisibilityChange);
    visibilityWatched = true;
  }
  listeners.add(listener);
  if (!timer) schedule();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) schedule();
  };
}

/** For tests and benchmarks: how many listeners there are and whether a timer is pending. */
export function tickerState(): { listeners: number; running: boolean } {
  return { listeners: listeners.size, running: timer !== undefined };
}
