import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import cors, { type FastifyCorsOptions } from '@fastify/cors';
import {
  EVENT_TYPES,
  LOCALES,
  REGION_IDS,
  isLikelySpam,
  normaliseKzPhone,
  validateSignup,
  type EventType,
  type Locale,
  type RegionId,
} from '@dauys/schema';
import {
  canonicalJson,
  csvSeparator,
  eventFeed,
  faqFeed,
  parseBound,
  signupFilter,
  signupsCsvPieces,
  type FeedBody,
} from './feeds.js';
import { FeedCache, gzipEtag, gzipped, type CachedFeed } from './feed-cache.js';
import { importEvents, importFaq, sniffFormat, type ImportFormat } from './import.js';
import { RateLimiter, type RateLimitOptions } from './rate-limit.js';
import { sendStatic, staticRoot, matchesEtag, type StaticRoot } from './static.js';
import { openStore, type EventFilter, type HubStore } from './store.js';

export interface HubOptions {
  /** An open store; when given, the hub uses it and does not close it. */
  store?: HubStore;
  /** PostgreSQL connection string (else the embedded SQLite engine in `dataDir`). */
  databaseUrl?: string;
  /** Folder of the embedded database (default `./.dauys-data`). */
  dataDir?: string;
  /** Admin bearer token. Tokens made by `dauys-hub create-token` (hashes in the database) also work. */
  adminToken?: string;
  /** Origins allowed to POST signups from a browser; `'*'` (default) allows any. */
  allowedOrigins?: readonly string[] | '*';
  /** Per-address limit on POST /api/v1/signups (default 10 a minute); `false` turns it off. */
  rateLimit?: RateLimitOptions | false;
  /** Folder served at /cdn/ (default: the `cdn` folder of @dauys/widgets when built); `null` for none. */
  cdnDir?: string | null;
  /** Folder served at / (a demo or partner site); none by default. */
  siteDir?: string | null;
  /** Log lines (JSON, one per request: id, method, route, status, time; never personal data). */
  logger?: boolean | { level?: string; stream?: NodeJS.WritableStream };
  /** Trust X-Forwarded-For from a proxy in front (fastify's `trustProxy`: true, or a list of addresses). */
  trustProxy?: boolean | string;
  /** Cache-Control of the public feeds. */
  feedCacheControl?: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    hubStore: HubStore;
  }
}

export const SIGNUP_BODY_LIMIT = 16 * 1024;
export const ADMIN_BODY_LIMIT = 64 * 1024 * 1024;
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { max: 10, windowMs: 60_000 };
const API = '/api/v1';

/** Creates the hub: a fastify instance with every route, ready to `listen()` or `inject()`. */
export async function createHub(options: HubOptions = {}): Promise<FastifyInstance> {
  const ownsStore = !options.store;
  const store =
    options.store ?? (await openStore({ databaseUrl: options.databaseUrl, dataDir: options.dataDir }));
  const allowedOrigins = options.allowedOrigins ?? '*';
  const limiter =
    options.rateLimit === false ? null : new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const feedCacheControl = options.feedCacheControl ?? 'public, max-age=60, stale-while-revalidate=600';

  const app = Fastify({
    logger: loggerOptions(options.logger),
    // Fastify's own request lines carry the URL; ours (onResponse below) carry the route only.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: () => randomUUID(),
    trustProxy: options.trustProxy ?? false,
    bodyLimit: SIGNUP_BODY_LIMIT,
    return503OnClosing: true,
    // A slow client cannot hold a request open forever (admin uploads get a minute).
    requestTimeout: 60_000,
    forceCloseConnections: 'idle',
  });
  app.decorate('hubStore', store);
  if (ownsStore) app.addHook('onClose', async () => store.close());

  // One log line per request: ids and the route pattern only. URLs are not logged, since a query
  // may hold a phone number (the erasure route) and personal data never goes to logs.
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? '(none)',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    // Only the code goes to the log: parser messages quote the body, which is personal data.
    if (status >= 500) request.log.error({ code: error.code ?? error.name }, 'request failed');
    const code =
      status === 413
        ? 'too-large'
        : status === 415
          ? 'unsupported-media-type'
          : status === 503
            ? 'unavailable'
            : status >= 500
              ? 'internal'
              : error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError
                ? 'invalid-json'
                : 'bad-request';
    return reply.code(status).send({ error: code });
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'not-found' }));

  await app.register(cors, {
    hook: 'onRequest',
    delegator: (request, callback) => callback(null, corsFor(request.url, allowedOrigins)),
  });

  // ---------------------------------------------------------------------------------------------
  // Health
  app.get('/healthz', async (_request, reply) =>
    reply.header('Cache-Control', 'no-store').send({ status: 'ok' }),
  );
  app.get('/readyz', async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
    try {
      await store.ping();
      return reply.send({ status: 'ready', engine: store.engine });
    } catch {
      return reply.code(503).send({ status: 'unavailable', engine: store.engine });
    }
  });

  // ---------------------------------------------------------------------------------------------
  // Public feeds. Bodies are cached per process by feed revision and query, and tagged with a
  // content hash, so every hub process behind a balancer gives the same ETag for the same data.
  const feedCache = new FeedCache();
  const cachedFeed = (key: string, make: () => Promise<FeedBody>) => feedCache.get(key, make);
  const sendFeed = (request: FastifyRequest, reply: FastifyReply, feed: CachedFeed) => {
    // Feeds are large (10 MB for 50,000 events) and compress about tenfold: gzip when asked.
    const gzip = /\bgzip\b/i.test(request.headers['accept-encoding'] ?? '') && feed.body.length > 256;
    const etag = gzip ? gzipEtag(feed.etag) : feed.etag;
    const vary = reply.getHeader('vary');
    reply
      .header('ETag', etag)
      .header('Vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding')
      .header('Cache-Control', feedCacheControl)
      .header('X-Content-Type-Options', 'nosniff')
      .type('application/json; charset=utf-8');
    const ifNoneMatch = request.headers['if-none-match'];
    if (matchesEtag(ifNoneMatch, feed.etag) || matchesEtag(ifNoneMatch, gzipEtag(feed.etag))) {
      return reply.code(304).send();
    }
    if (gzip) return reply.header('Content-Encoding', 'gzip').send(gzipped(feed));
    return reply.send(feed.body);
  };

  app.get(`${API}/events`, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const regions = listParam(query.region);
    const types = listParam(query.type);
    const fromMs = parseBound(query.from, 'from');
    const toMs = parseBound(query.to, 'to');
    const bad =
      regions.find((r) => !(REGION_IDS as readonly string[]).includes(r)) !== undefined
        ? 'region'
        : types.find((t) => !(EVENT_TYPES as readonly string[]).includes(t)) !== undefined
          ? 'type'
          : Number.isNaN(fromMs)
            ? 'from'
            : Number.isNaN(toMs)
              ? 'to'
              : undefined;
    if (bad) return reply.code(400).send({ error: 'bad-query', field: bad });
    const filter: EventFilter = {
      regions: regions as RegionId[],
      types: types as EventType[],
      fromMs,
      toMs,
    };
    const { revision, updatedAt } = await store.feedRevision('events');
    const key = `events|${revision}|${updatedAt}|${JSON.stringify([regions.sort(), types.sort(), fromMs, toMs])}`;
    return sendFeed(request, reply, await cachedFeed(key, () => eventFeed(store, filter)));
  });

  app.get(`${API}/faq`, async (request, reply) => {
    const { locale } = request.query as { locale?: string };
    if (locale !== undefined && locale !== '' && !(LOCALES as readonly string[]).includes(locale)) {
      return reply.code(400).send({ error: 'bad-query', field: 'locale' });
    }
    const chosen = locale ? (locale as Locale) : undefined;
    const { revision, updatedAt } = await store.feedRevision('faq');
    if (chosen) reply.header('Content-Language', chosen);
    const feed = await cachedFeed(`faq|${revision}|${updatedAt}|${chosen ?? ''}`, () =>
      faqFeed(store, chosen),
    );
    return sendFeed(request, reply, feed);
  });

  // ---------------------------------------------------------------------------------------------
  // Signups
  app.post(
    `${API}/signups`,
    {
      bodyLimit: SIGNUP_BODY_LIMIT,
      // Before the body is read: count the request, refuse other origins and content types.
      onRequest: async (request, reply) => {
        if (limiter) {
          const wait = limiter.hit(request.ip);
          if (wait > 0)
            return reply.code(429).header('Retry-After', String(wait)).send({ error: 'rate-limited' });
        }
        const origin = request.headers.origin;
        if (origin && allowedOrigins !== '*' && !allowedOrigins.includes(origin)) {
          return reply.code(403).send({ error: 'origin-not-allowed' });
        }
        if (mediaType(request.headers['content-type']) !== 'application/json') {
          return reply.code(415).send({ error: 'unsupported-media-type' });
        }
      },
    },
    async (request, reply) => {
      reply.header('Cache-Control', 'no-store');
      const key = request.headers['idempotency-key'];
      if (typeof key !== 'string' || !/^[\x21-\x7e]{8,200}$/.test(key)) {
        return reply.code(400).send({ error: 'idempotency-key-required' });
      }
      const result = validateSignup(request.body);
      if (!result.success) return reply.code(422).send({ error: 'validation', issues: result.issues });
      const signup = result.output;
      if (isLikelySpam(signup)) {
        // Answered like a real signup so bots learn nothing; nothing is stored.
        request.log.info('signup caught by a spam trap; not stored');
        return reply.code(201).send({ id: randomUUID(), status: 'received' });
      }
      const requestHash = createHash('sha256').update(canonicalJson(request.body)).digest('hex');
      const id = randomUUID();
      const stored = await store.insertSignup({
        id,
        idempotencyKey: key,
        requestHash,
        signup,
        receivedAt: new Date().toISOString(),
      });
      if (stored.created) {
        request.log.info({ signupId: id }, 'signup stored');
        return reply.code(201).send({ id, status: 'received' });
      }
      if (stored.requestHash !== requestHash)
        return reply.code(409).send({ error: 'idempotency-key-reused' });
      return reply
        .code(200)
        .header('Idempotent-Replayed', 'true')
        .send({ id: stored.id, status: 'received' });
    },
  );

  // ---------------------------------------------------------------------------------------------
  // Admin
  await app.register(
    async (admin) => {
      // Imports arrive as the text of a JSON feed or of a CSV file: both are read as strings here.
      admin.removeContentTypeParser(['application/json', 'text/plain']);
      admin.addContentTypeParser(
        ['application/json', 'text/csv', 'text/plain', 'application/csv', 'application/vnd.ms-excel'],
        { parseAs: 'string', bodyLimit: ADMIN_BODY_LIMIT },
        (_request, body, done) => done(null, body),
      );
      admin.addHook('onRequest', async (request, reply) => {
        reply.header('Cache-Control', 'no-store');
        if (!(await isAuthorised(request.headers.authorization, options.adminToken, store))) {
          return reply
            .code(401)
            .header('WWW-Authenticate', 'Bearer realm="dauys-hub"')
            .send({ error: 'unauthorized' });
        }
      });

      admin.get('/signups.csv', async (request, reply) => {
        const query = request.query as Record<string, unknown>;
        const filter = signupFilter(query);
        if ('error' in filter) return reply.code(400).send(filter);
        const separator = csvSeparator(query.sep);
        if (!separator) return reply.code(400).send({ error: 'bad-query', field: 'sep' });
        // Streamed a page at a time; the first page is read before the headers go out, so a
        // database that fails at once still answers 500 rather than an empty 200.
        const body = await startedReadable(signupsCsvPieces(store.signupPages(filter), undefined, separator));
        const day = new Date().toISOString().slice(0, 10);
        return reply
          .type('text/csv; charset=utf-8')
          .header('Content-Disposition', `attachment; filename="dauys-signups-${day}.csv"`)
          .send(body);
      });

      const importRoute =
        (kind: 'events' | 'faq') => async (request: FastifyRequest, reply: FastifyReply) => {
          const text = typeof request.body === 'string' ? request.body : '';
          if (!text.trim()) return reply.code(400).send({ error: 'empty-body' });
          const media = mediaType(request.headers['content-type']);
          const format: ImportFormat =
            media === 'application/json' ? 'json' : media === 'text/plain' ? sniffFormat(text) : 'csv';
          const { mode = 'merge' } = request.query as { mode?: string };
          if (mode !== 'merge' && mode !== 'replace')
            return reply.code(400).send({ error: 'bad-query', field: 'mode' });
          if (kind === 'events') {
            const result = importEvents(text, format);
            if (!result.ok) return reply.code(422).send({ error: 'import', rows: result.errors });
            const revision = await store.saveEvents(result.items, mode);
            return reply.send({ imported: result.items.length, mode, ...revision });
          }
          const result = importFaq(text, format);
          if (!result.ok) return reply.code(422).send({ error: 'import', rows: result.errors });
          const revision = await store.saveFaq(result.items);
          return reply.send({ imported: result.items.length, mode: 'replace', ...revision });
        };
      admin.post('/events', importRoute('events'));
      admin.post('/faq', importRoute('faq'));

      admin.delete('/signups', async (request, reply) => {
        const query = request.query as Record<string, unknown>;
        const body = (
          typeof request.body === 'string' && request.body.trim() ? safeJson(request.body) : {}
        ) as Record<string, unknown>;
        const phoneInput = query.phone ?? body?.phone;
        const idInput = query.id ?? body?.id;
        if (typeof phoneInput === 'string' && phoneInput.trim()) {
          const phone = normaliseKzPhone(phoneInput);
          if (!phone) return reply.code(400).send({ error: 'bad-query', field: 'phone' });
          return reply.send(await store.eraseSignups({ phone }, 'admin'));
        }
        if (typeof idInput === 'string' && idInput.trim()) {
          return reply.send(await store.eraseSignups({ id: idInput.trim() }, 'admin'));
        }
        return reply.code(400).send({ error: 'bad-query', field: 'phone' });
      });

      admin.get('/audit', async () => ({ entries: await store.listAudit() }));
    },
    { prefix: `${API}/admin` },
  );

  // ---------------------------------------------------------------------------------------------
  // Static files: the CDN bundles and an optional site.
  const cdnDir = options.cdnDir === undefined ? defaultCdnDir() : options.cdnDir;
  if (cdnDir && existsSync(cdnDir)) {
    const root = await staticRoot(cdnDir, 'public, max-age=300');
    app.get('/cdn/*', async (request, reply) => serveWildcard(request, reply, root));
  }
  if (options.siteDir) {
    const root = await staticRoot(options.siteDir, 'no-cache');
    app.get('/*', async (request, reply) => serveWildcard(request, reply, root));
  } else {
    app.get('/', async () => ({ name: 'dauys-hub', api: `${API}/`, health: '/healthz' }));
  }

  return app;
}

/**
 * A byte stream of the pieces, once the first piece is there. The stream asks for the next piece
 * only when the response has room (backpressure), and stops the pieces when the client goes away.
 */
async function startedReadable(pieces: AsyncGenerator<string, void, undefined>): Promise<Readable> {
  const first = await pieces.next();
  async function* all() {
    if (first.done) return;
    yield first.value;
    yield* pieces;
  }
  return Readable.from(all(), { objectMode: false });
}

function serveWildcard(request: FastifyRequest, reply: FastifyReply, root: StaticRoot) {
  const wildcard = (request.params as { '*': string })['*'] ?? '';
  return sendStatic(request, reply, root, wildcard);
}

/** The `cdn` folder of @dauys/widgets, installed or beside this package in the workspace. */
export function defaultCdnDir(): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates: string[] = [];
  try {
    const require = createRequire(import.meta.url);
    candidates.push(join(dirname(require.resolve('@dauys/widgets/package.json')), 'cdn'));
  } catch {
    // not installed: try the workspace layout
  }
  candidates.push(resolve(here, '../../widgets/cdn'));
  return candidates.find((dir) => existsSync(dir)) ?? null;
}

function corsFor(url: string, allowedOrigins: readonly string[] | '*'): FastifyCorsOptions {
  if (url.startsWith(`${API}/admin`)) return { origin: false };
  if (url.startsWith(`${API}/signups`)) {
    return {
      // Every origin passes the preflight; the route itself answers 403 to one not on the list,
      // with this header, so the form on a site someone forgot to list can read the refusal and
      // say it is set up incorrectly, rather than see a failed connection and retry for ever.
      origin: allowedOrigins === '*' ? '*' : true,
      methods: ['POST'],
      allowedHeaders: ['Content-Type', 'Idempotency-Key'],
      exposedHeaders: ['Retry-After', 'Idempotent-Replayed'],
      maxAge: 600,
    };
  }
  // Date is exposed so that <dauys-countdown server-time> on a partner site can read the hub's clock.
  if (url.startsWith('/api/') || url.startsWith('/cdn/') || url === '/healthz') {
    return { origin: '*', methods: ['GET', 'HEAD'], exposedHeaders: ['ETag', 'Date'], maxAge: 600 };
  }
  return { origin: false };
}

function loggerOptions(logger: HubOptions['logger']) {
  if (!logger) return false;
  const config = typeof logger === 'object' ? logger : {};
  return {
    level: config.level ?? 'info',
    ...(config.stream ? { stream: config.stream } : {}),
    // Belt and braces: should anything log a request or reply object, only these fields show.
    serializers: {
      req: (request: { id?: string; method?: string; routeOptions?: { url?: string } }) => ({
        id: request.id,
        method: request.method,
        route: request.routeOptions?.url,
      }),
      res: (reply: { statusCode?: number }) => ({ status: reply.statusCode }),
      err: (error: { code?: string; name?: string }) => ({
        type: error.name ?? 'Error',
        message: error.code ?? error.name ?? 'error',
        stack: '',
      }),
    },
  };
}

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0].trim().toLowerCase();
}

function listParam(value: unknown): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values
    .flatMap((item) => String(item).split(','))
    .map((item) => item.trim())
    .filter(Boolean);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/** Hex SHA-256 of a token, as `create-token` stores it. */
export function hashToken(token: string): string {
  return sha256(token).toString('hex');
}

/**
 * Compares the presented bearer token with every accepted one through their SHA-256 hashes and
 * `timingSafeEqual`, never stopping early, so the time taken says nothing about the token.
 */
async function isAuthorised(header: string | undefined, adminToken: string | undefined, store: HubStore) {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match) return false;
  const presented = sha256(match[1]);
  const accepted = [
    ...(adminToken ? [sha256(adminToken)] : []),
    ...(await store.listAdminTokenHashes()).map((hex) => Buffer.from(hex, 'hex')),
  ];
  let ok = false;
  for (const hash of accepted) {
    if (hash.length === presented.length && timingSafeEqual(hash, presented)) ok = true;
  }
  return ok;
}
