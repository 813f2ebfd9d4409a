import { isIssueCode, type FieldIssue, type Signup } from '@dauys/schema';

/**
 * The life of one signup on its way to the server, as a small state machine with no DOM:
 * the element feeds it user actions (`submit`, `retry`) and browser signals (`online`), and
 * renders whatever `state` says.
 *
 * Never two records for one signup:
 * - one `Idempotency-Key` per signup, made when it is first sent and reused, with the very
 *   same request body (the same `elapsedMs` too), on every retry of that signup, so the server
 *   can answer a repeat with 200 instead of storing it again;
 * - while a request is in flight, or a Retry-After has not passed, further submits are ignored;
 * - a signup the server accepted stays accepted until `reset()` starts the next one.
 * A person who edits the form after a failed attempt sends a different signup: it gets a new key.
 */

/** Why a send did not succeed. */
export type FailureKind =
  /** The browser says it is offline: nothing was sent. */
  | 'offline'
  /** The request failed on the way (connection dropped, DNS, CORS). */
  | 'network'
  /** No answer within the time limit (or a 408 from the server). */
  | 'timeout'
  /** 429: the server asks to wait (Retry-After). */
  | 'rate-limited'
  /** 5xx: the server failed. */
  | 'server'
  /** 409: the key was used before for another body. Retrying the same body cannot help. */
  | 'conflict'
  /** Another 4xx (400, 413, 415…) or an unreadable 422: the form or the server is misconfigured. */
  | 'rejected';

export type SubmissionState =
  | { phase: 'idle' }
  | { phase: 'sending'; attempt: number }
  | {
      phase: 'failed';
      kind: FailureKind;
      attempt: number;
      /** HTTP status when the server answered. */
      status?: number;
      /** Epoch ms before which no retry is sent (Retry-After). */
      retryAt?: number;
      /** Whether the form retries without a click: on `online`, or when Retry-After passes. */
      autoRetry: 'online' | 'timer' | 'none';
    }
  /** 422: the server found field errors; the person fixes them and sends again. */
  | { phase: 'invalid'; issues: FieldIssue[]; attempt: number }
  | { phase: 'sent'; status: number; replay: boolean; attempt: number };

export interface SubmissionOptions {
  endpoint: string;
  /** How long one request may take before it is abandoned (ms). */
  timeoutMs?: number;
  /** A Retry-After longer than this is honoured but not waited for automatically (ms). */
  maxAutoRetryMs?: number;
  onChange?: (state: SubmissionState) => void;
  /** While this says true nothing is sent, not even a scheduled retry (campaign silence). */
  paused?: () => boolean;
  /** Injected for tests; default the global ones. */
  fetch?: typeof fetch;
  randomUUID?: () => string;
  now?: () => number;
  isOnline?: () => boolean;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_AUTO_RETRY_MS = 5 * 60_000;

/** True while a click on "send" would be ignored: sending, waiting out Retry-After, or done. */
export function isBusy(state: SubmissionState, now: number): boolean {
  if (state.phase === 'sending' || state.phase === 'sent') return true;
  return state.phase === 'failed' && state.retryAt !== undefined && state.retryAt > now;
}

/** Kinds worth sending again unchanged (the server may answer differently next time). */
export function isRetryable(kind: FailureKind): boolean {
  return kind !== 'conflict' && kind !== 'rejected';
}

/**
 * Parses a Retry-After header (delay in seconds, or an HTTP date) into the epoch ms to wait
 * for; undefined when absent or unreadable.
 */
export function parseRetryAfter(header: string | null | undefined, now: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return now + Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(now, date);
}

/** Reads the field issues of a 422 body `{ error: 'validation', issues: [{ field, code }] }`. */
export function readServerIssues(body: unknown): FieldIssue[] | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const issues = (body as { issues?: unknown }).issues;
  if (!Array.isArray(issues)) return undefined;
  const read: FieldIssue[] = [];
  for (const issue of issues) {
    if (typeof issue !== 'object' || issue === null) continue;
    const { field, code } = issue as { field?: unknown; code?: unknown };
    if (typeof field !== 'string' || field.length > 100) continue;
    read.push({ field, code: isIssueCode(code) ? code : 'invalid' });
  }
  return read.length ? read : undefined;
}

/** What an HTTP status means for this signup. */
export function classifyStatus(
  status: number,
): { outcome: 'sent'; replay: boolean } | { outcome: 'invalid' } | { outcome: 'failed'; kind: FailureKind } {
  if (status >= 200 && status < 300) return { outcome: 'sent', replay: status === 200 };
  if (status === 422) return { outcome: 'invalid' };
  if (status === 429) return { outcome: 'failed', kind: 'rate-limited' };
  if (status === 408) return { outcome: 'failed', kind: 'timeout' };
  if (status === 409) return { outcome: 'failed', kind: 'conflict' };
  if (status >= 500) return { outcome: 'failed', kind: 'server' };
  return { outcome: 'failed', kind: 'rejected' };
}

/** A signup body without `elapsedMs`, to tell "the same signup again" from "an edited one". */
function identity(signup: Signup): string {
  const { elapsedMs: _elapsed, ...rest } = signup;
  return JSON.stringify(rest);
}

export class Submission {
  private current: SubmissionState = { phase: 'idle' };
  private pending: { key: string; body: string; identity: string } | undefined;
  private attempts = 0;
  private timer: unknown;
  private generation = 0;
  private readonly options: Required<Omit<SubmissionOptions, 'onChange' | 'paused'>> &
    Pick<SubmissionOptions, 'onChange' | 'paused'>;

  constructor(options: SubmissionOptions) {
    this.options = {
      timeoutMs: DEFAULT_TIMEOUT_MS,
      maxAutoRetryMs: DEFAULT_MAX_AUTO_RETRY_MS,
      fetch: (...args) => globalThis.fetch(...args),
      randomUUID: () => crypto.randomUUID(),
      now: () => Date.now(),
      isOnline: () => (typeof navigator === 'undefined' ? true : navigator.onLine !== false),
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
      ...options,
    };
  }

  get state(): SubmissionState {
    return this.current;
  }

  /** The Idempotency-Key of the signup being sent (undefined before the first send). */
  get key(): string | undefined {
    return this.pending?.key;
  }

  /** Where later requests go and how long they may take (attributes changed); keeps the key. */
  configure(settings: { endpoint?: string; timeoutMs?: number }): void {
    if (settings.endpoint !== undefined) this.options.endpoint = settings.endpoint;
    if (settings.timeoutMs !== undefined && settings.timeoutMs > 0)
      this.options.timeoutMs = settings.timeoutMs;
  }

  /** True while a click on "send" would be ignored: sending, waiting out Retry-After, or done. */
  get busy(): boolean {
    return isBusy(this.current, this.options.now());
  }

  /**
   * Sends a validated signup. The same signup (ignoring elapsedMs) keeps its key and body; an
   * edited one gets a new key. Returns false when ignored (see `busy`).
   */
  submit(signup: Signup): boolean {
    if (this.busy) return false;
    const id = identity(signup);
    if (this.pending?.identity !== id) {
      this.pending = { key: this.options.randomUUID(), body: JSON.stringify(signup), identity: id };
    }
    void this.send();
    return true;
  }

  /** Sends the last signup again, unchanged. Returns false when there is nothing to retry. */
  retry(): boolean {
    if (this.busy || !this.pending || this.current.phase === 'idle') return false;
    void this.send();
    return true;
  }

  /** The browser is back online: retry a signup that failed on the way. */
  online(): boolean {
    const state = this.current;
    if (state.phase !== 'failed' || !isRetryable(state.kind)) return false;
    return this.retry();
  }

  /** Forgets the signup (after success: "sign up someone else"). Cancels a pending timer. */
  reset(): void {
    this.cancelTimer();
    this.generation++;
    this.pending = undefined;
    this.attempts = 0;
    this.set({ phase: 'idle' });
  }

  /** Stops timers (element disconnected). An in-flight request still settles. */
  dispose(): void {
    this.cancelTimer();
  }

  private set(state: SubmissionState): void {
    this.current = state;
    this.options.onChange?.(state);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.options.clearTimer(this.timer);
    this.timer = undefined;
  }

  private async send(): Promise<void> {
    const { options, pending } = this;
    if (options.paused?.() || !pending) return;
    const generation = this.generation;
    const attempt = ++this.attempts;
    this.cancelTimer();
    if (!options.isOnline()) {
      this.set({ phase: 'failed', kind: 'offline', attempt, autoRetry: 'online' });
      return;
    }
    this.set({ phase: 'sending', attempt });
    const controller = new AbortController();
    const timeout = options.setTimer(() => controller.abort(), options.timeoutMs);
    let next: SubmissionState;
    try {
      const response = await options.fetch(options.endpoint, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'Idempotency-Key': pending.key,
        },
        body: pending.body,
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
        // The page address travels in the body without its query; keep it out of the header too.
        referrerPolicy: 'strict-origin',
      });
      const { status } = response;
      const verdict = classifyStatus(status);
      if (verdict.outcome === 'sent') {
        next = { phase: 'sent', status, replay: verdict.replay, attempt };
      } else if (verdict.outcome === 'invalid') {
        const issues = readServerIssues(await response.json().catch(() => undefined));
        next = issues ? { phase: 'invalid', issues, attempt } : this.failure('rejected', attempt, status);
      } else {
        const retryAt =
          verdict.kind === 'rate-limited' || verdict.kind === 'server'
            ? parseRetryAfter(response.headers.get('Retry-After'), options.now())
            : undefined;
        next = this.failure(verdict.kind, attempt, status, retryAt);
      }
    } catch {
      next = this.failure(
        controller.signal.aborted ? 'timeout' : options.isOnline() ? 'network' : 'offline',
        attempt,
      );
    } finally {
      options.clearTimer(timeout);
    }
    // A reset while the request was in flight started another signup: drop this answer.
    if (generation !== this.generation) return;
    this.set(next);
    if (next.phase === 'failed' && next.autoRetry === 'timer') {
      this.timer = options.setTimer(
        () => {
          this.timer = undefined;
          this.retry();
        },
        Math.max(0, next.retryAt! - options.now()),
      );
    }
  }

  private failure(kind: FailureKind, attempt: number, status?: number, retryAt?: number): SubmissionState {
    const wait = retryAt === undefined ? undefined : retryAt - this.options.now();
    const autoRetry: 'online' | 'timer' | 'none' =
      wait !== undefined && wait <= this.options.maxAutoRetryMs
        ? 'timer'
        : isRetryable(kind) && kind !== 'rate-limited'
          ? 'online'
          : 'none';
    return {
      phase: 'failed',
      kind,
      attempt,
      ...(status === undefined ? {} : { status }),
      ...(retryAt === undefined ? {} : { retryAt }),
      autoRetry,
    };
  }
}
