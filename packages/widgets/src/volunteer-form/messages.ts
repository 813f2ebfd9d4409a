import { SIGNUP_LIMITS, type Activity, type IssueCode, type Locale } from '@dauys/schema';
import { msg, str } from '../core/i18n.js';
import type { FailureKind } from './submission.js';
import type { PersonField } from './signup-form.js';

/** Call these during render (or inside `inLocale`): they read the rendering element's locale. */

export const activityLabel = (activity: Activity): string => {
  switch (activity) {
    case 'door-to-door':
      return msg('Door-to-door visits', { id: 'volunteer-form.activity.door-to-door' });
    case 'events':
      return msg('Meetings and events', { id: 'volunteer-form.activity.events' });
    case 'info-stand':
      return msg('Information stands', { id: 'volunteer-form.activity.info-stand' });
    case 'online':
      return msg('Online and social media', { id: 'volunteer-form.activity.online' });
    case 'logistics':
      return msg('Logistics and driving', { id: 'volunteer-form.activity.logistics' });
    case 'other':
      return msg('Something else', { id: 'volunteer-form.activity.other' });
  }
};

/** Each language named in itself, as people look for their own. */
export const languageLabel = (language: Locale): string =>
  ({ kk: 'Қазақша', ru: 'Русский', en: 'English' })[language];

/** A sentence that says what is wrong with a field and how to fix it. */
export function issueMessage(field: PersonField, code: IssueCode): string {
  switch (field) {
    case 'name':
      return code === 'too-long'
        ? msg(str`Shorten your name to ${SIGNUP_LIMITS.name} characters or fewer.`, {
            id: 'volunteer-form.error.name-long',
          })
        : msg('Enter your name.', { id: 'volunteer-form.error.name' });
    case 'phone':
      return code === 'required'
        ? msg('Enter your mobile phone number.', { id: 'volunteer-form.error.phone-required' })
        : msg('Enter a Kazakhstan mobile number, for example +7 701 123 45 67 or 8 701 123 45 67.', {
            id: 'volunteer-form.error.phone',
          });
    case 'email':
      return code === 'too-long'
        ? msg(str`Shorten the email address to ${SIGNUP_LIMITS.email} characters or fewer.`, {
            id: 'volunteer-form.error.email-long',
          })
        : msg('Enter an email address like name@example.kz, or leave the field empty.', {
            id: 'volunteer-form.error.email',
          });
    case 'region':
      return msg('Choose your region from the list.', { id: 'volunteer-form.error.region' });
    case 'locality':
      return msg(str`Shorten the locality to ${SIGNUP_LIMITS.locality} characters or fewer.`, {
        id: 'volunteer-form.error.locality-long',
      });
    case 'activities':
      return msg('Choose at least one way you can help.', { id: 'volunteer-form.error.activities' });
    case 'languages':
      return msg('Choose at least one language you speak.', { id: 'volunteer-form.error.languages' });
    case 'adult':
      return msg('Confirm that you are 18 or older: only adults can volunteer in the campaign.', {
        id: 'volunteer-form.error.adult',
      });
    case 'consent.personalData':
      return msg(
        'Tick the box to agree to the processing of your personal data: without it the signup cannot be accepted.',
        { id: 'volunteer-form.error.consent' },
      );
    case 'consent.newsletter':
      return msg('Tick or untick the newsletter box again.', { id: 'volunteer-form.error.newsletter' });
  }
}

export const setupProblemMessage = () =>
  msg('This form is set up incorrectly, so it cannot send your signup. Please tell the site owner.', {
    id: 'volunteer-form.error.setup',
  });

/** What happened to a send that failed, and what the form does next. */
export function failureMessage(kind: FailureKind, retryInSeconds?: number): string {
  switch (kind) {
    case 'offline':
      return msg(
        'You are offline. Your answers are kept on this page, and the form will send them as soon as the connection is back.',
        { id: 'volunteer-form.failure.offline' },
      );
    case 'network':
      return msg(
        'The signup could not be sent: the connection failed. Your answers are kept. Check your internet connection and press “Try again”.',
        { id: 'volunteer-form.failure.network' },
      );
    case 'timeout':
      return msg(
        'The server took too long to answer. Your answers are kept. Press “Try again”; you will not be signed up twice.',
        { id: 'volunteer-form.failure.timeout' },
      );
    case 'rate-limited':
      return retryInSeconds !== undefined && retryInSeconds > 0
        ? msg(
            str`Too many signups are arriving right now. Your answers are kept, and the form will try again in ${retryInSeconds} s.`,
            { id: 'volunteer-form.failure.rate-limited-wait' },
          )
        : msg('Too many signups are arriving right now. Your answers are kept. Press “Try again”.', {
            id: 'volunteer-form.failure.rate-limited',
          });
    case 'server':
      return retryInSeconds !== undefined && retryInSeconds > 0
        ? msg(
            str`The server had a problem. Your answers are kept, and the form will try again in ${retryInSeconds} s.`,
            { id: 'volunteer-form.failure.server-wait' },
          )
        : msg(
            'The server had a problem and did not save the signup. Your answers are kept. Press “Try again” in a minute.',
            { id: 'volunteer-form.failure.server' },
          );
    case 'conflict':
      return msg(
        'This signup was already received with different details. Reload the page to sign up again, or contact the organisers.',
        { id: 'volunteer-form.failure.conflict' },
      );
    case 'rejected':
      return setupProblemMessage();
  }
}
