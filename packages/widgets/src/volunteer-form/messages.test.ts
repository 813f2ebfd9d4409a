import { expect } from '@open-wc/testing';
import { ACTIVITIES, type IssueCode } from '@dauys/schema';
import { withLocale } from '../core/i18n.js';
import './dauys-volunteer-form.js';
import { activityLabel, failureMessage, issueMessage } from './messages.js';
import { PERSON_FIELDS } from './signup-form.js';
import type { FailureKind } from './submission.js';

const CODES: IssueCode[] = [
  'required',
  'invalid',
  'too-long',
  'invalid-phone',
  'invalid-email',
  'must-accept',
];
const KINDS: FailureKind[] = [
  'offline',
  'network',
  'timeout',
  'rate-limited',
  'server',
  'conflict',
  'rejected',
];

describe('volunteer form messages', () => {
  it('says how to fix every field and code, in every locale, without English in kk and ru', () => {
    for (const locale of ['kk', 'ru', 'en'] as const) {
      const texts = withLocale(locale, () => [
        ...PERSON_FIELDS.flatMap((field) => CODES.map((code) => issueMessage(field, code))),
        ...KINDS.flatMap((kind) => [failureMessage(kind), failureMessage(kind, 12)]),
        ...ACTIVITIES.map(activityLabel),
      ]);
      for (const text of texts) {
        expect(text.length, text).to.be.greaterThan(3);
        if (locale !== 'en') expect(text, `${locale}: ${text}`).to.not.match(/\b(the|your|Enter|Choose)\b/);
      }
    }
  });

  it('puts the limits and the wait into the sentences', () => {
    withLocale('ru', () => {
      expect(issueMessage('name', 'too-long')).to.equal('Сократите имя до 100 символов.');
      expect(failureMessage('rate-limited', 12)).to.contain('через 12 с');
    });
    withLocale('kk', () => {
      expect(issueMessage('locality', 'too-long')).to.contain('100 таңбаға');
      expect(failureMessage('server', 30)).to.contain('30 с кейін');
    });
  });
});
