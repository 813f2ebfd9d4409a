import { expect, waitUntil } from '@open-wc/testing';
import { subscribeToTicker, tickerState } from './ticker.js';

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('shared ticker', () => {
  // Test pages may run in background tabs; pretend the visitor is looking at this one.
  beforeEach(() => setVisibility('visible'));
  afterEach(() => setVisibility('visible'));

  it('runs one timer for every subscriber, on whole seconds, only while someone listens', async () => {
    const ticks: number[][] = [[], []];
    const stops = ticks.map((list) => subscribeToTicker((now) => list.push(now)));
    expect(tickerState()).to.deep.equal({ listeners: 2, running: true });
    await waitUntil(() => ticks[1].length >= 1, 'no tick', { timeout: 2500 });
    expect(ticks[0]).to.deep.equal(ticks[1]);
    expect(ticks[0][0] % 1000).to.be.below(100);
    stops.forEach((stop) => stop());
    expect(tickerState()).to.deep.equal({ listeners: 0, running: false });
  });

  it('pauses while the tab is hidden and catches up when it is shown', async () => {
    const ticks: number[] = [];
    const stop = subscribeToTicker((now) => ticks.push(now));
    setVisibility('hidden');
    expect(tickerState().running).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(ticks).to.have.length(0);
    setVisibility('visible');
    expect(ticks).to.have.length(1);
    expect(tickerState().running).to.equal(true);
    stop();
  });
});
