import * as v from 'valibot';
import { validateWith, type Validation } from './common.js';
import { LOCALES } from './locale.js';
import { isKzMobileE164 } from './phone.js';
import { REGION_IDS } from './regions.js';

export const ACTIVITIES = ['door-to-door', 'events', 'info-stand', 'online', 'logistics', 'other'] as const;
export type Activity = (typeof ACTIVITIES)[number];

export const SIGNUP_LIMITS = {
  name: 100,
  email: 254,
  locality: 100,
  partner: 64,
  eventId: 100,
  textVersion: 40,
  url: 2048,
  utm: 200,
  honeypot: 500,
} as const;

/** The hub answers signups faster than this as if accepted, and stores nothing. */
export const MIN_FILL_TIME_MS = 2000;

const text = (max: number) =>
  v.pipe(v.string('invalid'), v.trim(), v.minLength(1, 'required'), v.maxLength(max, 'too-long'));
const optionalText = (max: number) =>
  v.optional(v.pipe(v.string('invalid'), v.trim(), v.maxLength(max, 'too-long')));
const mustAccept = v.literal(true, 'must-accept');

const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const;

export const signupSchema = v.strictObject(
  {
    name: text(SIGNUP_LIMITS.name),
    phone: v.pipe(
      v.string('required'),
      v.trim(),
      v.minLength(1, 'required'),
      v.check(isKzMobileE164, 'invalid-phone'),
    ),
    email: v.optional(
      v.union(
        [
          v.literal(''),
          v.pipe(
            v.string(),
            v.trim(),
            v.maxLength(SIGNUP_LIMITS.email, 'too-long'),
            v.email('invalid-email'),
          ),
        ],
        'invalid-email',
      ),
    ),
    region: v.picklist(REGION_IDS, 'invalid-region'),
    locality: optionalText(SIGNUP_LIMITS.locality),
    activities: v.pipe(
      v.array(v.picklist(ACTIVITIES, 'invalid'), 'invalid'),
      v.minLength(1, 'required'),
      v.maxLength(ACTIVITIES.length, 'invalid'),
    ),
    languages: v.pipe(
      v.array(v.picklist(LOCALES, 'invalid'), 'invalid'),
      v.minLength(1, 'required'),
      v.maxLength(LOCALES.length, 'invalid'),
    ),
    adult: mustAccept,
    consent: v.strictObject(
      {
        personalData: mustAccept,
        textVersion: text(SIGNUP_LIMITS.textVersion),
        newsletter: v.boolean('invalid'),
      },
      'unknown-field',
    ),
    partner: v.optional(
      v.pipe(v.string('invalid'), v.trim(), v.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'invalid')),
    ),
    eventId: optionalText(SIGNUP_LIMITS.eventId),
    source: v.strictObject(
      {
        page: v.pipe(v.string('invalid'), v.maxLength(SIGNUP_LIMITS.url, 'too-long')),
        referrer: optionalText(SIGNUP_LIMITS.url),
        utm: v.optional(
          v.strictObject(
            Object.fromEntries(UTM_KEYS.map((key) => [key, optionalText(SIGNUP_LIMITS.utm)])) as Record<
              (typeof UTM_KEYS)[number],
              ReturnType<typeof optionalText>
            >,
            'unknown-field',
          ),
        ),
      },
      'unknown-field',
    ),
    locale: v.picklist(LOCALES, 'invalid'),
    /** Honeypot: people never see it, so it stays empty; bots fill it. */
    website: v.optional(v.pipe(v.string('invalid'), v.maxLength(SIGNUP_LIMITS.honeypot, 'too-long'))),
    /** How long the form was open before sending, in milliseconds. */
    elapsedMs: v.pipe(v.number('invalid'), v.integer('invalid'), v.minValue(0, 'invalid')),
  },
  'unknown-field',
);

/** A volunteer signup (v1 contract) after validation and trimming. */
export type Signup = v.InferOutput<typeof signupSchema>;
/** What a form sends before validation. */
export type SignupInput = v.InferInput<typeof signupSchema>;

/** Validates a signup exactly as the hub does; issues carry codes the form translates. */
export function validateSignup(input: unknown): Validation<Signup> {
  return validateWith(signupSchema, input);
}

/** True for a submission the spam traps caught: answered as accepted, never stored. */
export function isLikelySpam(signup: Pick<Signup, 'website' | 'elapsedMs'>): boolean {
  return (signup.website ?? '').trim() !== '' || signup.elapsedMs < MIN_FILL_TIME_MS;
}
