import { expect } from '@open-wc/testing';
import {
  buildSignup,
  emptyValues,
  parseFieldsAttribute,
  personIssues,
  setupIssues,
  signupSource,
  validateValues,
  type SignupContext,
} from './signup-form.js';
import { PREVIEW_VALUES } from './previews.js';

const context = (overrides: Partial<SignupContext> = {}): SignupContext => ({
  locale: 'ru',
  fields: parseFieldsAttribute(null),
  consentVersion: '2026-03',
  partner: 'youth-kz',
  source: { page: 'https://example.kz/join' },
  elapsedMs: 12_345.6,
  ...overrides,
});

describe('signup form logic (no DOM)', () => {
  it('reads the fields attribute', () => {
    expect([...parseFieldsAttribute(null)]).to.deep.equal(['email', 'locality', 'languages', 'newsletter']);
    expect([...parseFieldsAttribute('newsletter, EMAIL bogus')]).to.deep.equal(['email', 'newsletter']);
    expect([...parseFieldsAttribute('')]).to.deep.equal([]);
  });

  it('builds the hub signup: E.164 phone, rounded elapsedMs, optional fields only when shown', () => {
    const values = { ...PREVIEW_VALUES, phone: '8 (701) 123-45-67', newsletter: true };
    const signup = buildSignup(values, context());
    expect(signup.phone).to.equal('+77011234567');
    expect(signup.elapsedMs).to.equal(12_346);
    expect(signup.email).to.equal('aigerim@example.kz');
    expect(signup.consent).to.deep.equal({ personalData: true, textVersion: '2026-03', newsletter: true });
    expect(signup.partner).to.equal('youth-kz');
    expect(validateValues(values, context()).success).to.equal(true);

    const short = buildSignup(values, context({ fields: parseFieldsAttribute('email'), eventId: 'ev-1' }));
    expect(short.locality).to.equal(undefined);
    expect(short.languages, 'the language of the form when languages are not asked').to.deep.equal(['ru']);
    expect(short.consent.newsletter).to.equal(false);
    expect(short.eventId).to.equal('ev-1');
  });

  it('keeps the query and fragment of the page and referrer out of source, but keeps utm_*', () => {
    expect(
      signupSource(
        'https://partner.kz/join?utm_source=fb&utm_medium=cpc&name=Aigerim&phone=8701#form',
        'https://search.example/?q=Aigerim+8701',
      ),
    ).to.deep.equal({
      page: 'https://partner.kz/join',
      referrer: 'https://search.example/',
      utm: { utm_source: 'fb', utm_medium: 'cpc' },
    });
    expect(signupSource('https://partner.kz/', '')).to.deep.equal({ page: 'https://partner.kz/' });
    expect(signupSource('about:blank', 'android-app://x')).to.deep.equal({ page: '' });
  });

  it('splits issues the person can fix from set-up problems', () => {
    const result = validateValues(emptyValues(), context({ consentVersion: '', partner: 'not valid!' }));
    expect(result.success).to.equal(false);
    if (result.success) return;
    expect(personIssues(result.issues).map((issue) => issue.field)).to.deep.equal([
      'name',
      'phone',
      'region',
      'activities',
      'languages',
      'adult',
      'consent.personalData',
    ]);
    expect(setupIssues(result.issues).map((issue) => issue.field)).to.have.members([
      'consent.textVersion',
      'partner',
    ]);
    expect(personIssues([{ field: 'activities.2', code: 'invalid' }])).to.deep.equal([
      { field: 'activities', code: 'invalid' },
    ]);
  });
});
