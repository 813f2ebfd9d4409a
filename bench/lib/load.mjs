// A bounded HTTP load generator for the hub: a fixed number of POST /api/v1/signups with
// concurrency N over keep-alive connections, each with a unique Idempotency-Key and a valid
// signup body (elapsedMs ≥ 2000, so the spam trap does not drop it). Records status and
// latency of every request.
import { Agent, request } from 'node:http';
import { randomUUID } from 'node:crypto';

let sequence = 0;
const REGIONS = ['almaty', 'astana', 'shymkent', 'karaganda', 'turkistan', 'aktobe'];

/** A valid v1 signup with a phone number of its own (+7 70X XXX XX XX). */
export function signupBody(index = (sequence += 1)) {
  return {
    name: `Bench Volunteer ${index}`,
    phone: `+770${String(index % 1e8).padStart(8, '0')}`,
    region: REGIONS[index % REGIONS.length],
    activities: ['events'],
    languages: ['kk'],
    adult: true,
    consent: { personalData: true, textVersion: 'bench-2026-11', newsletter: false },
    partner: 'bench',
    source: { page: 'https://partner.example/join' },
    locale: 'kk',
    website: '',
    elapsedMs: 5_000,
  };
}

/** POSTs one JSON body; resolves `{ status, ms }` or `{ status: 0, error, ms }` on a socket error. */
export function post(origin, path, body, headers, agent) {
  const payload = Buffer.from(JSON.stringify(body));
  const url = new URL(path, origin);
  const started = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': payload.length, ...headers },
        timeout: 30_000,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: elapsed() }));
        res.on('error', (error) => resolve({ status: 0, error: error.code ?? error.message, ms: elapsed() }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error) => resolve({ status: 0, error: error.code ?? error.message, ms: elapsed() }));
    req.end(payload);
  });
}

/**
 * Sends `total` signups with `concurrency` in flight. `shouldStop()` is checked before each
 * request (the kill test stops issuing after the server died). Returns every result with its
 * key and phone, plus the wall time.
 */
export async function runSignupLoad(origin, { total, concurrency, shouldStop = () => false, onResult } = {}) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const results = [];
  let issued = 0;
  const started = process.hrtime.bigint();
  const worker = async () => {
    while (issued < total && !shouldStop()) {
      issued += 1;
      const body = signupBody();
      const key = randomUUID();
      const result = await post(origin, '/api/v1/signups', body, { 'idempotency-key': key }, agent);
      const record = { ...result, key, phone: body.phone };
      results.push(record);
      onResult?.(record);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  return { results, seconds };
}
