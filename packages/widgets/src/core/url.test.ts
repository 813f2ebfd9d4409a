import { expect } from '@open-wc/testing';
import { safeHttpsUrl, safeUrl } from './url.js';

describe('safe links', () => {
  it('turns only absolute https URLs into links', () => {
    expect(safeHttpsUrl('https://example.kz/path?q=1')).to.equal('https://example.kz/path?q=1');
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'http://example.kz',
      'data:text/html,<script>alert(1)</script>',
      '//example.kz',
      '/relative',
      42,
      undefined,
    ]) {
      expect(safeHttpsUrl(bad), String(bad)).to.equal(undefined);
    }
  });

  it('allows a chosen set of schemes', () => {
    expect(safeUrl('mailto:info@example.kz', ['mailto:'])).to.equal('mailto:info@example.kz');
    expect(safeUrl('tel:+77011234567', ['https:'])).to.equal(undefined);
  });
});
