// `npm start`: the Dauys demo on the embedded database.
//
//   1. builds the packages and the CDN bundles (skipped when every output is newer than every
//      source; --build forces it, --no-build skips it),
//   2. seeds ./.dauys-data on first run with clearly marked sample events (all 20 regions) and
//      the sample FAQ (demo/data/faq.json), through the hub's own CLI,
//   3. starts the hub on 127.0.0.1:8787 serving the first partner site (demo/partner) and /cdn/,
//   4. starts a second partner site (demo/partner2) on 127.0.0.1:8788, a different origin that
//      embeds the widgets from the hub,
//   5. prints the addresses and this run's admin token; Ctrl-C stops both and exits 0.
//
// Options (flags win over environment):
//   --port N            hub port (PORT, default 8787)
//   --partner2-port N   second site's port (DAUYS_PARTNER2_PORT, default: hub port + 1)
//   --data-dir DIR      data folder (DAUYS_DATA_DIR, default ./.dauys-data)
//   --build / --no-build, --reseed (import the sample events and FAQ again), --events N (600),
//   --verbose (the hub's request log: ids, routes and status codes only, never personal data)
// DAUYS_ADMIN_TOKEN is used when set; otherwise a fresh token is made for this run.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';
const HUB_CLI = join(ROOT, 'packages/hub/bin/dauys-hub.js');
const CDN_DIR = join(ROOT, 'packages/widgets/cdn');
const PARTNER_DIR = join(ROOT, 'demo/partner');
const PARTNER2_DIR = join(ROOT, 'demo/partner2');
const FAQ_FILE = join(ROOT, 'demo/data/faq.json');
/** Sample events are made again (same ids, fresh dates) once the seeded ones are this old. */
const EVENTS_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

const { values: flags } = parseArgs({
  options: {
    port: { type: 'string' },
    'partner2-port': { type: 'string' },
    'data-dir': { type: 'string' },
    build: { type: 'boolean' },
    'no-build': { type: 'boolean' },
    reseed: { type: 'boolean' },
    events: { type: 'string' },
    verbose: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
});
if (flags.help) {
  const header = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\nimport ')[0];
  console.log(header.replace(/^\/\/ ?/gm, ''));
  process.exit(0);
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  fail(`Node.js 20.19 or newer is needed (22 or 24 recommended); this is ${process.version}.`);
}

const hubPort = port(flags.port ?? process.env.PORT ?? '8787', 'port');
const partner2Port = port(
  flags['partner2-port'] ?? process.env.DAUYS_PARTNER2_PORT ?? String(hubPort + 1),
  'partner2-port',
);
if (partner2Port === hubPort) fail('the hub and the second partner site need different ports.');
const eventCount = Number(flags.events ?? 600);
if (!Number.isInteger(eventCount) || eventCount < 0) fail('--events wants a whole number.');
const dataDir = resolve(ROOT, flags['data-dir'] ?? process.env.DAUYS_DATA_DIR ?? '.dauys-data');
const hubOrigin = `http://${HOST}:${hubPort}`;
const partner2Origin = `http://${HOST}:${partner2Port}`;
const adminToken = process.env.DAUYS_ADMIN_TOKEN || randomBytes(24).toString('base64url');
const tokenFromEnv = Boolean(process.env.DAUYS_ADMIN_TOKEN);
// Only the two demo sites may send signups (the hub's default is any origin).
const allowedOrigins =
  process.env.DAUYS_ALLOWED_ORIGINS ??
  [hubPort, partner2Port].flatMap((p) => [`http://${HOST}:${p}`, `http://localhost:${p}`]).join(',');

// The demo always runs on the embedded database, never on a PostgreSQL it happens to find.
const childEnv = { ...process.env };
if (childEnv.DATABASE_URL) {
  console.log('• DATABASE_URL is ignored: the demo uses the embedded database');
  delete childEnv.DATABASE_URL;
}

let stopping = false;
let hub;
let partner2;

// Fail fast (before a long build) when another program, or another demo, has either port.
for (const [which, portNumber] of [
  ['hub', hubPort],
  ['second partner site', partner2Port],
]) {
  const problem = await portProblem(portNumber);
  if (problem) {
    fail(
      `the ${which} cannot use ${HOST}:${portNumber} (${problem}). Is the demo already running? ` +
        'Choose other ports with PORT=… (the second site takes PORT+1) or --partner2-port.',
    );
  }
}

// ------------------------------------------------------------------------------------------------
// 1. Build
if (flags['no-build']) {
  console.log('• build skipped (--no-build)');
} else {
  const reason = flags.build ? 'asked with --build' : staleBuild();
  if (reason) {
    console.log(`• building (${reason}): npm run build`);
    const code = await run('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
    if (code !== 0) fail(`npm run build failed (exit ${code}); see above.`);
  } else {
    console.log('• build is up to date (--build to force)');
  }
}
for (const file of ['dauys.js', 'loader.js']) {
  if (!existsSync(join(CDN_DIR, file))) {
    fail(`packages/widgets/cdn/${file} is missing: run without --no-build (or npm run build).`);
  }
}

// ------------------------------------------------------------------------------------------------
// 2. Seed
mkdirSync(dataDir, { recursive: true });
const markerFile = join(dataDir, 'demo-seed.json');
const marker = readJson(markerFile);
const firstRun = !marker;
const eventsStale = !marker?.eventsAt || Date.now() - Date.parse(marker.eventsAt) > EVENTS_MAX_AGE_MS;
const seed = { ...marker };
if (firstRun || flags.reseed || eventsStale) {
  const now = new Date();
  let sampleEventFeed;
  try {
    ({ sampleEventFeed } = await import('@dauys/schema/sample'));
  } catch (error) {
    fail(`cannot load @dauys/schema/sample (${error.message}); run without --no-build.`);
  }
  const feed = sampleEventFeed({ count: eventCount, seed: 'dauys-demo', now });
  const file = join(dataDir, 'sample-events.json');
  writeFileSync(file, JSON.stringify(feed));
  console.log(
    `• ${firstRun ? 'seeding' : 'refreshing'} ${feed.events.length} sample events around ${now.toISOString()}`,
  );
  await hubCli(['import-events', file]);
  Object.assign(seed, { eventsAt: now.toISOString(), events: feed.events.length });
}
if (firstRun || flags.reseed) {
  console.log('• seeding the sample FAQ (demo/data/faq.json)');
  await hubCli(['import-faq', FAQ_FILE]);
  seed.faqAt = new Date().toISOString();
}
writeFileSync(markerFile, `${JSON.stringify(seed, null, 2)}\n`);

// ------------------------------------------------------------------------------------------------
// 3. Hub
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
// `npm start` runs this through `sh -c`; a signal sent to npm alone kills that shell and never
// reaches us. So when our parent goes away, stop too rather than leave the servers running.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop('parent process exited');
}, 1000).unref();

const hubArgs = [
  HUB_CLI,
  'serve',
  '--host',
  HOST,
  '--port',
  String(hubPort),
  '--data-dir',
  dataDir,
  '--cdn-dir',
  CDN_DIR,
  '--site-dir',
  PARTNER_DIR,
];
if (!flags.verbose) hubArgs.push('--quiet');
hub = spawn(process.execPath, hubArgs, {
  cwd: ROOT,
  env: { ...childEnv, DAUYS_ADMIN_TOKEN: adminToken, DAUYS_ALLOWED_ORIGINS: allowedOrigins },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let hubListening = false;
prefixLines(hub.stdout, '  hub │ ', process.stdout, (line) => {
  if (line.startsWith('dauys-hub listening on')) hubListening = true;
});
prefixLines(hub.stderr, '  hub │ ', process.stderr);
const hubExit = new Promise((resolveExit) =>
  hub.once('exit', (code, signal) => resolveExit({ code, signal })),
);
hubExit.then(({ code, signal }) => {
  if (stopping) return;
  console.error(`\nThe hub stopped unexpectedly (${signal ?? `exit ${code}`}).`);
  stopping = true;
  partner2?.close();
  process.exit(1);
});
await waitForHub();

// ------------------------------------------------------------------------------------------------
// 4. Second partner site, on its own origin
partner2 = createServer(servePartner2);
await new Promise((resolveListen) => {
  partner2.once('error', (error) => {
    console.error(`\nThe second partner site cannot listen on ${partner2Origin}: ${error.message}`);
    stop('error', 1);
  });
  partner2.listen(partner2Port, HOST, resolveListen);
});

// ------------------------------------------------------------------------------------------------
// 5. Tell the person what is where
const dataShown = relative(ROOT, dataDir).startsWith('..') ? dataDir : `./${relative(ROOT, dataDir)}`;
console.log(`
Dauys demo is running. Sample data only: ${seed.events ?? '?'} made-up events in all 20 regions and a
sample FAQ (kk, ru, en). The vote of 15 March 2026 is past, so the live countdown shows its
"ended" state; the page also shows it pinned before and during voting day.

  Partner site (on the hub)          ${hubOrigin}/          (?lang=ru, ?lang=en)
  Second partner site (cross-origin) ${partner2Origin}/
  Feeds                              ${hubOrigin}/api/v1/events   ${hubOrigin}/api/v1/faq
  CDN bundles                        ${hubOrigin}/cdn/dauys.js    ${hubOrigin}/cdn/loader.js
  Data (embedded database)           ${dataShown}

  Admin token ${tokenFromEnv ? '(DAUYS_ADMIN_TOKEN)' : '(new for this run; set DAUYS_ADMIN_TOKEN to keep one)'}:
    ${adminToken}
  Signups as CSV:
    curl -H "Authorization: Bearer ${adminToken}" ${hubOrigin}/api/v1/admin/signups.csv
    node packages/hub/bin/dauys-hub.js export-signups --data-dir ${dataShown}

Ctrl-C stops both servers.
`);

// ------------------------------------------------------------------------------------------------

function servePartner2(request, response) {
  const headers = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // The strict policy a careful partner sends: scripts and connections only from itself and
    // the hub, no inline scripts or styles anywhere.
    'Content-Security-Policy': [
      "default-src 'self'",
      `script-src 'self' ${hubOrigin}`,
      `connect-src 'self' ${hubOrigin}`,
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
      // Trusted Types too (docs/embedding.md): Lit's policy (one copy of Lit, from the loader)
      // and the site's own for the one script URL it writes.
      "require-trusted-types-for 'script'",
      'trusted-types lit-html ustaz-site',
    ].join('; '),
  };
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
    return;
  }
  const { pathname } = new URL(request.url ?? '/', partner2Origin);
  if (pathname === '/config.js') {
    // Where the hub is, for site.js (a module: no inline script needed on the page).
    const body = `// Written by scripts/start.mjs for this run.\nexport const hubOrigin = ${JSON.stringify(hubOrigin)};\n`;
    response.writeHead(200, {
      ...headers,
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
    return;
  }
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    path = '\0';
  }
  let file = resolve(PARTNER2_DIR, `.${path}`);
  if (path.includes('\0') || (file !== PARTNER2_DIR && !file.startsWith(PARTNER2_DIR + sep))) {
    response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.json': 'application/json; charset=utf-8',
  };
  response.writeHead(200, {
    ...headers,
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}

async function stop(signal, exitCode = 0) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal === 'error' ? 'Stopping' : `${signal}: stopping`} the demo…`);
  if (partner2) {
    partner2.close();
    partner2.closeAllConnections();
  }
  if (hub && hub.exitCode === null && hub.signalCode === null) {
    // On Ctrl-C the terminal already sent SIGINT to the hub too; the hub drains and exits.
    hub.kill('SIGTERM');
    const timer = setTimeout(() => hub.kill('SIGKILL'), 12_000);
    await hubExit;
    clearTimeout(timer);
  }
  console.log('Stopped.');
  process.exit(exitCode);
}

async function waitForHub() {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (hub.exitCode !== null || hub.signalCode !== null) await new Promise(() => {}); // hubExit reports
    // Our hub says so on its stdout; only then can /readyz be ours and not another program's.
    if (!hubListening) {
      await new Promise((resolveWait) => setTimeout(resolveWait, 100));
      continue;
    }
    try {
      const response = await fetch(`${hubOrigin}/readyz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
  }
  console.error(`The hub did not become ready at ${hubOrigin}/readyz within 60 s.`);
  await stop('error', 1);
}

/** Runs the hub CLI on the demo's data folder; stops the demo if it fails. */
async function hubCli(args) {
  const code = await run(process.execPath, [HUB_CLI, ...args, '--data-dir', dataDir], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (code !== 0) fail(`dauys-hub ${args[0]} failed (exit ${code}).`);
}

function run(command, args, options) {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd: ROOT, env: childEnv, ...options });
    child.once('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolveRun(127);
    });
    child.once('exit', (code, signal) => resolveRun(code ?? (signal ? 128 : 1)));
  });
}

/**
 * Why a build is needed, or '' when every output exists and is newer than every input (sources,
 * package manifests, build scripts and configs; tests and stories do not count).
 */
function staleBuild() {
  const outputs = [
    'packages/schema/dist/index.js',
    'packages/schema/dist/sample/index.js',
    'packages/widgets/dist/index.js',
    'packages/widgets/cdn/dauys.js',
    'packages/widgets/cdn/loader.js',
    'packages/widgets/cdn/integrity.json',
    'packages/hub/dist/cli-main.js',
  ].map((path) => join(ROOT, path));
  const missing = outputs.find((file) => !existsSync(file));
  if (missing) return `${relative(ROOT, missing)} is missing`;
  const oldestOutput = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  const inputs = [];
  for (const pkg of ['schema', 'widgets', 'hub']) {
    const base = join(ROOT, 'packages', pkg);
    collect(join(base, 'src'), inputs);
    collect(join(base, 'scripts'), inputs);
    for (const name of readdirSync(base)) {
      if (/^(package\.json|tsconfig.*\.json|vite.*\.(m?[jt]s)|.*\.config\.m?[jt]s)$/.test(name)) {
        inputs.push(join(base, name));
      }
    }
  }
  const newer = inputs.find((file) => statSync(file).mtimeMs > oldestOutput);
  return newer ? `${relative(ROOT, newer)} changed since the last build` : '';
}

function collect(dir, into) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') collect(path, into);
    } else if (!/\.(test|stories)\.[mc]?[jt]s$/.test(entry.name)) {
      into.push(path);
    }
  }
}

function prefixLines(stream, prefix, out, onLine = () => {}) {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop();
    for (const line of lines) {
      onLine(line);
      out.write(`${prefix}${line}\n`);
    }
  });
  stream.on('end', () => {
    if (rest) out.write(`${prefix}${rest}\n`);
  });
}

/** Why nothing can listen on the port right now ('' when it is free). */
function portProblem(portNumber) {
  return new Promise((resolvePort) => {
    const probe = createServer();
    probe.once('error', (error) => resolvePort(error.code === 'EADDRINUSE' ? 'in use' : error.message));
    probe.listen(portNumber, HOST, () => probe.close(() => resolvePort('')));
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function port(value, name) {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > 65535)
    fail(`--${name} wants a port number, not ${value}.`);
  return number;
}

function fail(message) {
  console.error(`npm start: ${message}`);
  process.exit(1);
}
