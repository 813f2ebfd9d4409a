import { expect } from '@open-wc/testing';
import { defineElement } from './define.js';

describe('defineElement', () => {
  it('registers a free tag and steps aside with one warning when another copy took it', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const tag = `dauys-define-probe-${Date.now()}`;
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      defineElement(tag, First);
      defineElement(tag, First);
      defineElement(tag, Second);
      defineElement(tag, Second);
    } finally {
      console.warn = original;
    }
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.contain(`<${tag}>`);
  });
});
