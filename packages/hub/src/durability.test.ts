import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINES, key, newLocation, signupBody, stopPostgres } from './testing/harness.js';

after(stopPostgres);

const hubDir = join(dirname(fileURLToPath(import.meta.url)), '..');

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `dauys-hub serve` from the sources in a child process on a free port. */
async function startHub(args: string[], env: Record<string, string>): Promise<Running> {
  const child = spawn(
    process.execPath,
    [
      '--conditions=dauys-source',
      '--import',
      'tsx',
      'src/cli-main.ts',
      'serve',
      '--port',
      '0',
      '--quiet',
      '--rate-limit',
      'off',
      ...args,
    ],
    { cwd: hubDir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hub did not start:\n${output}`)), 60_000);
    const check = () => {
      const match = /listening on (http:\/\/[\d.:]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', check);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`hub exited before listening:\n${output}`));
    });
  });
  return { child, url, output: () => output, exited };
}

const post = (url: string, phone: string) =>
  fetch(`${url}/api/v1/signups`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key() },
    body: JSON.stringify(signupBody({ phone })),
  });

for (const engine of ENGINES) {
  describe(`crash durability on ${engine}`, () => {
    test('kill -9 under load loses no acknowledged signup; the hub starts again by itself', async () => {
      const location = await newLocation(engine);
      try {
        const first = await startHub(location.cli.args, location.cli.env);

        // A single signup, then kill -9 right after its 201.
        const single = await post(first.url, '+77018880000');
        assert.equal(single.status, 201);
        const singleId = ((await single.json()) as { id: string }).id;

        // Then load: 8 clients posting in a loop; kill -9 once 40 more were acknowledged.
        const acknowledged = new Set<string>([singleId]);
        let sent = 0;
        let killed = false;
        const client = async () => {
          while (!killed) {
            const phone = `+7701${String(1_000_000 + sent++).padStart(7, '0')}`;
            try {
              const response = await post(first.url, phone);
              if (response.status === 201) {
                acknowledged.add(((await response.json()) as { id: string }).id);
                if (acknowledged.size >= 41 && !killed) {
                  killed = true;
                  first.child.kill('SIGKILL');
                }
              }
            } catch {
              return; // connection reset by the kill
            }
          }
        };
        await Promise.all(Array.from({ length: 8 }, client));
        const exit = await first.exited;
        assert.equal(exit.signal, 'SIGKILL');

        // Reopened by the library: every acknowledged signup is there.
        const store = await location.open();
        const stored = new Set((await store.listSignups()).map((record) => record.id));
        await store.close();
        const lost = [...acknowledged].filter((id) => !stored.has(id));
        assert.deepEqual(lost, [], `acknowledged ${acknowledged.size}, stored ${stored.size}`);

        // And the hub starts again on the same data without anyone touching files.
        const second = await startHub(location.cli.args, location.cli.env);
        const ready = await fetch(`${second.url}/readyz`);
        assert.equal(ready.status, 200);
        assert.equal(((await ready.json()) as { status: string }).status, 'ready');
        assert.equal((await post(second.url, '+77018889999')).status, 201);

        // Graceful stop: SIGTERM drains and exits 0.
        second.child.kill('SIGTERM');
        const stopped = await second.exited;
        assert.equal(stopped.code, 0, second.output());
        assert.match(second.output(), /SIGTERM, draining requests and closing the database/);
      } finally {
        await location.cleanup();
      }
    });
  });
}
