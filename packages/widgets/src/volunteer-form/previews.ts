import type { DauysVolunteerForm } from './dauys-volunteer-form.js';
import { emptyValues, type FormValues } from './signup-form.js';
import type { SubmissionState } from './submission.js';

/**
 * The visual steps of the form, for stories, screenshots and the accessibility test that
 * walks through all of them. Shared so a story and a test show the same state the same way.
 * Steps after "filled" are set directly (no server is involved): the behaviour that leads to
 * them is tested against the real test endpoint in dauys-volunteer-form.test.ts.
 */
export const PREVIEW_STEPS = [
  'empty',
  'filled',
  'errors',
  'sending',
  'offline',
  'retrying',
  'server-error',
  'success',
] as const;
export type PreviewStep = (typeof PREVIEW_STEPS)[number];

/** A made-up volunteer (never a real person's data). */
export const PREVIEW_VALUES: FormValues = {
  ...emptyValues('almaty'),
  name: 'Айгерім Сәрсенова',
  phone: '+7 701 123 45 67',
  email: 'aigerim@example.kz',
  locality: 'Алматы',
  activities: ['door-to-door', 'online'],
  languages: ['kk', 'ru'],
  adult: true,
  consent: true,
};

const STATES: Partial<Record<PreviewStep, SubmissionState>> = {
  sending: { phase: 'sending', attempt: 1 },
  offline: { phase: 'failed', kind: 'offline', attempt: 1, autoRetry: 'online' },
  retrying: {
    phase: 'failed',
    kind: 'rate-limited',
    attempt: 1,
    status: 429,
    retryAt: Date.now() + 30_000,
    autoRetry: 'timer',
  },
  'server-error': { phase: 'failed', kind: 'server', attempt: 2, status: 503, autoRetry: 'online' },
  success: { phase: 'sent', status: 201, replay: false, attempt: 1 },
};

interface Internals {
  values: FormValues;
  submission: SubmissionState;
  retryWait: number | undefined;
}

/** Puts a connected form into one of the preview steps. */
export async function showPreview(form: DauysVolunteerForm, step: PreviewStep): Promise<void> {
  await form.updateComplete;
  const internals = form as unknown as Internals;
  if (step === 'empty') return;
  if (step === 'errors') {
    // A half-filled form sent for real: the schema finds the errors, the summary takes focus.
    internals.values = { ...emptyValues(), name: 'Айгерім', phone: '8 701 12', activities: ['online'] };
    await form.updateComplete;
    form.querySelector('form')?.requestSubmit();
    await form.updateComplete;
    return;
  }
  internals.values = { ...PREVIEW_VALUES };
  const state = STATES[step];
  if (state) {
    internals.retryWait = step === 'retrying' ? 30 : undefined;
    internals.submission = state;
  }
  await form.updateComplete;
}
