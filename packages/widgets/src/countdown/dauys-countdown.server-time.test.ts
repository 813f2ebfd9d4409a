import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { serverClockOffset } from '../core/clock.js';
import type { DauysCountdown } from './define.js';
import './define.js';

// A page of its own: a server clock reading corrects the clock of every widget on the page.
describe('<dauys-countdown server-time>', () => {
  it('corrects a visitor clock that is an hour slow and moves into the right state', async () => {
    // Polls open in 30 minutes by the visitor's clock, but the server says an hour later.
    const target = new Date(Date.now() + 30 * 60_000).toISOString();
    const el = await fixture<DauysCountdown>(
      html`<dauys-countdown
        lang="en"
        target=${target}
        server-time="/__test__/clock?offset=3600000"
      ></dauys-countdown>`,
    );
    expect(el.state).to.equal('upcoming');
    const { detail } = await oneEvent(el, 'dauys-countdown-state');
    expect(detail).to.deep.equal({ state: 'voting' });
    expect(serverClockOffset()).to.be.within(3_598_000, 3_602_000);
    const values = [...el.shadowRoot!.querySelectorAll('[part="value"]')].map((v) => v.textContent);
    // Closing is 20:00 Kazakhstan time that day (or 13 hours later): about 12.5 hours or less left.
    expect(values).to.have.length.within(3, 4);
  });
});
