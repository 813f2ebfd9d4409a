import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { DauysElement } from './dauys-element.js';
import { msg, plural, withLocale } from './i18n.js';
import { normaliseLocaleTag, resolveLocale } from './locale.js';
import { retryLabel } from './notices.js';

@customElement('dauys-locale-probe')
class LocaleProbe extends DauysElement {
  override render() {
    return html`<button class="button" type="button">${retryLabel()}</button>`;
  }
}

describe('locale', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('maps lang tags to the three Dauys locales', () => {
    expect(normaliseLocaleTag('kk-KZ')).to.equal('kk');
    expect(normaliseLocaleTag('kz')).to.equal('kk');
    expect(normaliseLocaleTag('ru-KZ')).to.equal('ru');
    expect(normaliseLocaleTag('en-GB')).to.equal('en');
    expect(normaliseLocaleTag('de')).to.equal(undefined);
  });

  it('takes the closest lang, crossing shadow roots, defaulting to kk', async () => {
    const outer = await fixture(
      html`<div lang="ru">
        <span><i></i></span>
      </div>`,
    );
    expect(resolveLocale(outer.querySelector('i')!)).to.equal('ru');
    const host = document.createElement('div');
    host.setAttribute('lang', 'en');
    const inner = document.createElement('b');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLocale(inner)).to.equal('en');
    expect(resolveLocale(document.createElement('p'))).to.equal('kk');
  });

  it('re-renders widget text when <html lang> changes: kk, ru, en', async () => {
    const probe = await fixture<LocaleProbe>(html`<dauys-locale-probe></dauys-locale-probe>`);
    const text = () => probe.shadowRoot!.querySelector('button')!.textContent!.trim();
    expect(text()).to.equal('Қайталау');
    document.documentElement.lang = 'ru';
    await nextFrame();
    await probe.updateComplete;
    expect(text()).to.equal('Повторить');
    document.documentElement.lang = 'en';
    await nextFrame();
    await probe.updateComplete;
    expect(text()).to.equal('Try again');
    await expect(probe).to.be.accessible();
  });

  it('lets two widgets on one page speak different languages', async () => {
    const wrapper = await fixture(
      html`<div>
        <dauys-locale-probe lang="ru"></dauys-locale-probe>
        <div lang="en"><dauys-locale-probe></dauys-locale-probe></div>
      </div>`,
    );
    const [ru, en] = [...wrapper.querySelectorAll<LocaleProbe>('dauys-locale-probe')];
    await ru.updateComplete;
    await en.updateComplete;
    expect(ru.shadowRoot!.textContent!.trim()).to.equal('Повторить');
    expect(en.shadowRoot!.textContent!.trim()).to.equal('Try again');
  });

  it('chooses Russian plural forms with Intl.PluralRules', () => {
    const forms = { one: 'день', few: 'дня', many: 'дней', other: 'дня' };
    const ru = (n: number) => withLocale('ru', () => `${n} ${plural(n, forms)}`);
    expect([1, 2, 5, 11, 21, 22, 25].map(ru)).to.deep.equal([
      '1 день',
      '2 дня',
      '5 дней',
      '11 дней',
      '21 день',
      '22 дня',
      '25 дней',
    ]);
    expect(withLocale('en', () => plural(1, { one: 'day', other: 'days' }))).to.equal('day');
    expect(withLocale('en', () => plural(5, { one: 'day', other: 'days' }))).to.equal('days');
  });

  it('falls back to the English source for a message without translation', () => {
    expect(withLocale('kk', () => msg('Untranslated probe', { id: 'core.test-probe' }))).to.equal(
      'Untranslated probe',
    );
  });
});
