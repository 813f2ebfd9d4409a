import {
  normaliseKzPhone,
  SIGNUP_LIMITS,
  UTM_KEYS,
  validateSignup,
  type Activity,
  type FieldIssue,
  type Locale,
  type SignupInput,
  type Validation,
  type Signup,
} from '@dauys/schema';

/** Fields a partner may leave out with the `fields` attribute; the rest are always asked. */
export const OPTIONAL_FIELDS = ['email', 'locality', 'languages', 'newsletter'] as const;
export type OptionalField = (typeof OPTIONAL_FIELDS)[number];

/**
 * Reads the `fields` attribute ("email locality languages newsletter", spaces or commas): the
 * optional fields to show. Absent means all of them; unknown words are ignored.
 */
export function parseFieldsAttribute(value: string | null | undefined): Set<OptionalField> {
  if (value === null || value === undefined) return new Set(OPTIONAL_FIELDS);
  const words = value.toLowerCase().split(/[\s,]+/);
  return new Set(OPTIONAL_FIELDS.filter((field) => words.includes(field)));
}

/** What the person typed, kept in memory only (never in storage, URLs or events). */
export interface FormValues {
  name: string;
  phone: string;
  email: string;
  region: string;
  locality: string;
  activities: Activity[];
  languages: Locale[];
  adult: boolean;
  consent: boolean;
  newsletter: boolean;
  /** The honeypot: people never see it, so it stays empty. */
  website: string;
}

export function emptyValues(region = ''): FormValues {
  return {
    name: '',
    phone: '',
    email: '',
    region,
    locality: '',
    activities: [],
    languages: [],
    adult: false,
    consent: false,
    newsletter: false,
    website: '',
  };
}

export interface SignupContext {
  locale: Locale;
  fields: ReadonlySet<OptionalField>;
  consentVersion: string;
  partner?: string | null;
  eventId?: string | null;
  source: Signup['source'];
  elapsedMs: number;
}

/** An address without its query and fragment: those may carry a person's data. */
function withoutQuery(href: string): string | undefined {
  try {
    const url = new URL(href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return `${url.origin}${url.pathname}`.slice(0, SIGNUP_LIMITS.url);
  } catch {
    return undefined;
  }
}

/**
 * Where the signup came from: the page and the referrer without query or fragment (they can
 * hold names, e-mails or tokens), plus the utm_* parameters of the page address.
 */
export function signupSource(pageHref: string, referrer: string): Signup['source'] {
  const source: Signup['source'] = { page: withoutQuery(pageHref) ?? '' };
  const from = referrer ? withoutQuery(referrer) : undefined;
  if (from) source.referrer = from;
  let params: URLSearchParams;
  try {
    params = new URL(pageHref).searchParams;
  } catch {
    return source;
  }
  const utm: NonNullable<Signup['source']['utm']> = {};
  for (const key of UTM_KEYS) {
    const value = params.get(key)?.trim();
    if (value) utm[key] = value.slice(0, SIGNUP_LIMITS.utm);
  }
  if (Object.keys(utm).length) source.utm = utm;
  return source;
}

/** The signup as the hub expects it, from the typed values (phone normalised to E.164). */
export function buildSignup(values: FormValues, context: SignupContext): SignupInput {
  const phone = normaliseKzPhone(values.phone) ?? values.phone.trim();
  const signup: SignupInput = {
    name: values.name,
    phone,
    region: values.region as SignupInput['region'],
    activities: values.activities,
    languages: context.fields.has('languages') ? values.languages : [context.locale],
    adult: values.adult as true,
    consent: {
      personalData: values.consent as true,
      textVersion: context.consentVersion,
      newsletter: context.fields.has('newsletter') && values.newsletter,
    },
    source: context.source,
    locale: context.locale,
    website: values.website,
    elapsedMs: Math.max(0, Math.round(context.elapsedMs)),
  };
  if (context.fields.has('email') && values.email.trim()) signup.email = values.email.trim();
  if (context.fields.has('locality') && values.locality.trim()) signup.locality = values.locality;
  if (context.partner?.trim()) signup.partner = context.partner.trim();
  if (context.eventId?.trim()) signup.eventId = context.eventId.trim();
  return signup;
}

/** Builds and validates with the hub's own validator, so both sides agree on every rule. */
export function validateValues(values: FormValues, context: SignupContext): Validation<Signup> {
  return validateSignup(buildSignup(values, context));
}

/** The fields a person fills in, in form order; an issue on any other field is a set-up error. */
export const PERSON_FIELDS = [
  'name',
  'phone',
  'email',
  'region',
  'locality',
  'activities',
  'languages',
  'adult',
  'consent.personalData',
  'consent.newsletter',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

export function isPersonField(field: string): field is PersonField {
  return (PERSON_FIELDS as readonly string[]).includes(field);
}

/** The form field an issue belongs to: "activities.0" (a bad item) is the group's. */
export function personFieldOf(path: string): string {
  const [head] = path.split('.');
  return head === 'consent' ? path : head;
}

/** Issues on fields the person can fix, in form order, one per field. */
export function personIssues(issues: readonly FieldIssue[]): (FieldIssue & { field: PersonField })[] {
  const byField = new Map<string, FieldIssue>();
  for (const issue of issues) {
    const field = personFieldOf(issue.field);
    if (isPersonField(field) && !byField.has(field)) byField.set(field, { field, code: issue.code });
  }
  return PERSON_FIELDS.filter((field) => byField.has(field)).map(
    (field) => byField.get(field) as FieldIssue & { field: PersonField },
  );
}

/** Issues the person cannot fix (partner, consent version, source…): the page is set up wrong. */
export function setupIssues(issues: readonly FieldIssue[]): FieldIssue[] {
  return issues.filter((issue) => !isPersonField(personFieldOf(issue.field)));
}
