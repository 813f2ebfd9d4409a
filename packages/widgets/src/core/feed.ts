export type FeedErrorKind =
  /** No connection or the server could not be reached. */
  | 'network'
  /** The server took longer than the timeout. */
  | 'timeout'
  /** The server answered with an error status. */
  | 'http'
  /** The body is not JSON or not a feed of the expected version. */
  | 'format';

/** A feed that could not be loaded, with a kind a widget can turn into a clear message. */
export class FeedError extends Error {
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FeedError';
  }

  /** Worth trying again: network trouble, timeouts, 429 and 5xx. */
  get retryable(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      (this.kind === 'http' && (this.status === 429 || (this.status ?? 0) >= 500))
    );
  }
}

export interface FeedResult<T> {
  data: T;
  /** True when the network failed and this is the last good copy. */
  stale: boolean;
  /** Why the copy is stale. */
  error?: FeedError;
}

export interface LoadFeedOptions<T> {
  /** Turns the JSON document into data; throws for a document of the wrong shape. */
  parse: (json: unknown) => T;
  timeoutMs?: number;
  /** Extra attempts after the first for retryable failures. */
  retries?: number;
  /** Delay before the first retry, doubled for each next one. */
  backoffMs?: number;
  /**
   * Keep the last good copy in sessionStorage too, so a reload during an outage still shows
   * something. Only for public feeds: never for anything holding personal data.
   */
  persist?: boolean;
  signal?: AbortSignal;
}

interface CachedFeed {
  etag?: string;
  text: string;
}

const memoryCache = new Map<string, CachedFeed & { data: unknown }>();
const STORAGE_PREFIX = 'dauys:feed:';

function readStored(url: string): CachedFeed | undefined {
  try {
    const raw = sessionStorage.getItem(STORAGE_PREFIX + url);
    return raw ? (JSON.parse(raw) as CachedFeed) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * No browser lets a page keep more than 10 MiB in sessionStorage (Chromium counts UTF-16, so
 * 5 Mi characters; Firefox and Safari allow less), so a longer feed text can never be stored:
 * skip the attempt, which would serialise the whole text once more (about 280 ms for a
 * 50,000-event feed) only to be refused.
 */
const MAX_STORED_CHARS = 5 * 1024 * 1024;

function writeStored(url: string, entry: CachedFeed): void {
  if (entry.text.length > MAX_STORED_CHARS) return;
  try {
    sessionStorage.setItem(STORAGE_PREFIX + url, JSON.stringify(entry));
  } catch {
    // Storage full or blocked (private mode, sandboxed iframe): memory still has it.
  }
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

async function fetchOnce(url: string, etag: string | undefined, timeoutMs: number, signal?: AbortSignal) {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const onAbort = () => timeout.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await fetch(url, {
      headers: { accept: 'application/json', ...(etag ? { 'if-none-match': etag } : {}) },
      credentials: 'omit',
      signal: timeout.signal,
    });
    if (response.status === 304) return { notModified: true as const };
    if (!response.ok) {
      throw new FeedError('http', `The feed answered ${response.status}.`, response.status);
    }
    const text = await response.text();
    return { notModified: false as const, text, etag: response.headers.get('etag') ?? undefined };
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (signal?.aborted) throw signal.reason;
    if (timeout.signal.aborted) {
      throw new FeedError('timeout', `The feed did not answer within ${timeoutMs} ms.`);
    }
    throw new FeedError('network', 'The feed could not be reached.');
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function parseText<T>(text: string, parse: (json: unknown) => T): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new FeedError('format', 'The feed is not valid JSON.');
  }
  try {
    return parse(json);
  } catch (error) {
    throw new FeedError('format', error instanceof Error ? error.message : String(error));
  }
}

/**
 * Loads a JSON feed: timeout, retries with backoff for passing failures, conditional requests
 * with the ETag of the last copy, and the last good copy (memory, then sessionStorage) when
 * the network fails. Throws a FeedError only when there is nothing to show.
 */
export async function loadFeed<T>(url: string, options: LoadFeedOptions<T>): Promise<FeedResult<T>> {
  const { parse, timeoutMs = 10_000, retries = 2, backoffMs = 400, persist = true, signal } = options;
  const absolute = new URL(url, document.baseURI).href;
  const remembered = memoryCache.get(absolute);
  const stored = remembered ?? (persist ? readStored(absolute) : undefined);

  let lastError: FeedError | undefined;
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await sleep(backoffMs * 2 ** (attempt - 1), signal);
    try {
      const answer = await fetchOnce(absolute, stored?.etag, timeoutMs, signal);
      if (answer.notModified && stored) {
        const data = remembered?.data ?? parseText(stored.text, parse);
        return { data: data as T, stale: false };
      }
      if (answer.notModified) throw new FeedError('http', 'Unexpected 304 without a copy.', 304);
      const data = parseText(answer.text, parse);
      const entry = { text: answer.text, etag: answer.etag };
      memoryCache.set(absolute, { ...entry, data });
      if (persist) writeStored(absolute, entry);
      return { data, stale: false };
    } catch (error) {
      if (!(error instanceof FeedError)) throw error;
      lastError = error;
      if (!error.retryable) break;
    }
  }
  if (stored) {
    try {
      const data = (remembered?.data as T | undefined) ?? parseText(stored.text, parse);
      return { data, stale: true, error: lastError };
    } catch {
      // The stored copy is unreadable too; report the network error.
    }
  }
  throw lastError ?? new FeedError('network', 'The feed could not be loaded.');
}

/** Forgets every cached copy (tests; a page that wants a hard refresh). */
export function clearFeedCache(): void {
  memoryCache.clear();
  try {
    for (const key of Object.keys(sessionStorage)) {
      if (key.startsWith(STORAGE_PREFIX)) sessionStorage.removeItem(key);
    }
  } catch {
    // No storage: nothing to clear.
  }
}
