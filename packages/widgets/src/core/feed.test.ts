import { expect } from '@open-wc/testing';
import { clearFeedCache, FeedError, loadFeed } from './feed.js';

const parse = (json: unknown) => {
  if (typeof json !== 'object' || json === null || !('version' in json)) {
    throw new Error('not a v1 feed');
  }
  return json as { version: number; items?: string[] };
};
let key = 0;
const route = (name: string, params: Record<string, string>) =>
  `/__test__/${name}?${new URLSearchParams({ key: `k${Date.now()}-${key++}`, ...params })}`;
const count = async (name: string) =>
  (await (await fetch(`/__test__/count?name=${encodeURIComponent(name)}`)).json()).count as number;

describe('feed loading', () => {
  afterEach(() => clearFeedCache());

  it('loads and parses a feed, then revalidates with its ETag', async () => {
    const url = route('feed', { body: '{"version":1,"items":["a"]}', etag: 'abc' });
    const first = await loadFeed(url, { parse });
    expect(first).to.deep.equal({ data: { version: 1, items: ['a'] }, stale: false });
    const second = await loadFeed(url, { parse });
    expect(second.data).to.deep.equal({ version: 1, items: ['a'] });
    expect(sessionStorage.getItem(`dauys:feed:${new URL(url, location.href).href}`)).to.contain('abc');
  });

  it('retries passing server errors with backoff', async () => {
    const url = route('flaky', { fail: '2', status: '503', body: '{"version":1}' });
    const result = await loadFeed(url, { parse, backoffMs: 10 });
    expect(result.data).to.deep.equal({ version: 1 });
    expect(await count(`flaky:${new URL(url, location.href).searchParams.get('key')}`)).to.equal(3);
  });

  it('does not retry a 410 Gone and says it is an http error', async () => {
    const error = await loadFeed(route('flaky', { fail: '9', status: '410' }), {
      parse,
      backoffMs: 10,
    }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).kind).to.equal('http');
    expect((error as FeedError).status).to.equal(410);
    expect((error as FeedError).retryable).to.equal(false);
  });

  it('times out a slow server', async () => {
    const error = await loadFeed(route('slow', { ms: '1500', body: '{"version":1}' }), {
      parse,
      timeoutMs: 200,
      retries: 0,
    }).catch((e: unknown) => e);
    expect((error as FeedError).kind).to.equal('timeout');
  });

  it('rejects a document of the wrong shape as a format error', async () => {
    const error = await loadFeed(route('feed', { body: '{"nope":true}' }), { parse }).catch(
      (e: unknown) => e,
    );
    expect((error as FeedError).kind).to.equal('format');
    const notJson = await loadFeed(route('feed', { body: '<html>' }), { parse }).catch((e: unknown) => e);
    expect((notJson as FeedError).kind).to.equal('format');
  });

  it('shows the last good copy, marked stale, when the network fails later', async () => {
    const key = `stale-${Date.now()}`;
    const good = `/__test__/flaky?key=${key}&fail=0&body=${encodeURIComponent('{"version":1}')}`;
    await loadFeed(good, { parse });
    // Same URL, now failing: the flaky route fails the first `fail` requests of a new key,
    // so point a second loader at a URL whose cached copy exists in sessionStorage.
    const cachedKey = `dauys:feed:${new URL(good, location.href).href}`;
    const failing = `/__test__/flaky?key=${key}-down&fail=9&body=x`;
    sessionStorage.setItem(
      `dauys:feed:${new URL(failing, location.href).href}`,
      sessionStorage.getItem(cachedKey)!,
    );
    const result = await loadFeed(failing, { parse, backoffMs: 5, retries: 1 });
    expect(result.stale).to.equal(true);
    expect(result.data).to.deep.equal({ version: 1 });
    expect(result.error?.kind).to.equal('http');
  });
});
