// Section 4, hub: signups per second and p50/p99 latency on loopback, for the embedded engine
// (SQLite) and PostgreSQL, with a bounded load generator (fixed request count, concurrency N).
// The hub runs as `dauys-hub serve` in its own process with the per-address rate limit off
// (`--rate-limit off`: every request comes from 127.0.0.1, so the limiter would answer 429 to
// nearly all of them; the limiter itself is tested in the hub's tests).
// Then the kill -9 check: SIGKILL the hub on SQLite in the middle of a load, restart it on the
// same data, and verify that every request answered 201 is stored (accepted = stored).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quantile, summarise } from '../lib/stats.mjs';
import { runSignupLoad } from '../lib/load.mjs';
import { startHubProcess } from '../lib/hub-process.mjs';

const ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef0123';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const LOAD = { total: 2_000, concurrency: 16, warmup: 200 };

async function loadRows(ctx, engine, hub) {
  await runSignupLoad(hub.origin, { total: LOAD.warmup, concurrency: LOAD.concurrency });
  const rates = [];
  const p50 = [];
  const p99 = [];
  const statuses = new Map();
  for (let run = 0; run < ctx.runs.hub; run += 1) {
    const { results, seconds } = await runSignupLoad(hub.origin, LOAD);
    for (const r of results) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    const ok = results.filter((r) => r.status === 201);
    const latencies = ok.map((r) => r.ms);
    rates.push(ok.length / seconds);
    p50.push(quantile(latencies, 0.5));
    p99.push(quantile(latencies, 0.99));
    ctx.log(
      `hub ${engine}: run ${run + 1}/${ctx.runs.hub}: ${ok.length}/${results.length} answered 201 in ${seconds.toFixed(1)} s`,
    );
  }
  const notes = [...statuses].filter(([status]) => status !== 201);
  const label = `${engine} (${LOAD.total} signups, ${LOAD.concurrency} in flight)`;
  return {
    rows: [
      { section: 'hub', metric: `${label}: signups/s`, unit: '/s', ...summarise(rates) },
      { section: 'hub', metric: `${label}: p50 latency`, unit: 'ms', ...summarise(p50) },
      { section: 'hub', metric: `${label}: p99 latency`, unit: 'ms', ...summarise(p99) },
    ],
    skipped: notes.length
      ? [
          `hub ${engine}: not every answer was 201: ${notes.map(([s, n]) => `${n}× ${s || 'socket error'}`).join(', ')}`,
        ]
      : [],
  };
}

/** kill -9 under load, on SQLite: accepted (201) must equal stored after a restart. */
async function killCheck(ctx) {
  const dataDir = mkdtempSync(join(tmpdir(), 'dauys-bench-kill-'));
  const args = ['--data-dir', dataDir, '--rate-limit', 'off', '--cdn-dir', dataDir];
  const env = { DAUYS_ADMIN_TOKEN: ADMIN_TOKEN };
  try {
    const first = await startHubProcess({ rootDir: ctx.rootDir, args, env });
    let killedAt;
    let accepted = 0;
    const load = runSignupLoad(first.origin, {
      total: 20_000,
      concurrency: 16,
      shouldStop: () => killedAt !== undefined,
      onResult: (r) => {
        if (r.status === 201) accepted += 1;
      },
    });
    // Kill once the hub is busy: after 400 accepted signups (or 5 s), mid-flight.
    const start = Date.now();
    while (accepted < 400 && Date.now() - start < 5_000) await sleep(10);
    first.child.kill('SIGKILL');
    killedAt = Date.now();
    const { results } = await load;
    await first.exited;

    const second = await startHubProcess({ rootDir: ctx.rootDir, args, env });
    let csv;
    try {
      const response = await fetch(`${second.origin}/api/v1/admin/signups.csv`, {
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      if (!response.ok) throw new Error(`admin export answered ${response.status}`);
      csv = await response.text();
    } finally {
      await second.stop();
    }
    const { parseCsv } = await import('../../packages/hub/src/csv.ts');
    const [header, ...records] = parseCsv(csv.replace(/^\uFEFF/, ''));
    const phoneColumn = header.findIndex((name) => /phone|телефон/i.test(name));
    if (phoneColumn < 0) throw new Error(`no phone column in the export (columns: ${header.join(', ')})`);
    const stored = new Set(records.map((row) => `+${(row[phoneColumn] ?? '').replace(/\D/g, '')}`));
    const acceptedPhones = results.filter((r) => r.status === 201).map((r) => r.phone);
    const lost = acceptedPhones.filter((phone) => !stored.has(phone));
    const unanswered = results.filter((r) => r.status === 0).length;
    const extra = stored.size - acceptedPhones.length;
    const line =
      `kill -9 under load (SQLite): ${results.length} sent, ${acceptedPhones.length} answered 201, ` +
      `${unanswered} cut off by the kill, ${stored.size} stored after restart, ` +
      `${lost.length} accepted but lost, ${Math.max(0, extra)} stored without an answer` +
      (lost.length ? ' — FAILED: accepted ≠ stored' : ' — accepted = stored');
    ctx.log(line);
    return {
      rows: [
        {
          section: 'hub',
          metric: 'kill -9 under load (SQLite): answered 201',
          unit: 'signups',
          median: acceptedPhones.length,
          min: acceptedPhones.length,
          max: acceptedPhones.length,
          runs: 1,
        },
        {
          section: 'hub',
          metric: 'kill -9 under load (SQLite): stored after restart',
          unit: 'signups',
          median: stored.size,
          min: stored.size,
          max: stored.size,
          runs: 1,
        },
        {
          section: 'hub',
          metric: 'kill -9 under load (SQLite): accepted but lost',
          unit: 'signups',
          median: lost.length,
          min: lost.length,
          max: lost.length,
          runs: 1,
        },
      ],
      notes: [line],
      failed: lost.length > 0,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchHub(ctx) {
  if (!existsSync(join(ctx.rootDir, 'packages/hub/src/cli-main.ts')))
    return {
      rows: [],
      skipped: ['hub: not available: packages/hub/src/cli-main.ts (dauys-hub) is not there yet'],
    };
  const rows = [];
  const skipped = [];
  const notes = [];
  let failed = false;

  // Embedded engine.
  const dataDir = mkdtempSync(join(tmpdir(), 'dauys-bench-hub-'));
  try {
    const hub = await startHubProcess({
      rootDir: ctx.rootDir,
      args: ['--data-dir', dataDir, '--rate-limit', 'off', '--cdn-dir', dataDir],
    });
    try {
      const result = await loadRows(ctx, 'SQLite (synchronous=FULL)', hub);
      rows.push(...result.rows);
      skipped.push(...result.skipped);
    } finally {
      await hub.stop();
    }
  } catch (error) {
    skipped.push(`hub SQLite: failed: ${error.message}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }

  // PostgreSQL: DATABASE_URL, else a throwaway cluster from the hub's test support.
  let postgres;
  try {
    const { startTestPostgres } = await import('../../packages/hub/src/testing/postgres.ts');
    postgres = await startTestPostgres();
  } catch (error) {
    skipped.push(`hub PostgreSQL: not available: ${error.message.split('\n')[0]}`);
  }
  if (postgres) {
    try {
      const hub = await startHubProcess({
        rootDir: ctx.rootDir,
        args: ['--database-url', postgres.url, '--rate-limit', 'off', '--cdn-dir', tmpdir()],
      });
      try {
        // The throwaway test cluster runs with fsync off: faster than a durable server.
        const label = postgres.external
          ? 'PostgreSQL (DATABASE_URL)'
          : 'PostgreSQL (test cluster, fsync off)';
        const result = await loadRows(ctx, label, hub);
        rows.push(...result.rows);
        skipped.push(...result.skipped);
      } finally {
        await hub.stop();
      }
    } catch (error) {
      skipped.push(`hub PostgreSQL: failed: ${error.message}`);
    } finally {
      await postgres.stop().catch(() => {});
    }
  }

  try {
    const kill = await killCheck(ctx);
    rows.push(...kill.rows);
    failed = kill.failed;
    if (kill.failed) skipped.push(kill.notes[0]);
    else notes.push(...kill.notes);
  } catch (error) {
    skipped.push(`hub kill -9 check: failed: ${error.message}`);
  }
  return { rows, skipped, notes, failed };
}
