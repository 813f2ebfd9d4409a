// Runs `dauys-hub serve` in a child process (its own event loop, as in production), on a free
// loopback port, and waits until /readyz answers.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * @param {{ rootDir: string, args?: string[], env?: Record<string,string>, port?: number }} options
 * @returns {Promise<{ origin: string, port: number, child: import('node:child_process').ChildProcess, output: () => string, stop: () => Promise<void> }>}
 */
export async function startHubProcess({ rootDir, args = [], env = {}, port }) {
  port ??= await freePort();
  const cli = join(rootDir, 'packages/hub/src/cli-main.ts');
  const child = spawn(
    process.execPath,
    [
      '--conditions=dauys-source',
      '--import',
      'tsx',
      cli,
      'serve',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--quiet',
      ...args,
    ],
    { cwd: rootDir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const gone = await Promise.race([exited, new Promise((r) => setTimeout(() => r(undefined), 200))]);
    if (gone)
      throw new Error(
        `dauys-hub exited (${gone.signal ?? gone.code}) before it was ready: ${output.trim().slice(-400)}`,
      );
    try {
      const response = await fetch(`${origin}/readyz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`dauys-hub not ready within 60 s: ${output.trim().slice(-400)}`);
    }
  }
  return {
    origin,
    port,
    child,
    exited,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
