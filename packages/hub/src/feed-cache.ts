import { gzipSync } from 'node:zlib';
import type { FeedBody } from './feeds.js';

/** A feed body with its gzip form, made once when first asked for. */
export interface CachedFeed extends FeedBody {
  gzip?: Buffer;
}

/**
 * Feed bodies of this process, keyed by feed revision and query, least recently used dropped
 * first, bounded by size (a feed of 50,000 events is about 10 MB): the data itself is always in
 * the database, so every process can rebuild any entry.
 */
export class FeedCache {
  readonly #entries = new Map<string, CachedFeed>();
  #bytes = 0;

  constructor(readonly maxBytes = 64 * 1024 * 1024) {}

  async get(key: string, make: () => Promise<FeedBody>): Promise<CachedFeed> {
    const hit = this.#entries.get(key);
    if (hit) {
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit;
    }
    const fresh: CachedFeed = await make();
    const size = FeedCache.#size(fresh);
    if (size <= this.maxBytes / 4) {
      this.#entries.set(key, fresh);
      this.#bytes += size;
      for (const [oldKey, old] of this.#entries) {
        if (this.#bytes <= this.maxBytes) break;
        this.#entries.delete(oldKey);
        this.#bytes -= FeedCache.#size(old);
      }
    }
    return fresh;
  }

  /** UTF-16 body plus room for its gzip form: a fair upper bound of what an entry holds. */
  static #size(feed: FeedBody): number {
    return feed.body.length * 2.2;
  }
}

/** The gzip form of a feed, compressed once per cached body. */
export function gzipped(feed: CachedFeed): Buffer {
  feed.gzip ??= gzipSync(feed.body, { level: 6 });
  return feed.gzip;
}

/** The ETag of the gzip representation (a different byte sequence, so a different strong tag). */
export function gzipEtag(etag: string): string {
  return etag.replace(/"$/, '-gzip"');
}
