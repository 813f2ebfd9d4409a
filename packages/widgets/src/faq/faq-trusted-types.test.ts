import { expect, waitUntil } from '@open-wc/testing';
import { HOSTILE_ANSWER, SAMPLE_ENTRIES } from './faq-samples.js';
import './define.js';

// Its own file (and page): the policy below stays in force for the rest of the page.
describe('<dauys-faq> under Trusted Types', () => {
  it('renders sanitised feed answers and JSON-LD with only the lit-html and dauys-faq policies', async () => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "require-trusted-types-for 'script'; trusted-types lit-html dauys-faq";
    document.head.append(meta);
    expect(() => {
      document.createElement('div').innerHTML = '<b>x</b>';
    }).to.throw();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.sample} ${event.sourceFile}:${event.lineNumber}`),
    );

    const el = document.createElement('dauys-faq');
    el.structuredData = true;
    el.entries = [...SAMPLE_ENTRIES, { id: 'hostile', question: 'Q', answer: HOSTILE_ANSWER }];
    document.body.append(el);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.header-button').length === 5, 'did not render');
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.header-button')[4].click();
    await el.updateComplete;
    const answer = el.shadowRoot!.querySelectorAll('.answer')[4];
    expect(answer.querySelector('script, img, iframe')).to.equal(null);
    expect(answer.textContent).to.contain('good link');
    const script = document.head.querySelector('script[type="application/ld+json"]');
    expect(JSON.parse(script!.textContent!).mainEntity).to.have.length(5);
    expect(violations).to.deep.equal([]);
    el.remove();
  });
});
