import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Signup } from '@dauys/schema';
import { captureWarnings } from '../core/testing.js';
import './define.js';
import type { DauysVolunteerForm } from './dauys-volunteer-form.js';
import { PREVIEW_STEPS, showPreview } from './previews.js';

let run = 0;
/** A fresh server-side run of the test signup endpoint, with its failure mode. */
function endpoint(params: Record<string, string> = {}): { url: string; key: string } {
  const key = `vf-${Date.now()}-${++run}`;
  const query = new URLSearchParams({ key, ...params });
  return { url: `/__test__/signups?${query}`, key };
}

async function records(
  key: string,
): Promise<{ requests: number; dropped: number; records: { key: string; body: Signup }[] }> {
  const response = await fetch(`/__test__/signup-records?key=${key}`);
  return response.json();
}

async function mount(url: string, lang = 'en'): Promise<DauysVolunteerForm> {
  const form = await fixture<DauysVolunteerForm>(
    html`<dauys-volunteer-form
      lang=${lang}
      endpoint=${url}
      partner="youth-kz"
      privacy-url="/privacy"
      consent-version="2026-03"
      now="2026-11-25T10:00:00+05:00"
      timeout="800"
    ></dauys-volunteer-form>`,
  );
  await form.updateComplete;
  // A real person takes more than the hub's 2-second minimum to fill the form in.
  (form as unknown as { startedAt: number }).startedAt -= 10_000;
  return form;
}

const q = <T extends Element = HTMLInputElement>(form: Element, selector: string) =>
  form.querySelector<T>(selector)!;
const byName = (form: Element, name: string, value?: string) =>
  q(form, value ? `[name="${name}"][value="${value}"]` : `[name="${name}"]`);

function type(input: HTMLInputElement | HTMLSelectElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}
function tick(input: HTMLInputElement): void {
  input.click();
}

async function fill(form: DauysVolunteerForm, phone = '8 (701) 123-45-67'): Promise<void> {
  type(byName(form, 'name'), 'Айгерім Сәрсенова');
  type(byName(form, 'phone'), phone);
  type(byName(form, 'email'), 'aigerim@example.kz');
  type(q<HTMLSelectElement>(form, 'select[name="region"]'), 'almaty');
  type(byName(form, 'locality'), 'Алматы');
  tick(byName(form, 'activities', 'online'));
  tick(byName(form, 'activities', 'door-to-door'));
  tick(byName(form, 'languages', 'kk'));
  tick(byName(form, 'adult'));
  tick(byName(form, 'consent'));
  await form.updateComplete;
}

const submitButton = (form: Element) => q<HTMLButtonElement>(form, 'button[type="submit"]');
const statusText = (form: Element) => q<HTMLElement>(form, '[role="status"]').textContent!.trim();

describe('<dauys-volunteer-form>', () => {
  it('renders a native form in the light DOM with autofill hints and labels beside inputs', async () => {
    const form = await mount(endpoint().url);
    const formElement = form.querySelector('form')!;
    expect(formElement, 'light-DOM form').to.not.equal(null);
    expect(form.shadowRoot!.querySelector('form')).to.equal(null);
    const expectations: [string, string, string, string | null][] = [
      ['name', 'text', 'name', null],
      ['phone', 'tel', 'tel', 'tel'],
      ['email', 'email', 'email', 'email'],
      ['locality', 'text', 'address-level2', null],
    ];
    for (const [name, inputType, autocomplete, inputmode] of expectations) {
      const input = byName(form, name);
      expect(input.type, name).to.equal(inputType);
      expect(input.getAttribute('autocomplete'), name).to.equal(autocomplete);
      expect(input.getAttribute('inputmode'), name).to.equal(inputmode);
      expect(form.querySelector(`label[for="${input.id}"]`), `label of ${name}`).to.not.equal(null);
    }
    expect(q(form, 'select[name="region"]').getAttribute('autocomplete')).to.equal('address-level1');
    expect(q(form, 'select[name="region"]').querySelectorAll('option')).to.have.length(21);
    expect(form.querySelectorAll('fieldset legend')).to.have.length(3);
    const trap = byName(form, 'dauys_hp');
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.getAttribute('autocomplete')).to.equal('off');
    expect(trap.closest('[aria-hidden="true"]')).to.not.equal(null);
    await expect(form).to.be.accessible();
  });

  it('keeps a hostile page stylesheet off its inputs', async () => {
    const style = document.createElement('style');
    style.textContent =
      'input { border: 9px dotted red !important; } #app input[type=text] { padding: 40px; } label { display: none; }';
    document.head.append(style);
    try {
      const form = await fixture<DauysVolunteerForm>(
        html`<dauys-volunteer-form
          id="app"
          endpoint="/x"
          privacy-url="/p"
          consent-version="1"
        ></dauys-volunteer-form>`,
      );
      await form.updateComplete;
      const name = byName(form, 'name');
      expect(getComputedStyle(name).paddingTop).to.not.equal('40px');
      expect(getComputedStyle(q(form, 'label')).display).to.equal('block');
    } finally {
      style.remove();
    }
  });

  it('shows which optional fields the fields attribute asks for, and preselects the region', async () => {
    const form = await fixture<DauysVolunteerForm>(
      html`<dauys-volunteer-form
        lang="en"
        endpoint="/x"
        privacy-url="/p"
        consent-version="1"
        fields="email"
        region="shymkent"
      ></dauys-volunteer-form>`,
    );
    await form.updateComplete;
    expect(form.querySelector('[name="email"]')).to.not.equal(null);
    expect(form.querySelector('[name="locality"]')).to.equal(null);
    expect(form.querySelector('[name="languages"]')).to.equal(null);
    expect(form.querySelector('[name="newsletter"]')).to.equal(null);
    expect(q<HTMLSelectElement>(form, 'select').value).to.equal('shymkent');
  });

  it('warns the webmaster about a region that is not a region id, and preselects nothing', async () => {
    const warnings = await captureWarnings(async () => {
      const form = await fixture<DauysVolunteerForm>(
        html`<dauys-volunteer-form
          lang="en"
          endpoint="/x"
          privacy-url="/p"
          consent-version="1"
          region="Karaganda"
        ></dauys-volunteer-form>`,
      );
      await form.updateComplete;
      expect(q<HTMLSelectElement>(form, 'select').value).to.equal('');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('region="Karaganda" is not a region id');
  });

  it('validates like the hub: summary takes focus, links to fields, errors are linked to inputs', async () => {
    const { url, key } = endpoint();
    const form = await mount(url);
    type(byName(form, 'phone'), '12345');
    await form.updateComplete;
    const errorEvent = oneEvent(form, 'dauys-signup-error');
    submitButton(form).click();
    const { detail } = await errorEvent;
    expect(detail.kind).to.equal('validation');
    expect(detail.fields).to.include('phone');
    expect(JSON.stringify(detail)).to.not.contain('12345');
    await form.updateComplete;
    const summary = q<HTMLElement>(form, '.dauys-vf__summary');
    expect(document.activeElement).to.equal(summary);
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((link) => link.textContent!.trim())).to.deep.equal([
      'Enter your name.',
      'Enter a Kazakhstan mobile number, for example +7 701 123 45 67 or 8 701 123 45 67.',
      'Choose your region from the list.',
      'Choose at least one way you can help.',
      'Choose at least one language you speak.',
      'Confirm that you are 18 or older: only adults can volunteer in the campaign.',
      'Tick the box to agree to the processing of your personal data: without it the signup cannot be accepted.',
    ]);
    const phone = byName(form, 'phone');
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    const describedBy = phone.getAttribute('aria-describedby')!.split(' ');
    const error = describedBy
      .map((id) => document.getElementById(id))
      .find((el) => el?.classList.contains('dauys-vf__error'));
    expect(error!.textContent).to.contain('Kazakhstan mobile number');
    expect(phone.value, 'typed value kept').to.equal('12345');
    await expect(form).to.be.accessible();

    links[1].click();
    expect(document.activeElement).to.equal(phone);
    expect(location.hash).to.equal('');
    links[3].click();
    expect(document.activeElement).to.equal(byName(form, 'activities', 'door-to-door'));

    // Fixing a field removes its error without waiting for the next send.
    type(phone, '+7 701 123 45 67');
    await form.updateComplete;
    expect(phone.getAttribute('aria-invalid')).to.equal('false');
    expect((await records(key)).requests, 'nothing sent').to.equal(0);
  });

  it('signs up: one POST with the Idempotency-Key, E.164 phone, source and consent; thank-you step', async () => {
    history.replaceState(
      null,
      '',
      `${location.pathname}?utm_source=partner-site&utm_campaign=spring&email=x@y.kz#top`,
    );
    try {
      const { url, key } = endpoint();
      const form = await mount(url);
      await fill(form);
      const submitEvent = oneEvent(form, 'dauys-signup-submit');
      const successEvent = oneEvent(form, 'dauys-signup-success');
      submitButton(form).click();
      const submitted = await submitEvent;
      const { detail } = await successEvent;
      expect(detail).to.deep.equal({ signupId: submitted.detail.signupId, status: 201, replay: false });
      expect(detail.signupId).to.match(/^[0-9a-f-]{36}$/);
      await form.updateComplete;
      const done = q<HTMLElement>(form, '.dauys-vf__done');
      expect(done.textContent).to.contain('Thank you! You are signed up.');
      expect(document.activeElement).to.equal(done);
      await expect(form).to.be.accessible();

      const server = await records(key);
      expect(server.records).to.have.length(1);
      const [{ key: idempotencyKey, body }] = server.records;
      expect(idempotencyKey).to.equal(detail.signupId);
      expect(body.phone).to.equal('+77011234567');
      expect(body.partner).to.equal('youth-kz');
      expect(body.consent).to.deep.equal({ personalData: true, textVersion: '2026-03', newsletter: false });
      expect(body.source.page).to.equal(`${location.origin}${location.pathname}`);
      expect(body.source.utm).to.deep.equal({ utm_source: 'partner-site', utm_campaign: 'spring' });
      expect(JSON.stringify(body.source)).to.not.contain('x@y.kz');
      expect(body.activities).to.have.members(['online', 'door-to-door']);
      expect(body.locale).to.equal('en');
      expect(body.website).to.equal('');
      expect(body.elapsedMs).to.be.greaterThan(2000);

      // "Sign up someone else" starts a new, empty signup with the focus on the first field.
      q<HTMLButtonElement>(form, '.dauys-vf__done button[data-variant="primary"]').click();
      await form.updateComplete;
      await aTimeout(0);
      expect(byName(form, 'name').value).to.equal('');
      expect(document.activeElement).to.equal(byName(form, 'name'));
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('never sends two records for a double click', async () => {
    const { url, key } = endpoint({ mode: 'slow', ms: '300' });
    const form = await mount(url);
    await fill(form);
    const success = oneEvent(form, 'dauys-signup-success');
    submitButton(form).click();
    submitButton(form).click();
    await form.updateComplete;
    expect(submitButton(form).getAttribute('aria-disabled')).to.equal('true');
    expect(statusText(form)).to.equal('Sending your signup…');
    submitButton(form).click();
    await expect(form).to.be.accessible();
    await success;
    const server = await records(key);
    expect(server.requests).to.equal(1);
    expect(server.records).to.have.length(1);
  });

  it('shows 422 field errors from the server on the fields', async () => {
    const { url, key } = endpoint({ mode: '422', issues: 'phone:invalid-phone,region:invalid-region' });
    const form = await mount(url);
    await fill(form);
    const error = oneEvent(form, 'dauys-signup-error');
    submitButton(form).click();
    const { detail } = await error;
    expect(detail).to.include({ kind: 'validation', status: 422, willRetry: false });
    expect(detail.fields).to.deep.equal(['phone', 'region']);
    await form.updateComplete;
    await aTimeout(0);
    expect(document.activeElement).to.equal(q(form, '.dauys-vf__summary'));
    expect(byName(form, 'phone').getAttribute('aria-invalid')).to.equal('true');
    expect(q(form, 'select').getAttribute('aria-invalid')).to.equal('true');
    await expect(form).to.be.accessible();
    // The person checks the number and sends again: now it is stored.
    type(byName(form, 'phone'), '+77011234568');
    await form.updateComplete;
    expect(byName(form, 'phone').getAttribute('aria-invalid')).to.equal('false');
    const success = oneEvent(form, 'dauys-signup-success');
    submitButton(form).click();
    await success;
    expect((await records(key)).records).to.have.length(1);
  });

  it('on a site the hub does not list (403), says the form is set up wrongly, keeps the answers and tells the webmaster why', async () => {
    const { url, key } = endpoint({ mode: '403', fail: 'all' });
    const form = await mount(url);
    await fill(form);
    const warnings = await captureWarnings(async () => {
      const error = oneEvent(form, 'dauys-signup-error');
      submitButton(form).click();
      const { detail } = await error;
      expect(detail).to.include({ kind: 'rejected', status: 403, willRetry: false });
      await form.updateComplete;
    });
    expect(statusText(form)).to.contain('set up incorrectly');
    expect((byName(form, 'name') as HTMLInputElement).value).to.not.equal('');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`add ${location.origin} to its allowed origins`);
    await expect(form).to.be.accessible();
    await aTimeout(1500);
    expect((await records(key)).requests).to.equal(1);
  });

  it('honours 429 Retry-After and retries by itself with the same key', async () => {
    const { url, key } = endpoint({ mode: '429', retryAfter: '1' });
    const form = await mount(url);
    await fill(form);
    const error = oneEvent(form, 'dauys-signup-error');
    submitButton(form).click();
    const { detail } = await error;
    expect(detail).to.include({ kind: 'rate-limited', status: 429, willRetry: true });
    await form.updateComplete;
    expect(statusText(form)).to.contain('try again in 1 s');
    expect(submitButton(form).getAttribute('aria-disabled')).to.equal('true');
    await expect(form).to.be.accessible();
    submitButton(form).click(); // ignored until Retry-After passes
    expect((await records(key)).requests).to.equal(1);
    const success = await oneEvent(form, 'dauys-signup-success');
    expect(success.detail.signupId).to.equal(detail.signupId);
    const server = await records(key);
    expect(server.requests).to.equal(2);
    expect(server.records).to.have.length(1);
  });

  it('times out, keeps every value, and a retry does not duplicate the signup that landed late', async () => {
    const { url, key } = endpoint({ mode: 'slow', ms: '1500' });
    const form = await mount(url);
    await fill(form);
    const error = oneEvent(form, 'dauys-signup-error');
    submitButton(form).click();
    expect((await error).detail.kind).to.equal('timeout');
    await form.updateComplete;
    expect(statusText(form)).to.contain('took too long');
    expect(submitButton(form).textContent!.trim()).to.equal('Try again');
    expect(byName(form, 'name').value).to.equal('Айгерім Сәрсенова');
    expect(byName(form, 'adult').checked).to.equal(true);
    await expect(form).to.be.accessible();
    // The slow first request reaches the server and is stored after the form gave up on it.
    await waitUntil(async () => (await records(key)).records.length === 1, 'the late request is stored', {
      timeout: 5000,
      interval: 100,
    });
    const success = oneEvent(form, 'dauys-signup-success');
    submitButton(form).click();
    const { detail } = await success;
    expect(detail).to.include({ status: 200, replay: true });
    const server = await records(key);
    expect(server.requests).to.equal(2);
    expect(server.records).to.have.length(1);
  });

  it('survives a dropped connection and a 500, then sends on click', async () => {
    const { url, key } = endpoint({ mode: 'drop', fail: 'all' });
    const form = await mount(url);
    await fill(form);
    const error = oneEvent(form, 'dauys-signup-error');
    submitButton(form).click();
    expect((await error).detail).to.include({ kind: 'network', willRetry: true });
    await form.updateComplete;
    expect(statusText(form)).to.contain('connection failed');
    expect(q(form, '[role="status"]').getAttribute('data-tone')).to.equal('error');
    await expect(form).to.be.accessible();
    await fetch(`/__test__/signup-heal?key=${key}`);
    const success = oneEvent(form, 'dauys-signup-success');
    submitButton(form).click();
    await success;
    const server = await records(key);
    expect(server.records).to.have.length(1);

    const second = endpoint({ mode: '500' });
    const other = await mount(second.url);
    await fill(other);
    const serverError = oneEvent(other, 'dauys-signup-error');
    submitButton(other).click();
    expect((await serverError).detail).to.include({ kind: 'server', status: 500 });
    await other.updateComplete;
    expect(statusText(other)).to.contain('The server had a problem');
    await expect(other).to.be.accessible();
  });

  it('retries by itself when the browser comes back online', async () => {
    const { url, key } = endpoint();
    const form = await mount(url);
    await fill(form);
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const error = oneEvent(form, 'dauys-signup-error');
      submitButton(form).click();
      expect((await error).detail).to.include({ kind: 'offline', willRetry: true });
      await form.updateComplete;
      expect(statusText(form)).to.contain('You are offline');
      expect(q(form, '[role="status"]').getAttribute('data-tone')).to.equal('warning');
      await expect(form).to.be.accessible();
      expect((await records(key)).requests).to.equal(0);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).onLine;
    }
    const success = oneEvent(form, 'dauys-signup-success');
    window.dispatchEvent(new Event('online'));
    await success;
    expect((await records(key)).records).to.have.length(1);
  });

  it('submits with Enter from a field', async () => {
    const { url, key } = endpoint();
    const form = await mount(url);
    await fill(form);
    byName(form, 'locality').focus();
    const success = oneEvent(form, 'dauys-signup-success');
    await sendKeys({ press: 'Enter' });
    await success;
    expect((await records(key)).records).to.have.length(1);
  });

  it('answers a bot that fills the honeypot like the hub: accepted, nothing stored', async () => {
    const { url, key } = endpoint();
    const form = await mount(url);
    await fill(form);
    type(byName(form, 'dauys_hp'), 'https://spam.example');
    await form.updateComplete;
    const success = oneEvent(form, 'dauys-signup-success');
    submitButton(form).click();
    await success;
    const server = await records(key);
    expect(server.records).to.have.length(0);
    expect(server.dropped).to.equal(1);
  });

  it('signs up for the event chosen in an event finder on the page, or for none', async () => {
    const { url, key } = endpoint();
    const form = await mount(url);
    await fill(form);
    // An event finder sends `{ eventId }`; the title comes from its `events` list.
    const finder = Object.assign(document.createElement('div'), {
      events: [{ id: 'almaty-2026-03-01-rally', title: { en: 'Volunteer meeting', kk: 'Еріктілер жиыны' } }],
    });
    form.parentElement!.append(finder);
    finder.dispatchEvent(
      new CustomEvent('dauys-event-select', {
        detail: { eventId: 'almaty-2026-03-01-rally' },
        bubbles: true,
        composed: true,
      }),
    );
    await form.updateComplete;
    expect(q(form, '.dauys-vf__note').textContent).to.contain('“Volunteer meeting”');
    await expect(form).to.be.accessible();
    // A finder that loaded its events from `src` sends the title in the event itself.
    form.parentElement!.dispatchEvent(
      new CustomEvent('dauys-event-select', {
        detail: {
          eventId: 'almaty-2026-03-01-rally',
          title: { en: 'Leaflets at the bazaar', ru: 'Листовки' },
        },
        bubbles: true,
        composed: true,
      }),
    );
    await form.updateComplete;
    expect(q(form, '.dauys-vf__note').textContent).to.contain('“Leaflets at the bazaar”');
    const success = oneEvent(form, 'dauys-signup-success');
    submitButton(form).click();
    await success;
    expect((await records(key)).records[0].body.eventId).to.equal('almaty-2026-03-01-rally');
    finder.remove();

    const other = endpoint();
    const second = await mount(other.url);
    second.eventId = 'preset-event';
    await fill(second);
    q<HTMLButtonElement>(second, '.dauys-vf__note button').click();
    await second.updateComplete;
    expect(second.querySelector('.dauys-vf__note')).to.equal(null);
    const done = oneEvent(second, 'dauys-signup-success');
    submitButton(second).click();
    await done;
    expect((await records(other.key)).records[0].body.eventId).to.equal(undefined);
  });

  it('shows the neutral campaign-silence notice instead of the form, and never submits', async () => {
    const { url, key } = endpoint();
    const form = await fixture<DauysVolunteerForm>(
      html`<dauys-volunteer-form
        lang="ru"
        endpoint=${url}
        privacy-url="/p"
        consent-version="1"
        now="2026-03-14T12:00:00+05:00"
      ></dauys-volunteer-form>`,
    );
    await form.updateComplete;
    expect(form.querySelector('form')).to.equal(null);
    const notice = form.shadowRoot!.querySelector('[part="silence-notice"]')!;
    expect(notice.textContent).to.contain('агитация');
    window.dispatchEvent(new Event('online'));
    await aTimeout(50);
    expect((await records(key)).requests).to.equal(0);
    await expect(form).to.be.accessible();
  });

  it('speaks Kazakh by default and Russian under lang="ru"', async () => {
    for (const [lang, label, error, firstRegions] of [
      ['kk', 'Ұялы телефон', 'Ұялы телефон нөміріңізді енгізіңіз', 'Абай облысы|Ақмола облысы'],
      [
        'ru',
        'Мобильный телефон',
        'Введите номер мобильного телефона',
        'Акмолинская область|Актюбинская область',
      ],
    ]) {
      const form = await mount(endpoint().url, lang);
      expect(q(form, `label[for="${byName(form, 'phone').id}"]`).textContent).to.contain(label);
      // Regions by name in the page's language, in its alphabetical order.
      const regions = [...q(form, 'select[name="region"]').querySelectorAll('option')].slice(1, 3);
      expect(regions.map((option) => option.textContent!.trim()).join('|')).to.equal(firstRegions);
      submitButton(form).click();
      await form.updateComplete;
      expect(q(form, '.dauys-vf__summary').textContent).to.contain(error);
      await expect(form).to.be.accessible();
    }
  });

  it('keeps the controls and its state in step: re-renders, phone formatting, reset()', async () => {
    const form = await mount(endpoint().url);
    await fill(form);
    form.partner = 'another-partner';
    await form.updateComplete;
    expect(byName(form, 'name').value, 'a re-render keeps typed text').to.equal('Айгерім Сәрсенова');
    expect(byName(form, 'activities', 'online').checked, 'and ticks').to.equal(true);
    const phone = byName(form, 'phone');
    phone.dispatchEvent(new FocusEvent('blur'));
    await form.updateComplete;
    expect(phone.value, 'the phone is written back in one format').to.equal('+7 701 123 45 67');
    type(phone, '8 701 123 45 67');
    await form.updateComplete;
    expect(phone.value).to.equal('8 701 123 45 67');
    phone.dispatchEvent(new FocusEvent('blur'));
    await form.updateComplete;
    expect(phone.value, 'formatted again after the same number is typed again').to.equal('+7 701 123 45 67');
    tick(byName(form, 'activities', 'online'));
    await form.updateComplete;
    expect(byName(form, 'activities', 'online').checked).to.equal(false);
    form.reset();
    await form.updateComplete;
    for (const name of ['name', 'phone', 'email', 'locality'])
      expect(byName(form, name).value, name).to.equal('');
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      expect(box.checked, box.name).to.equal(false);
    }
    expect(q<HTMLSelectElement>(form, 'select').value).to.equal('');
    expect(document.activeElement).to.equal(byName(form, 'name'));
  });

  it('counts the answers with problems in each language (ru one / few / many)', async () => {
    const heading = async (lang: string, count: number) => {
      const form = await mount(endpoint().url, lang);
      const fields = ['name', 'phone', 'region', 'activities', 'languages', 'adult', 'consent.personalData'];
      (form as unknown as { clientIssues: unknown[] }).clientIssues = fields
        .slice(0, count)
        .map((field) => ({ field, code: 'required' }));
      await form.updateComplete;
      return q(form, '.dauys-vf__summary h2').textContent!.trim();
    };
    expect(await heading('en', 1)).to.equal('There is a problem with 1 answer');
    expect(await heading('en', 3)).to.equal('There are problems with 3 answers');
    expect(await heading('ru', 1)).to.equal('Ошибка в 1 ответе');
    expect(await heading('ru', 3)).to.equal('Ошибки в 3 ответах');
    expect(await heading('ru', 7)).to.equal('Ошибки в 7 ответах');
    expect(await heading('kk', 1)).to.equal('1 жауапта қате бар');
    expect(await heading('kk', 7)).to.equal('7 жауапта қате бар');
  });

  it('says it is not set up when endpoint, privacy-url or consent-version is missing', async () => {
    const form = await fixture<DauysVolunteerForm>(
      html`<dauys-volunteer-form lang="en"></dauys-volunteer-form>`,
    );
    expect(form.querySelector('form')).to.equal(null);
    expect(form.textContent).to.contain('endpoint, privacy-url, consent-version');
  });

  it('keeps personal data out of storage and the console', async () => {
    const logged: unknown[] = [];
    // Every console method is captured, log and debug included.
    /* eslint-disable no-console */
    const levels = ['log', 'warn', 'info', 'error', 'debug'] as const;
    const original = Object.fromEntries(levels.map((level) => [level, console[level]]));
    for (const level of levels) console[level] = (...args: unknown[]) => logged.push(...args);
    /* eslint-enable no-console */
    try {
      const { url } = endpoint({ mode: 'drop', fail: 'all' });
      const form = await mount(url);
      await fill(form);
      submitButton(form).click();
      await waitUntil(() => statusText(form).includes('connection failed'));
      const everything =
        JSON.stringify(logged) +
        JSON.stringify({ ...localStorage }) +
        JSON.stringify({ ...sessionStorage }) +
        location.href;
      expect(everything).to.not.contain('Айгерім');
      expect(everything).to.not.contain('7011234567');
    } finally {
      Object.assign(console, original);
    }
  });
});

describe('<dauys-volunteer-form> preview steps (the stories)', () => {
  for (const step of PREVIEW_STEPS) {
    it(`is accessible in the ${step} step, in kk, ru and en`, async () => {
      for (const lang of ['kk', 'ru', 'en']) {
        const form = await fixture<DauysVolunteerForm>(
          html`<dauys-volunteer-form
            lang=${lang}
            endpoint="/x"
            privacy-url="/p"
            consent-version="1"
            partner="p"
          ></dauys-volunteer-form>`,
        );
        await showPreview(form, step);
        if (step === 'sending' || step === 'retrying') {
          expect(submitButton(form).getAttribute('aria-disabled')).to.equal('true');
        }
        if (step === 'success') expect(form.querySelector('.dauys-vf__done')).to.not.equal(null);
        if (step === 'errors') expect(form.querySelector('.dauys-vf__summary')).to.not.equal(null);
        await expect(form).to.be.accessible();
      }
    });
  }
});
