import { expect } from '@open-wc/testing';
import { currentTime, serverClockOffset, syncWithServerClock } from './clock.js';

describe('clock', () => {
  it('uses a pinned now when it parses, else the visitor clock', () => {
    expect(currentTime('2026-03-15T07:00:00+05:00')).to.equal(Date.UTC(2026, 2, 15, 2));
    expect(Math.abs(currentTime('not a date') - Date.now())).to.be.below(50);
  });

  it('corrects a wrong visitor clock from a server Date header, once per URL', async () => {
    const offset = await syncWithServerClock('/__test__/clock?offset=3600000');
    expect(offset).to.be.within(3_598_000, 3_602_000);
    expect(serverClockOffset()).to.equal(offset);
    expect(currentTime() - Date.now()).to.be.within(3_598_000, 3_602_000);
    expect(await syncWithServerClock('/__test__/clock?offset=3600000')).to.equal(offset);
  });
});
