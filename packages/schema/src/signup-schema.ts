import * as v from 'valibot';
import { LOCALES } from './locale.js';
import { isKzMobileE164 } from './phone.js';
import { REGION_IDS } from './regions.js';
import { ACTIVITIES, PARTNER_CODE, SIGNUP_LIMITS, UTM_KEYS } from './signup.js';
import { textSchema } from './validation.js';

const vOptionalText = (max: number) =>
  v.optional(v.pipe(v.string('invalid'), v.trim(), v.maxLength(max, 'too-long')));
const vMustAccept = v.literal(true, 'must-accept');

/**
 * The signup contract, declared with valibot: the JSON Schema file is generated from it, and
 * `validateSignup` (signup.ts, without valibot) is tested to give the same output and issues.
 */
export const signupSchema = v.strictObject(
  {
    name: textSchema(SIGNUP_LIMITS.name),
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
    locality: vOptionalText(SIGNUP_LIMITS.locality),
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
    adult: vMustAccept,
    consent: v.strictObject(
      {
        personalData: vMustAccept,
        textVersion: textSchema(SIGNUP_LIMITS.textVersion),
        newsletter: v.boolean('invalid'),
      },
      'unknown-field',
    ),
    partner: v.optional(v.pipe(v.string('invalid'), v.trim(), v.regex(PARTNER_CODE, 'invalid'))),
    eventId: vOptionalText(SIGNUP_LIMITS.eventId),
    source: v.strictObject(
      {
        page: v.pipe(v.string('invalid'), v.maxLength(SIGNUP_LIMITS.url, 'too-long')),
        referrer: vOptionalText(SIGNUP_LIMITS.url),
        utm: v.optional(
          v.strictObject(
            Object.fromEntries(UTM_KEYS.map((key) => [key, vOptionalText(SIGNUP_LIMITS.utm)])) as Record<
              (typeof UTM_KEYS)[number],
              ReturnType<typeof vOptionalText>
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
