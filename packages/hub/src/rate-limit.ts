/**
 * A fixed-window request counter per client address, kept in this process's memory. Behind a
 * load balancer with several hub processes each process counts on its own, so the effective
 * limit is `max × processes`; put a shared limit in the proxy when that matters.
 */
export interface RateLimitOptions {
  /** Requests allowed per window and address. */
  max: number;
  windowMs: number;
}

export class RateLimiter {
  readonly #windows = new Map<string, { count: number; resetAt: number }>();
  #lastSweep = 0;

  constructor(
    readonly options: RateLimitOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request; returns 0 when allowed, else the seconds to wait (for Retry-After). */
  hit(key: string): number {
    const now = this.now();
    this.#sweep(now);
    let window = this.#windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + this.options.windowMs };
      this.#windows.set(key, window);
    }
    window.count++;
    return window.count > this.options.max ? Math.max(1, Math.ceil((window.resetAt - now) / 1000)) : 0;
  }

  /** Drops finished windows now and then, so memory stays bounded by recent clients. */
  #sweep(now: number): void {
    if (now - this.#lastSweep < this.options.windowMs) return;
    this.#lastSweep = now;
    for (const [key, window] of this.#windows) if (window.resetAt <= now) this.#windows.delete(key);
  }
}
