import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chownSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * A real PostgreSQL for the tests, never a mock: `DATABASE_URL` when it is set, else a throwaway
 * cluster of Debian's PostgreSQL in a temporary folder on 127.0.0.1 and a free port, removed by
 * `stop()`. When the binaries are missing and we are root with apt-get, `postgresql` is installed
 * first (a one-line notice says so). As root the server runs as the `postgres` user.
 *
 * The cluster is for tests only: fsync is off to keep it fast.
 */
export interface TestPostgres {
  url: string;
  /** True for a server we did not start (DATABASE_URL): stop() then leaves it running. */
  external: boolean;
  stop(): Promise<void>;
}

const isRoot = () => process.getuid?.() === 0;

function findBinDir(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter(
      (name) =>
        existsSync(join(base, name, 'bin', 'initdb')) && existsSync(join(base, name, 'bin', 'pg_ctl')),
    )
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : undefined;
}

function installPostgres(): void {
  if (!isRoot() || spawnSync('sh', ['-c', 'command -v apt-get']).status !== 0) {
    throw new Error(
      'PostgreSQL binaries not found (/usr/lib/postgresql/*/bin) and cannot install them: set DATABASE_URL or install the postgresql package',
    );
  }
  console.error('[hub tests] PostgreSQL not found: installing the Debian package `postgresql` (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'postgresql'], {
      env,
      stdio: 'ignore',
    });
  if (install().status !== 0) {
    spawnSync('apt-get', ['update', '-q'], { env, stdio: 'ignore' });
    if (install().status !== 0) throw new Error('apt-get install postgresql failed');
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startTestPostgres(): Promise<TestPostgres> {
  if (process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, external: true, stop: async () => {} };
  let bin = findBinDir();
  if (!bin) {
    installPostgres();
    bin = findBinDir();
    if (!bin) throw new Error('postgresql installed but initdb/pg_ctl not found');
  }
  const root = mkdtempSync(join(tmpdir(), 'dauys-pg-'));
  const data = join(root, 'data');
  const asOwner = (command: string, args: string[]) => {
    const [file, fullArgs] = isRoot()
      ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
      : [command, args];
    execFileSync(file, fullArgs, { stdio: 'pipe' });
  };
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(root, uid, gid);
  }
  asOwner(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--no-locale',
    '-N',
  ]);
  const port = await freePort();
  const serverOptions = [
    `-p ${port}`,
    `-k ${root}`,
    '-c listen_addresses=127.0.0.1',
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
  ].join(' ');
  asOwner(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    join(root, 'server.log'),
    '-o',
    serverOptions,
    '-w',
    '-t',
    '60',
    'start',
  ]);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    try {
      asOwner(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };
  // A test run that ends abruptly (Ctrl-C, the runner's SIGTERM) still takes its server along.
  const abandon = () => {
    if (stopped) return;
    stopped = true;
    try {
      asOwner(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      rmSync(root, { recursive: true, force: true });
    } catch {
      // best effort on an abrupt exit
    }
  };
  process.once('exit', abandon);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGPIPE'] as const) {
    process.once(signal, () => {
      abandon();
      process.exit(
        128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : signal === 'SIGHUP' ? 1 : 13),
      );
    });
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, external: false, stop };
}

/** A new schema name for one test hub, so tests never see each other's rows. */
export function freshSchemaName(): string {
  return `dauys_test_${randomBytes(6).toString('hex')}`;
}

/** Creates a test schema, so a child process given only `?options=-c search_path=…` finds it. */
export async function createSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  } finally {
    await client.end();
  }
}

/** Drops a test schema (used against an external DATABASE_URL; a throwaway cluster just goes). */
export async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
