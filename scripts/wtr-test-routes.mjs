// Real HTTP endpoints for browser tests, served by web-test-runner's dev server under
// /__test__/. Tests talk to these over the network instead of stubbing fetch.
// Each route keeps its state per `key` query parameter so tests do not disturb each other.

const counters = new Map();
const countFor = (key) => {
  const next = (counters.get(key) ?? 0) + 1;
  counters.set(key, next);
  return next;
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Routes: `/__test__/<name>` → async (ctx, url) => void. Widget tests may add their own. */
export const testRoutes = {
  // JSON body from `body` (URL-encoded), with an ETag; answers 304 to a matching If-None-Match.
  async feed(ctx, url) {
    const body = url.searchParams.get('body') ?? '{}';
    const etag = `"${url.searchParams.get('etag') ?? 'v1'}"`;
    countFor(`feed:${url.searchParams.get('key')}`);
    ctx.set('ETag', etag);
    ctx.set('Cache-Control', 'no-cache');
    if (ctx.get('If-None-Match') === etag) {
      ctx.status = 304;
      return;
    }
    ctx.type = 'application/json';
    ctx.body = body;
  },
  // Fails with `status` for the first `fail` requests of a key, then serves like `feed`.
  async flaky(ctx, url) {
    const key = url.searchParams.get('key');
    const seen = countFor(`flaky:${key}`);
    if (seen <= Number(url.searchParams.get('fail') ?? 1)) {
      ctx.status = Number(url.searchParams.get('status') ?? 503);
      ctx.body = 'unavailable';
      return;
    }
    ctx.type = 'application/json';
    ctx.body = url.searchParams.get('body') ?? '{}';
  },
  // Waits `ms` before answering.
  async slow(ctx, url) {
    await sleep(Number(url.searchParams.get('ms') ?? 2000));
    ctx.type = 'application/json';
    ctx.body = url.searchParams.get('body') ?? '{}';
  },
  // How many requests a key has seen: `/__test__/count?name=flaky:abc`.
  async count(ctx, url) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ count: counters.get(url.searchParams.get('name')) ?? 0 });
  },
  // A Date header from a clock `offset` ms away from this machine's.
  async clock(ctx, url) {
    ctx.set('Date', new Date(Date.now() + Number(url.searchParams.get('offset') ?? 0)).toUTCString());
    ctx.status = 204;
  },
};

export function testRoutesMiddleware() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__test__/')) return next();
    const route = testRoutes[ctx.path.slice('/__test__/'.length)];
    if (!route) return next();
    await route(ctx, new URL(ctx.href));
  };
}
