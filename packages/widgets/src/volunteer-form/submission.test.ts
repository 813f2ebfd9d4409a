import { expect } from '@open-wc/testing';
import type { Signup } from '@dauys/schema';
import {
  classifyStatus,
  parseRetryAfter,
  readServerIssues,
  Submission,
  type SubmissionState,
} from './submission.js';

const signup = (overrides: Partial<Signup> = {}): Signup => ({
  name: 'Айгерім Сәрсенова',
  phone: '+77011234567',
  region: 'almaty',
  activities: ['online'],
  languages: ['kk'],
  adult: true,
  consent: { personalData: true, textVersion: '2026-03', newsletter: false },
  source: { page: 'https://example.kz/join' },
  locale: 'kk',
  website: '',
  elapsedMs: 5000,
  ...overrides,
});

interface Call {
  key: string | null;
  body: string;
}

/** A scripted server: each call takes the next answer (a status, 'drop' or 'hang'). */
function harness(
  answers: (
    number | 'drop' | 'hang' | { status: number; headers?: Record<string, string>; body?: unknown }
  )[],
) {
  const calls: Call[] = [];
  const states: SubmissionState[] = [];
  const timers: { fn: () => void; ms: number; cleared: boolean }[] = [];
  let online = true;
  let uuid = 0;
  let now = 1_000_000;
  const submission = new Submission({
    endpoint: 'https://hub.example.kz/api/v1/signups',
    timeoutMs: 5000,
    onChange: (state) => states.push(state),
    randomUUID: () => `key-${++uuid}`,
    now: () => now,
    isOnline: () => online,
    setTimer: (fn, ms) => {
      const timer = { fn, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => {
      (timer as { cleared: boolean }).cleared = true;
    },
    fetch: async (_url, init) => {
      calls.push({ key: new Headers(init?.headers).get('Idempotency-Key'), body: String(init?.body) });
      const answer = answers.shift() ?? 201;
      if (answer === 'drop') throw new TypeError('Failed to fetch');
      if (answer === 'hang') {
        return new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        );
      }
      const { status, headers, body } = typeof answer === 'number' ? { status: answer } : answer;
      return new Response(body === undefined ? null : JSON.stringify(body), { status, headers });
    },
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    submission,
    calls,
    states,
    timers,
    settle,
    setOnline: (value: boolean) => (online = value),
    advance: (ms: number) => (now += ms),
  };
}

describe('submission state machine (no DOM)', () => {
  it('sends once with an Idempotency-Key and ends in sent', async () => {
    const h = harness([201]);
    expect(h.submission.submit(signup())).to.equal(true);
    expect(h.submission.state.phase).to.equal('sending');
    expect(h.submission.busy).to.equal(true);
    await h.settle();
    expect(h.calls).to.have.length(1);
    expect(h.calls[0].key).to.equal('key-1');
    expect(JSON.parse(h.calls[0].body)).to.deep.equal(signup());
    expect(h.submission.state).to.deep.equal({ phase: 'sent', status: 201, replay: false, attempt: 1 });
  });

  it('ignores a second submit while sending and after success (double click)', async () => {
    const h = harness([201]);
    h.submission.submit(signup());
    expect(h.submission.submit(signup())).to.equal(false);
    await h.settle();
    expect(h.submission.submit(signup())).to.equal(false);
    expect(h.calls).to.have.length(1);
  });

  it('retries the same signup with the same key and the very same body', async () => {
    const h = harness(['drop', 503, 200]);
    h.submission.submit(signup({ elapsedMs: 4000 }));
    await h.settle();
    expect(h.submission.state).to.include({ phase: 'failed', kind: 'network', autoRetry: 'online' });
    // The person presses "send" again a little later: elapsedMs grew, but it is the same signup.
    h.submission.submit(signup({ elapsedMs: 9000 }));
    await h.settle();
    expect(h.submission.state).to.include({ phase: 'failed', kind: 'server', status: 503 });
    expect(h.submission.retry()).to.equal(true);
    await h.settle();
    expect(h.submission.state).to.deep.equal({ phase: 'sent', status: 200, replay: true, attempt: 3 });
    expect(new Set(h.calls.map((call) => call.key))).to.deep.equal(new Set(['key-1']));
    expect(new Set(h.calls.map((call) => call.body)).size).to.equal(1);
    expect(JSON.parse(h.calls[2].body).elapsedMs).to.equal(4000);
  });

  it('gives an edited signup a new key', async () => {
    const h = harness([500, 201]);
    h.submission.submit(signup());
    await h.settle();
    h.submission.submit(signup({ phone: '+77770001122' }));
    await h.settle();
    expect(h.calls.map((call) => call.key)).to.deep.equal(['key-1', 'key-2']);
  });

  it('times out with AbortController and keeps the signup for a retry', async () => {
    const h = harness(['hang', 201]);
    h.submission.submit(signup());
    const timeout = h.timers.find((timer) => timer.ms === 5000)!;
    timeout.fn();
    await h.settle();
    expect(h.submission.state).to.include({ phase: 'failed', kind: 'timeout' });
    h.submission.retry();
    await h.settle();
    expect(h.submission.state.phase).to.equal('sent');
    expect(h.calls[1].key).to.equal(h.calls[0].key);
  });

  it('does not try while offline and retries when back online', async () => {
    const h = harness([201]);
    h.setOnline(false);
    h.submission.submit(signup());
    expect(h.submission.state).to.include({ phase: 'failed', kind: 'offline', autoRetry: 'online' });
    expect(h.calls).to.have.length(0);
    h.setOnline(true);
    expect(h.submission.online()).to.equal(true);
    await h.settle();
    expect(h.submission.state.phase).to.equal('sent');
    expect(h.calls).to.have.length(1);
  });

  it('honours Retry-After on 429: no send before it, then one automatic retry', async () => {
    const h = harness([{ status: 429, headers: { 'Retry-After': '30' } }, 201]);
    h.submission.submit(signup());
    await h.settle();
    const state = h.submission.state as Extract<SubmissionState, { phase: 'failed' }>;
    expect(state).to.include({ kind: 'rate-limited', autoRetry: 'timer', status: 429 });
    expect(state.retryAt).to.equal(1_000_000 + 30_000);
    expect(h.submission.busy).to.equal(true);
    expect(h.submission.submit(signup())).to.equal(false);
    expect(h.submission.retry()).to.equal(false);
    expect(h.submission.online()).to.equal(false);
    const wait = h.timers.find((timer) => timer.ms === 30_000)!;
    h.advance(30_000);
    wait.fn();
    await h.settle();
    expect(h.submission.state.phase).to.equal('sent');
    expect(h.calls).to.have.length(2);
  });

  it('does not wait automatically for a Retry-After longer than the limit', async () => {
    const h = harness([{ status: 429, headers: { 'Retry-After': '3600' } }]);
    h.submission.submit(signup());
    await h.settle();
    expect(h.submission.state).to.include({ kind: 'rate-limited', autoRetry: 'none' });
    expect(h.timers.filter((timer) => timer.ms > 5000)).to.have.length(0);
  });

  it('reads 422 field issues and treats an unreadable 422 as a set-up problem', async () => {
    const h = harness([
      {
        status: 422,
        body: { error: 'validation', issues: [{ field: 'phone', code: 'invalid-phone' }, { field: 1 }] },
      },
      { status: 422, body: { error: 'nope' } },
    ]);
    h.submission.submit(signup());
    await h.settle();
    expect(h.submission.state).to.deep.equal({
      phase: 'invalid',
      issues: [{ field: 'phone', code: 'invalid-phone' }],
      attempt: 1,
    });
    h.submission.submit(signup({ phone: '+77011112233' }));
    await h.settle();
    expect(h.submission.state).to.include({ phase: 'failed', kind: 'rejected', autoRetry: 'none' });
  });

  it('reset starts a new signup and drops the answer of one still in flight', async () => {
    const h = harness([201, 201]);
    h.submission.submit(signup());
    h.submission.reset();
    await h.settle();
    expect(h.submission.state.phase).to.equal('idle');
    h.submission.submit(signup());
    await h.settle();
    expect(h.calls.map((call) => call.key)).to.deep.equal(['key-1', 'key-2']);
  });

  it('sends nothing while paused (campaign silence), not even a scheduled retry', async () => {
    let paused = false;
    const calls: string[] = [];
    const submission = new Submission({
      endpoint: '/x',
      paused: () => paused,
      fetch: async () => {
        calls.push('sent');
        return new Response(null, { status: 500 });
      },
    });
    submission.submit(signup());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).to.have.length(1);
    paused = true;
    expect(submission.retry()).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).to.have.length(1);
    expect(submission.state).to.include({ phase: 'failed', kind: 'server' });
  });

  it('classifies statuses and parses Retry-After', () => {
    expect(classifyStatus(201)).to.deep.equal({ outcome: 'sent', replay: false });
    expect(classifyStatus(200)).to.deep.equal({ outcome: 'sent', replay: true });
    expect(classifyStatus(422)).to.deep.equal({ outcome: 'invalid' });
    expect(classifyStatus(408)).to.deep.equal({ outcome: 'failed', kind: 'timeout' });
    expect(classifyStatus(409)).to.deep.equal({ outcome: 'failed', kind: 'conflict' });
    expect(classifyStatus(413)).to.deep.equal({ outcome: 'failed', kind: 'rejected' });
    expect(classifyStatus(502)).to.deep.equal({ outcome: 'failed', kind: 'server' });
    expect(parseRetryAfter('120', 0)).to.equal(120_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 04:00:10 GMT', Date.UTC(2026, 10, 25, 4))).to.equal(
      Date.UTC(2026, 10, 25, 4, 0, 10),
    );
    expect(parseRetryAfter('soon', 0)).to.equal(undefined);
    expect(parseRetryAfter(null, 0)).to.equal(undefined);
    expect(readServerIssues({ issues: [{ field: 'name', code: 'made-up' }] })).to.deep.equal([
      { field: 'name', code: 'invalid' },
    ]);
    expect(readServerIssues('x')).to.equal(undefined);
  });
});
