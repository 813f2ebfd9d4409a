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
  // Serves `body` for the first `ok` requests of a key, then fails with `status` (a feed that
  // worked and then went down: widgets show their last good copy).
  async 'fail-after'(ctx, url) {
    const seen = countFor(`fail-after:${url.searchParams.get('key')}`);
    if (seen > Number(url.searchParams.get('ok') ?? 1)) {
      ctx.status = Number(url.searchParams.get('status') ?? 503);
      ctx.body = 'unavailable';
      return;
    }
    ctx.type = 'application/json';
    ctx.body = url.searchParams.get('body') ?? '{}';
  },
  // A Date header from a clock `offset` ms away from this machine's.
  async clock(ctx, url) {
    ctx.set('Date', new Date(Date.now() + Number(url.searchParams.get('offset') ?? 0)).toUTCString());
    ctx.status = 204;
  },
};

// ——— volunteer-form: an emulation of the hub's POST /api/v1/signups contract ———
// (added by the volunteer-form widget; see docs/volunteer-form.md for the real contract)
// `POST /__test__/signups?key=K` stores signups per `key` and per Idempotency-Key:
// 201 new, 200 replay of the same body, 409 same key with another body, 400 without a key,
// 415 not JSON, 413 over 16 KiB; honeypot (`website`) or `elapsedMs` under 2000 → 201, dropped.
// Failures for the first `fail` requests of a key (default 1) with `mode`:
//   `422` (issues from `issues=field:code,field:code`), `429` (Retry-After `retryAfter` s),
//   `403` (the hub's answer to a site not in its allowed origins), `500`, `slow` (waits `ms`, then answers normally), `drop` (closes the connection).
//   `fail=all` fails every request until `GET /__test__/signup-heal?key=K` (browsers silently
//   resend a request whose reused connection dropped, so a count is not deterministic there).
// `GET /__test__/signup-records?key=K` → { requests, records: [{ key, body }], dropped }.
const signupRuns = new Map();
const signupRun = (key) => {
  let run = signupRuns.get(key);
  if (!run) {
    run = { requests: 0, byKey: new Map(), dropped: 0 };
    signupRuns.set(key, run);
  }
  return run;
};
const readBody = (req) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
Object.assign(testRoutes, {
  async signups(ctx, url) {
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.set('Access-Control-Allow-Headers', 'Content-Type, Idempotency-Key');
    ctx.set('Access-Control-Expose-Headers', 'Retry-After');
    if (ctx.method === 'OPTIONS') {
      ctx.status = 204;
      return;
    }
    if (ctx.method !== 'POST') {
      ctx.status = 405;
      return;
    }
    const run = signupRun(url.searchParams.get('key'));
    const seen = ++run.requests;
    const body = await readBody(ctx.req);
    const mode = url.searchParams.get('mode');
    const fail = url.searchParams.get('fail') ?? '1';
    const failing = mode && (fail === 'all' ? !run.healed : seen <= Number(fail));
    const json = (status, value) => {
      ctx.status = status;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(value);
    };
    if (failing && mode === 'drop') {
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    if (failing && mode === 'slow') await sleep(Number(url.searchParams.get('ms') ?? 2000));
    if (failing && mode === '500') return json(500, { error: 'internal' });
    if (failing && mode === '403') return json(403, { error: 'origin-not-allowed' });
    if (failing && mode === '429') {
      ctx.set('Retry-After', url.searchParams.get('retryAfter') ?? '1');
      return json(429, { error: 'rate-limited' });
    }
    if (failing && mode === '422') {
      const issues = (url.searchParams.get('issues') ?? 'phone:invalid-phone').split(',').map((pair) => {
        const [field, code] = pair.split(':');
        return { field, code };
      });
      return json(422, { error: 'validation', issues });
    }
    const key = ctx.get('Idempotency-Key');
    if (!key) return json(400, { error: 'idempotency-key-required' });
    if (!ctx.is('application/json')) return json(415, { error: 'unsupported-media-type' });
    if (Buffer.byteLength(body) > 16 * 1024) return json(413, { error: 'too-large' });
    let signup;
    try {
      signup = JSON.parse(body);
    } catch {
      return json(400, { error: 'invalid-json' });
    }
    const stored = run.byKey.get(key);
    if (stored) return stored.body === body ? json(200, { id: stored.id }) : json(409, { error: 'conflict' });
    const id = `s${run.byKey.size + run.dropped + 1}`;
    if ((signup.website ?? '').trim() !== '' || !(signup.elapsedMs >= 2000)) {
      run.dropped++;
      return json(201, { id });
    }
    run.byKey.set(key, { id, body });
    return json(201, { id });
  },
  async 'signup-heal'(ctx, url) {
    signupRun(url.searchParams.get('key')).healed = true;
    ctx.status = 204;
  },
  async 'signup-records'(ctx, url) {
    const run = signupRun(url.searchParams.get('key'));
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({
      requests: run.requests,
      dropped: run.dropped,
      records: [...run.byKey].map(([key, { body }]) => ({ key, body: JSON.parse(body) })),
    });
  },
});
// ——— end of volunteer-form routes ———

export function testRoutesMiddleware() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__test__/')) return next();
    const route = testRoutes[ctx.path.slice('/__test__/'.length)];
    if (!route) return next();
    await route(ctx, new URL(ctx.href));
  };
}
