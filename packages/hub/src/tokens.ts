import { tokenFingerprint, type StoredAdminToken } from './store.js';

/** What `revoke-token` names a token by: its fingerprint (a prefix of the hash) or its label. */
export type TokenMatch =
  | { kind: 'one'; token: StoredAdminToken; selector: 'fingerprint' | 'label' }
  | { kind: 'none' }
  | { kind: 'ambiguous'; candidates: StoredAdminToken[] };

/**
 * Finds the stored token an operator means. A query of 8 to 64 hex digits matches tokens whose
 * hash starts with it (the fingerprint `list-tokens` shows, or more of the hash); any query also
 * matches tokens whose label is exactly it. More than one token is ambiguous: nothing is chosen.
 */
export function matchToken(tokens: readonly StoredAdminToken[], query: string): TokenMatch {
  const wanted = query.trim();
  const prefix = /^[0-9a-f]{8,64}$/i.test(wanted) ? wanted.toLowerCase() : undefined;
  const byFingerprint = prefix ? tokens.filter((token) => token.hash.startsWith(prefix)) : [];
  const byLabel = tokens.filter((token) => token.label === wanted);
  const candidates = [...new Set([...byFingerprint, ...byLabel])];
  if (candidates.length === 0) return { kind: 'none' };
  if (candidates.length > 1) return { kind: 'ambiguous', candidates };
  const [token] = candidates;
  return { kind: 'one', token, selector: byFingerprint.includes(token) ? 'fingerprint' : 'label' };
}

/** Tokens as a table for the terminal: fingerprint, creation time (UTC) and label. */
export function tokenTable(tokens: readonly StoredAdminToken[]): string {
  const rows = tokens.map((token) => [
    tokenFingerprint(token.hash),
    token.createdAt.slice(0, 19).replace('T', ' '),
    // A label is the operator's text: control characters could rewrite the terminal.
    JSON.stringify(token.label).slice(1, -1),
  ]);
  return [['fingerprint', 'created (UTC)', 'label'], ...rows]
    .map(([fingerprint, created, label]) => `${fingerprint.padEnd(11)}  ${created.padEnd(19)}  ${label}`)
    .join('\n');
}
