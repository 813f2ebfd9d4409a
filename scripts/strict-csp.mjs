// The strict page policy docs/embedding.md documents, for the checks that load the CDN files
// under it (`npm run check:cdn`, packages/widgets/test/hardening.test.ts): no 'unsafe-inline',
// no 'unsafe-eval', Trusted Types enforced with only the widgets' own policy names.

/**
 * The Trusted Types policy names a page must allow (docs/embedding.md, docs/faq.md): Lit's, and
 * the FAQ's private one for its JSON-LD (`structured-data`). Nothing else may create a policy.
 */
export const TRUSTED_TYPES_POLICIES = ['lit-html', 'dauys-faq'];

/**
 * The policy as a header value. `trustedTypes`: the policy names allowed (add
 * `'allow-duplicates'` for a page with more than one copy of Lit); `extra`: more directives,
 * placed before the Trusted Types ones.
 */
export function strictCsp(trustedTypes = TRUSTED_TYPES_POLICIES.join(' '), extra = []) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    ...extra,
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${trustedTypes}`,
  ].join('; ');
}
