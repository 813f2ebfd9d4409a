import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { EVENT_STATUSES, EVENT_TYPES, LOCALES, REGION_IDS } from '@dauys/schema';
import { csvSeparator, eventFeed, faqFeed, parseBound, signupFilter, signupsCsvPieces } from './feeds.js';
import type { CsvSeparator } from './csv.js';
import { importEvents, importFaq, sniffFormat, type ImportRowError } from './import.js';
import { createHub, defaultCdnDir, hashToken, DEFAULT_RATE_LIMIT } from './server.js';
import { openStore, tokenFingerprint, type HubStore, type SignupFilter } from './store.js';
import { matchToken, tokenTable } from './tokens.js';

const USAGE = `dauys-hub: the Dauys server for event and FAQ feeds and volunteer signups

Usage:
  dauys-hub serve [--host 127.0.0.1] [--port 8787] [--data-dir ./.dauys-data]
                  [--cdn-dir DIR] [--site-dir DIR] [--allowed-origins a,b] [--rate-limit 10/60]
                  [--trust-proxy] [--quiet]
  dauys-hub import-events FILE [--replace]    JSON feed or CSV (merge by id; --replace: whole feed)
  dauys-hub import-faq FILE                    JSON feed or CSV (replaces the FAQ)
  dauys-hub export-signups [--out FILE] [--region ID] [--partner CODE] [--from DATE] [--to DATE]
                           [--sep comma|semicolon]   (semicolon: Excel on a Russian/Kazakh system)
  dauys-hub export-feeds DIR                   events.json, faq.json, faq.kk.json, faq.ru.json, faq.en.json
  dauys-hub purge-signups --before DATE        deletes signups received before DATE (retention; audited)
  dauys-hub create-token [--label TEXT]        prints a new admin token; stores only its hash (audited)
  dauys-hub list-tokens                        stored admin tokens: fingerprint, created, label
  dauys-hub revoke-token FINGERPRINT|LABEL     deletes one stored admin token at once (audited)

Every command takes --data-dir DIR or --database-url URL (PostgreSQL).
Environment: HOST, PORT, DAUYS_DATA_DIR, DATABASE_URL, DAUYS_ADMIN_TOKEN, DAUYS_ALLOWED_ORIGINS,
DAUYS_CDN_DIR, DAUYS_SITE_DIR, DAUYS_RATE_LIMIT (e.g. 10/60 = 10 per 60 s), DAUYS_TRUST_PROXY.`;

const OPTIONS = {
  host: { type: 'string' },
  port: { type: 'string' },
  'data-dir': { type: 'string' },
  'database-url': { type: 'string' },
  'cdn-dir': { type: 'string' },
  'site-dir': { type: 'string' },
  'allowed-origins': { type: 'string' },
  'rate-limit': { type: 'string' },
  'trust-proxy': { type: 'boolean' },
  quiet: { type: 'boolean' },
  replace: { type: 'boolean' },
  out: { type: 'string', short: 'o' },
  region: { type: 'string' },
  partner: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  sep: { type: 'string' },
  before: { type: 'string' },
  label: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Flags = ReturnType<typeof parse>['values'];
const parse = (argv: string[]) =>
  parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });

class UsageError extends Error {}

/** Where the CLI writes: the console normally; tests pass their own. */
export interface CliOutput {
  /** Lines for the operator (stdout). */
  info(text: string): void;
  /** Problems (stderr). */
  error(text: string): void;
  /**
   * Raw data such as a CSV export (stdout, no newline added). May return a promise that settles
   * when there is room for more: the CLI waits for it before writing the next piece.
   */
  write(text: string): void | Promise<void>;
}

const consoleOutput: CliOutput = {
  info: (text) => console.info(text),
  error: (text) => console.error(text),
  // Backpressure: when stdout's buffer is full (a slow pipe), wait for 'drain' (rejects on EPIPE).
  write: (text) => (process.stdout.write(text) ? undefined : once(process.stdout, 'drain').then(() => {})),
};

let io: CliOutput = consoleOutput;

export async function main(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  output: CliOutput = consoleOutput,
): Promise<number> {
  io = output;
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values: flags, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (flags.help || !command) {
    io.info(USAGE);
    return command || flags.help ? 0 : 2;
  }
  try {
    switch (command) {
      case 'serve':
        return await serve(flags, env);
      // Arguments are checked before the store opens: a usage error creates no data folder.
      case 'import-events':
      case 'import-faq': {
        const file = need(rest[0], 'FILE');
        return await withStore(flags, env, (store) => runImport(store, command, file, flags));
      }
      case 'export-signups': {
        const filter = exportFilter(flags);
        const separator = csvSeparator(flags.sep);
        if (!separator) throw new UsageError(`--sep wants comma or semicolon, not ${flags.sep}`);
        return await withStore(flags, env, (store) => exportSignups(store, filter, flags.out, separator));
      }
      case 'export-feeds': {
        const dir = need(rest[0], 'DIR');
        return await withStore(flags, env, (store) => exportFeeds(store, dir));
      }
      case 'purge-signups': {
        const before = purgeBefore(flags);
        return await withStore(flags, env, (store) => purgeSignups(store, before));
      }
      case 'create-token':
        return await withStore(flags, env, (store) => createToken(store, flags));
      case 'list-tokens':
        return await withStore(flags, env, (store) => listTokens(store));
      case 'revoke-token': {
        const query = need(rest[0], 'FINGERPRINT|LABEL');
        return await withStore(flags, env, (store) => revokeToken(store, query));
      }
      default:
        throw new UsageError(`unknown command: ${command}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.error(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    io.error(`dauys-hub: ${(error as Error).message}`);
    return 1;
  }
}

function need(value: string | undefined, name: string): string {
  if (!value) throw new UsageError(`missing ${name}`);
  return value;
}

function storeOptions(flags: Flags, env: NodeJS.ProcessEnv) {
  const databaseUrl = flags['database-url'] ?? env.DATABASE_URL ?? undefined;
  return {
    databaseUrl: databaseUrl || undefined,
    dataDir: flags['data-dir'] ?? env.DAUYS_DATA_DIR ?? './.dauys-data',
  };
}

async function withStore(flags: Flags, env: NodeJS.ProcessEnv, work: (store: HubStore) => Promise<number>) {
  const store = await openStore(storeOptions(flags, env));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

function parseRateLimit(value: string | undefined) {
  if (value === undefined || value === '') return DEFAULT_RATE_LIMIT;
  if (value === 'off') return false as const;
  const match = /^(\d+)\/(\d+)$/.exec(value);
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
    throw new UsageError(`--rate-limit wants REQUESTS/SECONDS (e.g. 10/60) or "off", not ${value}`);
  }
  return { max: Number(match[1]), windowMs: Number(match[2]) * 1000 };
}

async function serve(flags: Flags, env: NodeJS.ProcessEnv): Promise<number> {
  const host = flags.host ?? env.HOST ?? '127.0.0.1';
  const port = Number(flags.port ?? env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`bad port: ${flags.port ?? env.PORT}`);
  const origins = (flags['allowed-origins'] ?? env.DAUYS_ALLOWED_ORIGINS ?? '').trim();
  const allowedOrigins =
    origins === '' || origins === '*' ? ('*' as const) : origins.split(/[\s,]+/).filter(Boolean);
  const rateLimit = parseRateLimit(flags['rate-limit'] ?? env.DAUYS_RATE_LIMIT);
  const cdnFlag = flags['cdn-dir'] ?? env.DAUYS_CDN_DIR;
  const cdnDir = cdnFlag ? resolve(cdnFlag) : defaultCdnDir();
  const siteFlag = flags['site-dir'] ?? env.DAUYS_SITE_DIR;
  const siteDir = siteFlag ? resolve(siteFlag) : null;
  const adminToken = env.DAUYS_ADMIN_TOKEN || undefined;
  const trustProxy =
    flags['trust-proxy'] || env.DAUYS_TRUST_PROXY === '1' || env.DAUYS_TRUST_PROXY === 'true';

  const store = await openStore(storeOptions(flags, env));
  const app = await createHub({
    store,
    adminToken,
    allowedOrigins,
    rateLimit,
    cdnDir,
    siteDir,
    trustProxy,
    logger: flags.quiet ? false : { level: 'info' },
  });
  app.addHook('onClose', async () => store.close());
  const tokens = (await store.listAdminTokenHashes()).length;

  let address: string;
  try {
    address = await app.listen({ host, port });
  } catch (error) {
    await app.close();
    throw error;
  }
  // Configuration, without secrets, on stderr-free stdout so a supervisor's log shows it.
  io.info(
    [
      `dauys-hub listening on ${address}`,
      `  storage          ${store.engine} ${store.location}`,
      `  admin token      ${adminToken ? 'DAUYS_ADMIN_TOKEN set' : 'DAUYS_ADMIN_TOKEN not set'}; ${tokens} stored token(s)${!adminToken && !tokens ? ' (admin routes refuse every request: set DAUYS_ADMIN_TOKEN or run create-token)' : ''}`,
      `  allowed origins  ${allowedOrigins === '*' ? '* (any)' : allowedOrigins.join(', ')}`,
      `  rate limit       ${rateLimit ? `${rateLimit.max} signups per ${rateLimit.windowMs / 1000} s per address (per process)` : 'off'}`,
      `  trust proxy      ${trustProxy ? 'yes' : 'no'}`,
      `  cdn              ${cdnDir ?? '(none)'}`,
      `  site             ${siteDir ?? '(none)'}`,
    ].join('\n'),
  );

  // Graceful shutdown: stop accepting, let requests in flight finish, close the database.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    io.info(`dauys-hub: ${signal}, draining requests and closing the database`);
    const force = setTimeout(() => {
      io.error('dauys-hub: requests did not finish in 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  return new Promise<number>(() => {}); // runs until a signal
}

async function runImport(store: HubStore, command: string, file: string, flags: Flags): Promise<number> {
  const text = await readFile(file, 'utf8');
  const format = /\.csv$/i.test(file) ? 'csv' : /\.json$/i.test(file) ? 'json' : sniffFormat(text);
  if (command === 'import-events') {
    const result = importEvents(text, format);
    if (!result.ok) return reportImportErrors(file, result.errors);
    const mode = flags.replace ? 'replace' : 'merge';
    const revision = await store.saveEvents(result.items, mode);
    io.info(
      `imported ${result.items.length} events from ${file} (${mode}; feed revision ${revision.revision})`,
    );
    return 0;
  }
  const result = importFaq(text, format);
  if (!result.ok) return reportImportErrors(file, result.errors);
  const revision = await store.saveFaq(result.items);
  io.info(`imported ${result.items.length} FAQ entries from ${file} (feed revision ${revision.revision})`);
  return 0;
}

function reportImportErrors(file: string, errors: ImportRowError[]): number {
  io.error(`${file}: nothing imported; fix these rows and run again:`);
  for (const error of errors) {
    const issues = error.issues.map((issue) => `${issue.field || '(row)'}: ${issue.code}`).join(', ');
    io.error(`  row ${error.row}${error.id ? ` (${error.id})` : ''}: ${issues}`);
  }
  for (const hint of importHints(errors)) io.error(`  hint: ${hint}`);
  return 1;
}

/** What to do about the problems people meet most with a sheet saved as CSV, once each. */
function importHints(errors: ImportRowError[]): Set<string> {
  const hints = new Set<string>();
  for (const { field, code } of errors.flatMap((error) => error.issues)) {
    if (code === 'not-utf8')
      hints.add(
        'the file is not UTF-8 (Excel\'s plain "CSV" is Windows-1251): save it as "CSV UTF-8" (LibreOffice: character set "Unicode (UTF-8)") and import again',
      );
    else if (code === 'invalid-date')
      hints.add('times are ISO 8601 with an offset, e.g. 2026-03-01T18:00:00+05:00');
    else if (code === 'invalid-region') hints.add(`region ids: ${REGION_IDS.join(', ')}`);
    else if (field === 'type' && code === 'invalid') hints.add(`type is one of ${EVENT_TYPES.join(', ')}`);
    else if (field === 'status' && code === 'invalid')
      hints.add(`status is one of ${EVENT_STATUSES.join(', ')}`);
    else if (code === 'unknown-column')
      hints.add('column names are listed under "CSV columns for imports" in docs/hub.md');
  }
  return hints;
}

function exportFilter(flags: Flags): SignupFilter {
  const filter = signupFilter(flags);
  if (!('error' in filter)) return filter;
  throw new UsageError(
    filter.field === 'region'
      ? `unknown region: ${flags.region} (region ids: ${REGION_IDS.join(', ')})`
      : `--${filter.field} wants a date (2026-03-01) or an ISO time with offset`,
  );
}

async function exportSignups(
  store: HubStore,
  filter: SignupFilter,
  out: string | undefined,
  separator: CsvSeparator,
): Promise<number> {
  // A page of signups at a time, written before the next is read: memory stays flat.
  let count = 0;
  const pieces = signupsCsvPieces(store.signupPages(filter), (rows) => (count += rows), separator);
  if (out) {
    try {
      await pipeline(Readable.from(pieces, { objectMode: false }), createWriteStream(out, { mode: 0o600 }));
    } catch (error) {
      // No half export that looks whole.
      await rm(out, { force: true });
      throw error;
    }
    io.info(`wrote ${count} signups to ${out}`);
  } else {
    for await (const piece of pieces) await io.write(piece);
  }
  return 0;
}

/** The instant `purge-signups --before` names, as UTC ISO. */
function purgeBefore(flags: Flags): string {
  const before = parseBound(flags.before, 'from');
  if (before === undefined || Number.isNaN(before)) {
    throw new UsageError(
      'purge-signups wants --before DATE (2026-04-15, taken as 00:00 in UTC+5) or an ISO time',
    );
  }
  return new Date(before).toISOString();
}

async function purgeSignups(store: HubStore, receivedBefore: string): Promise<number> {
  const { deleted, auditId } = await store.eraseSignups({ receivedBefore }, 'cli');
  io.info(`deleted ${deleted} signups received before ${receivedBefore} (audit entry ${auditId})`);
  return 0;
}

async function exportFeeds(store: HubStore, dir: string): Promise<number> {
  await mkdir(dir, { recursive: true });
  const files: [string, string][] = [
    ['events.json', (await eventFeed(store)).body],
    ['faq.json', (await faqFeed(store)).body],
  ];
  for (const locale of LOCALES) files.push([`faq.${locale}.json`, (await faqFeed(store, locale)).body]);
  for (const [name, body] of files) await writeFile(join(dir, name), body);
  io.info(`wrote ${files.map(([name]) => name).join(', ')} to ${resolve(dir)}`);
  return 0;
}

async function createToken(store: HubStore, flags: Flags): Promise<number> {
  const token = randomBytes(32).toString('base64url');
  const hash = hashToken(token);
  await store.addAdminTokenHash(hash, flags.label ?? `created ${new Date().toISOString()}`);
  io.info(
    `${token}\n\nA new admin token (fingerprint ${tokenFingerprint(hash)}). Only its SHA-256 hash was stored (${store.engine}); this is the one time it is shown.\nUse it as: Authorization: Bearer <token>\nRevoke it with: dauys-hub revoke-token ${tokenFingerprint(hash)}`,
  );
  return 0;
}

async function listTokens(store: HubStore): Promise<number> {
  const tokens = await store.listAdminTokens();
  io.info(
    tokens.length
      ? tokenTable(tokens)
      : 'No stored admin tokens (create one with dauys-hub create-token). DAUYS_ADMIN_TOKEN, when a hub has it, is not stored and not listed.',
  );
  return 0;
}

async function revokeToken(store: HubStore, query: string): Promise<number> {
  const match = matchToken(await store.listAdminTokens(), query);
  if (match.kind === 'none') {
    io.error(
      `dauys-hub: no stored admin token has the fingerprint or label "${query}"; nothing revoked (see dauys-hub list-tokens)`,
    );
    return 1;
  }
  if (match.kind === 'ambiguous') {
    io.error(
      `dauys-hub: "${query}" matches ${match.candidates.length} tokens; nothing revoked. Name one by its fingerprint:\n${tokenTable(match.candidates)}`,
    );
    return 1;
  }
  const fingerprint = tokenFingerprint(match.token.hash);
  if (!(await store.revokeAdminToken(match.token.hash, 'cli', match.selector))) {
    io.error(`dauys-hub: token ${fingerprint} was revoked meanwhile; nothing to do`);
    return 1;
  }
  io.info(
    `revoked admin token ${fingerprint} (${JSON.stringify(match.token.label)}); running hubs refuse it from their next request`,
  );
  return 0;
}
