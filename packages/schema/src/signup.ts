import type { FieldIssue, IssueCode, Validation } from './common.js';
import { LOCALES } from './locale.js';
import { isKzMobileE164 } from './phone.js';
import { REGION_IDS } from './region-names.js';
import type { Signup } from './signup-schema.js';

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

export const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const;
/** A partner code as it appears in the `partner` attribute. */
export const PARTNER_CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/**
 * One rule of `validateSignup`: checks `value` at the dotted `path`, adds issues (the first per
 * path counts) and returns the output value (text trimmed, objects and arrays copied).
 */
type Rule = (value: unknown, path: string, issues: FieldIssue[]) => unknown;

const report = (issues: FieldIssue[], field: string, code: IssueCode): undefined => {
  if (!issues.some((issue) => issue.field === field)) issues.push({ field, code });
  return undefined;
};

/** A value of the wrong type: `required` when it is missing, else `code`. */
const wrongType = (issues: FieldIssue[], field: string, value: unknown, code: IssueCode): undefined =>
  report(issues, field, value === undefined ? 'required' : code);

interface TextRule {
  max?: number;
  /** 1: must not be empty after trimming (`required`). */
  min?: number;
  keepSpace?: boolean;
  test?: (text: string) => boolean;
  /** The code when `test` fails. */
  code?: IssueCode;
  /** The code when the value is not a string. */
  typeCode?: IssueCode;
}

const string =
  ({ max = Infinity, min = 0, keepSpace, test, code = 'invalid', typeCode = 'invalid' }: TextRule): Rule =>
  (value, path, issues) => {
    if (typeof value !== 'string') return wrongType(issues, path, value, typeCode);
    const text = keepSpace ? value : value.trim();
    if (text.length < min) report(issues, path, 'required');
    if (text.length > max) report(issues, path, 'too-long');
    if (test && !test(text)) report(issues, path, code);
    return text;
  };

const optional =
  (rule: Rule): Rule =>
  (value, path, issues) =>
    value === undefined ? value : rule(value, path, issues);

const oneOf =
  (options: readonly unknown[], code: IssueCode = 'invalid'): Rule =>
  (value, path, issues) =>
    options.includes(value) ? value : wrongType(issues, path, value, code);

/** A list of 1 to `options.length` items, each one of `options`. */
const someOf =
  (options: readonly unknown[]): Rule =>
  (value, path, issues) => {
    if (!Array.isArray(value)) return wrongType(issues, path, value, 'invalid');
    let known = true;
    for (let index = 0; index < value.length; index++) {
      if (!options.includes(value[index]))
        known = !!wrongType(issues, `${path}.${index}`, value[index], 'invalid');
    }
    if (known && !value.length) report(issues, path, 'required');
    if (known && value.length > options.length) report(issues, path, 'invalid');
    return [...value];
  };

/** An object with exactly these keys; the first unknown key is reported. */
const object =
  (entries: Record<string, Rule>): Rule =>
  (value, path, issues) => {
    if (!value || typeof value !== 'object') return wrongType(issues, path, value, 'unknown-field');
    const input = value as Record<string, unknown>;
    const output: Record<string, unknown> = {};
    const at = (key: string) => (path ? `${path}.${key}` : key);
    for (const key in entries) {
      const checked = entries[key](input[key], at(key), issues);
      if (key in input) output[key] = checked;
    }
    for (const key in input) {
      if (!Object.hasOwn(entries, key)) {
        report(issues, at(key), 'unknown-field');
        break;
      }
    }
    return output;
  };

/** valibot's `email()` rule. */
const EMAIL = /^[\w+-]+(?:\.[\w+-]+)*@[\da-zA-Z]+(?:[.-][\da-zA-Z]+)*\.[a-zA-Z]{2,}$/u;
const emailText = string({
  max: SIGNUP_LIMITS.email,
  test: (email) => EMAIL.test(email),
  code: 'invalid-email',
});
const mustAccept = oneOf([true], 'must-accept');
const text = (max: number) => string({ max, min: 1 });
const optionalText = (max: number) => optional(string({ max }));

const checkSignup = object({
  name: text(SIGNUP_LIMITS.name),
  phone: string({ min: 1, test: isKzMobileE164, code: 'invalid-phone', typeCode: 'required' }),
  /** '' or an address. */
  email: optional((value, path, issues) =>
    value === ''
      ? value
      : typeof value === 'string'
        ? emailText(value, path, issues)
        : report(issues, path, 'invalid'),
  ),
  region: oneOf(REGION_IDS, 'invalid-region'),
  locality: optionalText(SIGNUP_LIMITS.locality),
  activities: someOf(ACTIVITIES),
  languages: someOf(LOCALES),
  adult: mustAccept,
  consent: object({
    personalData: mustAccept,
    textVersion: text(SIGNUP_LIMITS.textVersion),
    newsletter: oneOf([true, false]),
  }),
  partner: optional(string({ test: (partner) => PARTNER_CODE.test(partner) })),
  eventId: optionalText(SIGNUP_LIMITS.eventId),
  source: object({
    page: string({ max: SIGNUP_LIMITS.url, keepSpace: true }),
    referrer: optionalText(SIGNUP_LIMITS.url),
    utm: optional(object(Object.fromEntries(UTM_KEYS.map((key) => [key, optionalText(SIGNUP_LIMITS.utm)])))),
  }),
  locale: oneOf(LOCALES),
  website: optional(string({ max: SIGNUP_LIMITS.honeypot, keepSpace: true })),
  elapsedMs: (value, path, issues) =>
    Number.isInteger(value) && (value as number) >= 0 ? value : wrongType(issues, path, value, 'invalid'),
});

/**
 * Validates a signup exactly as the hub does; issues carry codes the form translates. These are
 * the rules of `signupSchema` written out without valibot, so the volunteer form's bundle stays
 * small; schema tests check that both give the same output and issues for thousands of inputs.
 */
export function validateSignup(input: unknown): Validation<Signup> {
  const issues: FieldIssue[] = [];
  const output = checkSignup(input, '', issues) as Signup;
  return issues.length ? { success: false, issues } : { success: true, output };
}

/** True for a submission the spam traps caught: answered as accepted, never stored. */
export function isLikelySpam(signup: Pick<Signup, 'website' | 'elapsedMs'>): boolean {
  return (signup.website ?? '').trim() !== '' || signup.elapsedMs < MIN_FILL_TIME_MS;
}
