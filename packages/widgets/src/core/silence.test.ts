import { expect } from '@open-wc/testing';
import {
  DEFAULT_SILENCE_WINDOW,
  forgetPageSilenceSetting,
  isInSilence,
  resolveSilenceWindow,
} from './silence.js';
import { captureWarnings } from './testing.js';
import { parseInstant } from './kz-time.js';

const at = (iso: string) => parseInstant(iso)!;

describe('campaign silence', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('data-dauys-silence');
    forgetPageSilenceSetting();
  });

  it('defaults to 14 March 00:00 until 15 March 20:00 Kazakhstan time', () => {
    const window = resolveSilenceWindow({});
    expect(window).to.deep.equal(DEFAULT_SILENCE_WINDOW);
    expect(isInSilence(at('2026-03-13T23:59:59+05:00'), window)).to.equal(false);
    expect(isInSilence(at('2026-03-14T00:00:00+05:00'), window)).to.equal(true);
    expect(isInSilence(at('2026-03-15T19:59:59+05:00'), window)).to.equal(true);
    expect(isInSilence(at('2026-03-15T20:00:00+05:00'), window)).to.equal(false);
    expect(isInSilence(at('2026-11-24T12:00:00+05:00'), window)).to.equal(false);
  });

  it('takes the element attributes, then the page setting, and can be turned off', () => {
    const own = resolveSilenceWindow({
      silenceFrom: '2027-05-01T00:00+05:00',
      silenceUntil: '2027-05-02T20:00+05:00',
    });
    expect(own).to.deep.equal({ from: at('2027-05-01T00:00+05:00'), until: at('2027-05-02T20:00+05:00') });
    document.documentElement.setAttribute('data-dauys-silence', '2027-06-01T00:00/2027-06-02T20:00');
    expect(resolveSilenceWindow({})).to.deep.equal({
      from: at('2027-06-01T00:00+05:00'),
      until: at('2027-06-02T20:00+05:00'),
    });
    expect(resolveSilenceWindow({ silence: 'off' })).to.equal(null);
    expect(isInSilence(at('2026-03-14T12:00+05:00'), null)).to.equal(false);
  });

  it('warns about a malformed window and falls back', async () => {
    const warnings = await captureWarnings(() => {
      const window = resolveSilenceWindow({ silenceFrom: 'tomorrow', silenceUntil: '2026-01-01' });
      expect(window).to.deep.equal(DEFAULT_SILENCE_WINDOW);
    });
    expect(String(warnings[0])).to.contain('silence-from');
  });
});
