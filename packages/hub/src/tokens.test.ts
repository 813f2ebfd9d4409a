import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from './cli.js';
import { hashToken } from './server.js';
import { tokenFingerprint, type StoredAdminToken } from './store.js';
import { ENGINES, newHub, stopPostgres } from './testing/harness.js';
import { matchToken, tokenTable } from './tokens.js';

after(stopPostgres);

const token = (hash: string, label: string): StoredAdminToken => ({
  hash,
  label,
  createdAt: '2026-11-25T06:00:00.000Z',
});

describe('matchToken', () => {
  const a = token('aaaa1111' + '0'.repeat(56), 'HQ laptop');
  const b = token('aaaa2222' + '0'.repeat(56), 'HQ laptop');
  const c = token('cccc3333' + '0'.repeat(56), 'bbbb4444');
  const d = token('bbbb4444' + '0'.repeat(56), 'Алматы штабы');
  const all = [a, b, c, d];

  test('a fingerprint (8+ hex digits, any case) or the full hash names one token', () => {
    assert.deepEqual(matchToken(all, 'aaaa1111'), { kind: 'one', token: a, selector: 'fingerprint' });
    assert.deepEqual(matchToken(all, 'AAAA2222'), { kind: 'one', token: b, selector: 'fingerprint' });
    assert.deepEqual(matchToken(all, b.hash), { kind: 'one', token: b, selector: 'fingerprint' });
    assert.deepEqual(matchToken(all, ' cccc3333 '), { kind: 'one', token: c, selector: 'fingerprint' });
  });

  test('a label names a token when exactly one has it', () => {
    assert.deepEqual(matchToken(all, 'Алматы штабы'), { kind: 'one', token: d, selector: 'label' });
  });

  test('two labels alike, or a label equal to another fingerprint, are ambiguous', () => {
    assert.deepEqual(matchToken(all, 'HQ laptop'), { kind: 'ambiguous', candidates: [a, b] });
    assert.deepEqual(matchToken(all, 'bbbb4444'), { kind: 'ambiguous', candidates: [d, c] });
  });

  test('nothing matches: short prefixes, partial labels, other case in a label', () => {
    for (const query of ['aaaa', 'aaaa111', 'HQ', 'hq laptop', '', 'ffffffff']) {
      assert.deepEqual(matchToken(all, query), { kind: 'none' }, query);
    }
  });

  test('the table shows fingerprints, times and labels, with control characters escaped', () => {
    const table = tokenTable([a, token('dddd' + '1'.repeat(60), 'evil\u001b[2Jlabel\nnext')]);
    assert.equal(
      table,
      [
        'fingerprint  created (UTC)        label',
        'aaaa1111     2026-11-25 06:00:00  HQ laptop',
        'dddd1111     2026-11-25 06:00:00  evil\\u001b[2Jlabel\\nnext',
      ].join('\n'),
    );
  });
});

for (const engine of ENGINES) {
  describe(`list-tokens and revoke-token on ${engine}`, () => {
    test('list, refuse ambiguity, revoke by fingerprint and label, creation and revocation audited, refused at once by a running hub', async () => {
      const hub = await newHub(engine, { adminToken: undefined });
      const { args, env } = hub.location.cli;
      const run = async (...argv: string[]) => {
        const out: string[] = [];
        const err: string[] = [];
        const code = await main([...argv, ...args], env, {
          info: (text) => void out.push(text),
          error: (text) => void err.push(text),
          write: (text) => void out.push(text),
        });
        return { code, out: out.join('\n'), err: err.join('\n') };
      };
      const adminGet = (secret: string) =>
        hub.app.inject({ url: '/api/v1/admin/audit', headers: { authorization: `Bearer ${secret}` } });
      try {
        const empty = await run('list-tokens');
        assert.equal(empty.code, 0);
        assert.match(empty.out, /No stored admin tokens/);

        const created = [];
        for (const label of ['HQ laptop', 'HQ laptop', 'Алматы штабы']) {
          const result = await run('create-token', '--label', label);
          assert.equal(result.code, 0, result.err);
          const secret = result.out.split('\n')[0];
          const fingerprint = tokenFingerprint(hashToken(secret));
          assert.match(result.out, new RegExp(`fingerprint ${fingerprint}`));
          created.push({ secret, fingerprint, label });
        }
        // The hub was started before the tokens existed and reads them on each request.
        for (const { secret } of created) assert.equal((await adminGet(secret)).statusCode, 200);

        const listed = await run('list-tokens');
        assert.equal(listed.code, 0);
        for (const { secret, fingerprint, label } of created) {
          assert.match(
            listed.out,
            new RegExp(`^${fingerprint} {5}\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}  ${label}$`, 'm'),
          );
          assert.ok(!listed.out.includes(secret), 'never the token');
          assert.ok(!listed.out.includes(hashToken(secret)), 'never the whole hash');
        }

        const ambiguous = await run('revoke-token', 'HQ laptop');
        assert.equal(ambiguous.code, 1);
        assert.match(ambiguous.err, /"HQ laptop" matches 2 tokens; nothing revoked/);
        assert.ok(
          ambiguous.err.includes(created[0].fingerprint) && ambiguous.err.includes(created[1].fingerprint),
        );
        assert.equal((await hub.store.listAdminTokens()).length, 3);

        const none = await run('revoke-token', 'no such token');
        assert.equal(none.code, 1);
        assert.match(none.err, /no stored admin token has the fingerprint or label "no such token"/);
        assert.equal((await run('revoke-token')).code, 2, 'usage: the token is missing');

        const byFingerprint = await run('revoke-token', created[0].fingerprint);
        assert.equal(byFingerprint.code, 0, byFingerprint.err);
        assert.match(byFingerprint.out, new RegExp(`revoked admin token ${created[0].fingerprint}`));
        // A running hub refuses the revoked token from its very next request.
        assert.equal((await adminGet(created[0].secret)).statusCode, 401);
        assert.equal((await adminGet(created[1].secret)).statusCode, 200);

        // With one "HQ laptop" left, the label is no longer ambiguous.
        assert.equal((await run('revoke-token', 'HQ laptop')).code, 0);
        assert.equal((await run('revoke-token', 'Алматы штабы')).code, 0);
        assert.equal((await run('revoke-token', created[2].fingerprint)).code, 1, 'already gone');
        for (const { secret } of created) assert.equal((await adminGet(secret)).statusCode, 401);
        assert.match((await run('list-tokens')).out, /No stored admin tokens/);

        const audit = await hub.store.listAudit();
        assert.deepEqual(
          audit.map(({ action, actor, selector, count, target }) => ({
            action,
            actor,
            selector,
            count,
            target,
          })),
          [
            ...created.map(({ fingerprint }) => ({
              action: 'token-created',
              actor: 'cli',
              selector: 'fingerprint',
              count: 1,
              target: fingerprint,
            })),
            {
              action: 'token-revoked',
              actor: 'cli',
              selector: 'fingerprint',
              count: 1,
              target: created[0].fingerprint,
            },
            {
              action: 'token-revoked',
              actor: 'cli',
              selector: 'label',
              count: 1,
              target: created[1].fingerprint,
            },
            {
              action: 'token-revoked',
              actor: 'cli',
              selector: 'label',
              count: 1,
              target: created[2].fingerprint,
            },
          ],
        );
        const auditText = JSON.stringify(audit);
        assert.ok(
          !auditText.includes('HQ laptop') && !auditText.includes('Алматы'),
          'labels stay out of the log',
        );
      } finally {
        await hub.close();
      }
    });

    test('erasure entries keep their shape (no target)', async () => {
      const hub = await newHub(engine);
      try {
        await hub.store.eraseSignups({ phone: '+77010000000' }, 'admin');
        const [entry] = await hub.store.listAudit();
        assert.deepEqual(Object.keys(entry).sort(), ['action', 'actor', 'at', 'count', 'id', 'selector']);
      } finally {
        await hub.close();
      }
    });
  });
}
