import { expect } from '@open-wc/testing';
import { defineElement } from './define.js';
import { captureWarnings } from './testing.js';

describe('defineElement', () => {
  it('registers a free tag and steps aside with one warning when another copy took it', async () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const tag = `dauys-define-probe-${Date.now()}`;
    const warnings = await captureWarnings(() => {
      defineElement(tag, First);
      defineElement(tag, First);
      defineElement(tag, Second);
      defineElement(tag, Second);
    });
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.contain(`<${tag}>`);
  });
});
