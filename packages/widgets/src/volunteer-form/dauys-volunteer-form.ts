import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  ACTIVITIES,
  LOCALES,
  formatKzPhone,
  normaliseKzPhone,
  pickLocalised,
  regionById,
  regionsByName,
  type Activity,
  type FieldIssue,
  type Locale,
  type Localised,
} from '@dauys/schema';
import { currentTime } from '../core/clock.js';
import { DauysElement } from '../core/dauys-element.js';
import { emit } from '../core/events.js';
import { msg, plural, registerTranslations, str } from '../core/i18n.js';
import { silenceNotice } from '../core/notices.js';
import { SilenceController } from '../core/silence.js';
import { templates as kk } from './locales/kk.js';
import { templates as ru } from './locales/ru.js';
import {
  activityLabel,
  failureMessage,
  issueMessage,
  languageLabel,
  setupProblemMessage,
} from './messages.js';
import {
  emptyValues,
  parseFieldsAttribute,
  personFieldOf,
  personIssues,
  setupIssues,
  signupSource,
  validateValues,
  type FormValues,
  type PersonField,
  type SignupContext,
} from './signup-form.js';
import { isBusy, isRetryable, Submission, type FailureKind, type SubmissionState } from './submission.js';
import { adoptFormStyles, shadowStyles } from './volunteer-form.styles.js';

registerTranslations({ kk, ru });

export interface SignupSubmitDetail {
  /** Opaque id of this signup (its Idempotency-Key): the same on every retry. */
  signupId: string;
  attempt: number;
}
export interface SignupSuccessDetail {
  signupId: string;
  /** 201 stored now, 200 the server already had it (a retry after a lost answer). */
  status: number;
  replay: boolean;
}
export interface SignupErrorDetail {
  /** Undefined when the form did not send anything (errors found before sending). */
  signupId?: string;
  kind: FailureKind | 'validation';
  status?: number;
  /** Whether the form retries by itself (back online, or after Retry-After). */
  willRetry: boolean;
  /** For `validation`: the names of the fields with errors (never their values). */
  fields?: string[];
}

declare global {
  interface DauysEventMap {
    'dauys-signup-submit': SignupSubmitDetail;
    'dauys-signup-success': SignupSuccessDetail;
    'dauys-signup-error': SignupErrorDetail;
  }
  interface GlobalEventHandlersEventMap {
    'dauys-signup-submit': CustomEvent<SignupSubmitDetail>;
    'dauys-signup-success': CustomEvent<SignupSuccessDetail>;
    'dauys-signup-error': CustomEvent<SignupErrorDetail>;
  }
}

let instances = 0;

/** Where the person goes when they follow a summary link, per field. */
const FIELD_TARGET: Record<PersonField, string> = {
  name: 'name',
  phone: 'phone',
  email: 'email',
  region: 'region',
  locality: 'locality',
  activities: 'activity-door-to-door',
  languages: 'language-kk',
  adult: 'adult',
  'consent.personalData': 'consent',
  'consent.newsletter': 'newsletter',
};

/**
 * A volunteer signup form for partner sites: validated by the same schema as the hub, sent
 * with an Idempotency-Key so retries never duplicate a signup, and kept in memory through any
 * failure until it is sent.
 *
 * The form and its inputs are rendered in the **light DOM** (children of the element), so
 * browser autofill and password managers fill them and each label sits beside its input in
 * the same tree. Their styles come from one adopted stylesheet scoped to `.dauys-vf` with a
 * specificity that ordinary page rules (`input {…}`, `#content input`) cannot beat. Theme them
 * with the custom properties below; there are no parts inside the form.
 *
 * @summary Volunteer signup form that never loses or duplicates a signup.
 *
 * @csspart silence-notice - The notice shown instead of the form during campaign silence.
 *
 * @cssproperty --dauys-volunteer-form-max-width - Width limit of the form (default 40rem).
 * @cssproperty --dauys-volunteer-form-gap - Space between fields.
 * @cssproperty --dauys-volunteer-form-font-family - Font of the form (default: the page's).
 * @cssproperty --dauys-volunteer-form-input-background - Background of text inputs and the select.
 * @cssproperty --dauys-volunteer-form-input-radius - Corner radius of inputs.
 * @cssproperty --dauys-volunteer-form-submit-background - Background of the send button.
 * @cssproperty --dauys-volunteer-form-submit-color - Text colour of the send button.
 *
 * @event dauys-signup-submit - A person sent the signup (detail: `signupId`, `attempt`).
 * @event dauys-signup-success - The server accepted it (detail: `signupId`, `status`, `replay`).
 * @event dauys-signup-error - It could not be sent or was refused (detail: `kind`, `status`,
 *   `willRetry`, `fields`). Details never carry what the person typed.
 */
export class DauysVolunteerForm extends DauysElement {
  /** The shadow root only shows the silence notice; the form's own styles are adopted (see styles). */
  static override styles = [...DauysElement.styles, shadowStyles];

  /*
   * Reactive properties are declared statically rather than with decorators, and the fields
   * are `declare`d and set in the constructor, so the class behaves the same under any
   * class-field semantics and compiler settings a consumer's bundler may use.
   */
  static override properties = {
    endpoint: {},
    partner: {},
    eventId: { attribute: 'event-id' },
    fields: {},
    region: {},
    privacyUrl: { attribute: 'privacy-url' },
    consentVersion: { attribute: 'consent-version' },
    shareUrl: { attribute: 'share-url' },
    timeout: { type: Number },
    now: {},
    silence: {},
    silenceFrom: { attribute: 'silence-from' },
    silenceUntil: { attribute: 'silence-until' },
    values: { state: true },
    clientIssues: { state: true },
    serverIssues: { state: true },
    setupProblem: { state: true },
    submission: { state: true },
    selectedEvent: { state: true },
    copied: { state: true },
  };

  /** The URL the signup is POSTed to as JSON (e.g. `https://hub.example.kz/api/v1/signups`). */
  declare endpoint: string;
  /** Code of the organisation embedding the form; credited on every signup. */
  declare partner: string;
  /** Signs up for one event (an event finder's `dauys-event-select` on the page overrides it). */
  declare eventId: string;
  /** Optional fields to show, space-separated: `email locality languages newsletter` (default all). */
  declare fields: string | null;
  /** Region id to preselect (e.g. `almaty`). */
  declare region: string;
  /** The operator's privacy notice (who processes the data, why, for how long, transfers). */
  declare privacyUrl: string;
  /** Version of the consent text the person agrees to; stored with each signup. */
  declare consentVersion: string;
  /** Address to share from the thank-you step (default: this page without its query). */
  declare shareUrl: string;
  /** How long one send may take before it counts as failed, in ms (default 15000). */
  declare timeout: number;
  /** Fixed clock (ISO 8601) for previews and tests: decides campaign silence. */
  declare now: string | null;
  /** `off` turns campaign silence off for this element. */
  declare silence: string | null;
  /** Start of the campaign-silence window (ISO 8601), with `silence-until`. */
  declare silenceFrom: string | null;
  /** End of the campaign-silence window (ISO 8601). */
  declare silenceUntil: string | null;

  declare private values: FormValues;
  /** Issues found before sending, shown after the first attempt. */
  declare private clientIssues: FieldIssue[];
  /** Issues from a 422; a field's issue goes when that field is edited. */
  declare private serverIssues: FieldIssue[];
  declare private setupProblem: boolean;
  declare private submission: SubmissionState;
  /** From an event finder's `dauys-event-select`; `id: ''` when the person chose "no event". */
  declare private selectedEvent: { id: string; title?: Localised } | undefined;
  declare private copied: boolean;

  constructor() {
    super();
    this.endpoint = '';
    this.partner = '';
    this.eventId = '';
    this.fields = null;
    this.region = '';
    this.privacyUrl = '';
    this.consentVersion = '';
    this.shareUrl = '';
    this.timeout = 15_000;
    this.now = null;
    this.silence = null;
    this.silenceFrom = null;
    this.silenceUntil = null;
    this.values = emptyValues();
    this.clientIssues = [];
    this.serverIssues = [];
    this.setupProblem = false;
    this.submission = { phase: 'idle' };
    this.selectedEvent = undefined;
    this.copied = false;
  }

  private readonly uid = `dauys-vf-${++instances}`;
  private attempted = false;
  private retryWait: number | undefined;
  private startedAt = performance.now();
  private readonly silenceController = new SilenceController(this, () => ({
    silence: this.silence,
    silenceFrom: this.silenceFrom,
    silenceUntil: this.silenceUntil,
    now: currentTime(this.now),
    clockPinned: this.now !== null,
  }));
  private readonly sender = new Submission({
    endpoint: '',
    onChange: (next) => this.onSubmissionChange(next),
    paused: () => this.silenceController.active,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    adoptFormStyles(this.getRootNode());
    window.addEventListener('online', this.onOnline);
    document.addEventListener('dauys-event-select', this.onEventSelect);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    document.removeEventListener('dauys-event-select', this.onEventSelect);
    this.sender.dispose();
  }

  /** Clears the form for the next person ("sign up someone else"). */
  reset(): void {
    this.sender.reset();
    this.values = emptyValues(regionById(this.region) ? this.region : '');
    this.clientIssues = [];
    this.serverIssues = [];
    this.setupProblem = false;
    this.attempted = false;
    this.copied = false;
    this.startedAt = performance.now();
    void this.updateComplete.then(() => this.field('name')?.focus());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('region') && !this.values.region && regionById(this.region)) {
      this.values = { ...this.values, region: this.region };
    }
    if (changed.has('endpoint') || changed.has('timeout')) {
      this.sender.configure({ endpoint: this.endpoint, timeoutMs: this.timeout });
    }
  }

  /** The shadow root holds only the silence notice and a slot for the light-DOM form. */
  protected override render(): TemplateResult {
    const silenceWindow = this.silenceController.window;
    const silent = this.silenceController.active && silenceWindow !== null;
    return html`${silent ? silenceNotice(silenceWindow) : nothing}<slot ?hidden=${silent}></slot>`;
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    this.inLocale(() =>
      render(this.silenceController.active ? nothing : this.renderLight(), this, { host: this }),
    );
  }

  private renderLight(): TemplateResult {
    const problems = this.configurationProblems();
    if (problems.length) {
      return html`<div class="dauys-vf">
        <p class="dauys-vf__note" role="note">
          ${msg(
            str`This signup form is not set up yet. Site owner: set the ${problems.join(', ')} attribute(s).`,
            { id: 'volunteer-form.not-configured' },
          )}
        </p>
      </div>`;
    }
    return html`<div class="dauys-vf" data-phase=${this.submission.phase}>
      ${this.submission.phase === 'sent' ? this.renderDone() : this.renderForm()}
    </div>`;
  }

  private configurationProblems(): string[] {
    const missing: string[] = [];
    if (!this.endpoint) missing.push('endpoint');
    if (!this.privacyUrl) missing.push('privacy-url');
    if (!this.consentVersion) missing.push('consent-version');
    return missing;
  }

  private idOf(name: string): string {
    return `${this.uid}-${name}`;
  }

  private field(name: string): HTMLElement | null {
    return this.querySelector<HTMLElement>(`#${this.idOf(name)}`);
  }

  private get visibleIssues(): (FieldIssue & { field: PersonField })[] {
    return personIssues([...this.serverIssues, ...this.clientIssues]);
  }

  private issueFor(field: PersonField): FieldIssue | undefined {
    return this.visibleIssues.find((issue) => issue.field === field);
  }

  private renderForm(): TemplateResult {
    const fields = parseFieldsAttribute(this.fields);
    const issues = this.visibleIssues;
    const sending = this.submission.phase === 'sending';
    const failed = this.submission.phase === 'failed' ? this.submission : undefined;
    const busy = isBusy(this.submission, Date.now());
    return html`<form class="dauys-vf__form" novalidate @submit=${this.onSubmit} @input=${this.onInput}>
      ${issues.length ? this.renderSummary(issues) : nothing} ${this.renderEventNote()}
      ${this.textField('name', msg('Full name', { id: 'volunteer-form.name' }), {
        autocomplete: 'name',
        maxlength: 100,
        value: this.values.name,
      })}
      ${this.textField('phone', msg('Mobile phone', { id: 'volunteer-form.phone' }), {
        type: 'tel',
        autocomplete: 'tel',
        inputmode: 'tel',
        maxlength: 24,
        value: this.values.phone,
        hint: msg('A Kazakhstan mobile number, for example +7 701 123 45 67 or 8 701 123 45 67.', {
          id: 'volunteer-form.phone-hint',
        }),
      })}
      ${
        fields.has('email')
          ? this.textField('email', msg('Email', { id: 'volunteer-form.email' }), {
              type: 'email',
              autocomplete: 'email',
              inputmode: 'email',
              optional: true,
              maxlength: 254,
              value: this.values.email,
            })
          : nothing
      }
      ${this.renderRegion()}
      ${
        fields.has('locality')
          ? this.textField('locality', msg('City, town or village', { id: 'volunteer-form.locality' }), {
              autocomplete: 'address-level2',
              optional: true,
              maxlength: 100,
              value: this.values.locality,
            })
          : nothing
      }
      ${this.checkGroup(
        'activities',
        msg('How can you help?', { id: 'volunteer-form.activities' }),
        ACTIVITIES.map((activity) => ({
          value: activity,
          id: `activity-${activity}`,
          label: activityLabel(activity),
          checked: this.values.activities.includes(activity),
        })),
      )}
      ${
        fields.has('languages')
          ? this.checkGroup(
              'languages',
              msg('Languages you speak', { id: 'volunteer-form.languages' }),
              LOCALES.map((language) => ({
                value: language,
                id: `language-${language}`,
                label: languageLabel(language),
                lang: language,
                checked: this.values.languages.includes(language),
              })),
            )
          : nothing
      }
      <fieldset
        class="dauys-vf__group"
        ?data-invalid=${this.issueFor('adult') || this.issueFor('consent.personalData')}
      >
        <legend class="dauys-vf__legend">
          ${msg('Confirmation and consent', { id: 'volunteer-form.consent-legend' })}
        </legend>
        ${this.checkbox('adult', msg('I am 18 or older', { id: 'volunteer-form.adult' }), this.values.adult)}
        <p class="dauys-vf__hint" id=${this.idOf('consent-hint')}>
          ${msg(
            'Who processes your data, why, for how long, and what your rights are is explained in the privacy notice.',
            { id: 'volunteer-form.privacy-summary' },
          )}
          <a href=${this.privacyUrl} target="_blank" rel="noopener"
            >${msg('Read the privacy notice (opens in a new tab)', { id: 'volunteer-form.privacy-link' })}</a
          >
        </p>
        ${this.checkbox(
          'consent',
          msg(
            'I agree to the processing of my personal data for volunteering in this campaign, as described in the privacy notice',
            { id: 'volunteer-form.consent' },
          ),
          this.values.consent,
          'consent.personalData',
          this.idOf('consent-hint'),
        )}
        ${
          fields.has('newsletter')
            ? this.checkbox(
                'newsletter',
                msg('Send me campaign news by email or SMS (optional)', { id: 'volunteer-form.newsletter' }),
                this.values.newsletter,
                'consent.newsletter',
              )
            : nothing
        }
      </fieldset>
      <div class="dauys-vf__trap" aria-hidden="true">
        <label for=${this.idOf('trap')}
          >${msg('Leave this field empty', { id: 'volunteer-form.trap' })}</label
        >
        <input
          id=${this.idOf('trap')}
          name="dauys_hp"
          type="text"
          tabindex="-1"
          autocomplete="off"
          .value=${live(this.values.website)}
        />
      </div>
      <div class="dauys-vf__footer">
        <div
          class="dauys-vf__status"
          role="status"
          data-tone=${failed ? (failed.kind === 'offline' || failed.kind === 'rate-limited' ? 'warning' : 'error') : nothing}
        >
          ${this.renderStatus()}
        </div>
        <div class="dauys-vf__actions">
          <button
            class="dauys-vf__button"
            data-variant="primary"
            type="submit"
            aria-disabled=${busy ? 'true' : 'false'}
          >
            ${sending ? html`<span class="dauys-vf__spinner" aria-hidden="true"></span>` : nothing}
            ${
              sending
                ? msg('Sending…', { id: 'volunteer-form.sending-button' })
                : failed && isRetryable(failed.kind)
                  ? msg('Try again', { id: 'volunteer-form.retry' })
                  : msg('Sign up', { id: 'volunteer-form.submit' })
            }
          </button>
        </div>
      </div>
    </form>`;
  }

  private renderSummary(issues: (FieldIssue & { field: PersonField })[]): TemplateResult {
    return html`<div class="dauys-vf__summary" tabindex="-1" aria-labelledby=${this.idOf('summary-title')}>
      <div role="alert">
        <h2 class="dauys-vf__title" id=${this.idOf('summary-title')}>
          ${plural(issues.length, {
            one: msg(str`There is a problem with ${issues.length} answer`, {
              id: 'volunteer-form.summary-one',
            }),
            few: msg(str`There are problems with ${issues.length} answers`, {
              id: 'volunteer-form.summary-few',
            }),
            many: msg(str`There are problems with ${issues.length} answers`, {
              id: 'volunteer-form.summary-many',
            }),
            other: msg(str`There are problems with ${issues.length} answers`, {
              id: 'volunteer-form.summary-other',
            }),
          })}
        </h2>
        <ul>
          ${issues.map(
            (issue) =>
              html`<li>
                <a href="#${this.idOf(FIELD_TARGET[issue.field])}" @click=${this.onSummaryLink}
                  >${issueMessage(issue.field, issue.code)}</a
                >
              </li>`,
          )}
        </ul>
      </div>
    </div>`;
  }

  private renderEventNote(): TemplateResult | typeof nothing {
    const event = this.selectedEvent;
    if (event ? !event.id : !this.eventId) return nothing;
    const title = event?.title ? pickLocalised(event.title, this.locale) : '';
    return html`<div class="dauys-vf__note">
      <p>
        ${
          title
            ? msg(str`You are signing up for the event “${title}”.`, { id: 'volunteer-form.event-titled' })
            : msg('You are signing up for the selected event.', { id: 'volunteer-form.event' })
        }
      </p>
      <button class="dauys-vf__button" type="button" @click=${this.clearEvent}>
        ${msg('Sign up without this event', { id: 'volunteer-form.event-clear' })}
      </button>
    </div>`;
  }

  private readonly clearEvent = (): void => {
    this.selectedEvent = { id: '' };
    void this.updateComplete.then(() => this.field('name')?.focus());
  };

  private renderStatus(): TemplateResult | string | typeof nothing {
    if (this.setupProblem) return html`<p>${setupProblemMessage()}</p>`;
    const state = this.submission;
    if (state.phase === 'sending') {
      return html`<p>${msg('Sending your signup…', { id: 'volunteer-form.sending' })}</p>`;
    }
    if (state.phase !== 'failed') return nothing;
    return html`<p>${failureMessage(state.kind, this.retryWait)}</p>`;
  }

  private textField(
    name: 'name' | 'phone' | 'email' | 'locality',
    label: string,
    options: {
      type?: 'text' | 'tel' | 'email';
      autocomplete: 'name' | 'tel' | 'email' | 'address-level2';
      inputmode?: 'tel' | 'email';
      optional?: boolean;
      maxlength: number;
      value: string;
      hint?: string;
    },
  ): TemplateResult {
    const issue = this.issueFor(name);
    const describedBy = [
      options.hint ? this.idOf(`${name}-hint`) : '',
      issue ? this.idOf(`${name}-error`) : '',
    ]
      .filter(Boolean)
      .join(' ');
    return html`<div class="dauys-vf__field" ?data-invalid=${issue}>
      <label class="dauys-vf__label" for=${this.idOf(name)}>
        ${label}${options.optional ? html` <span class="dauys-vf__optional">${this.optionalMark()}</span>` : nothing}
      </label>
      ${options.hint ? html`<p class="dauys-vf__hint" id=${this.idOf(`${name}-hint`)}>${options.hint}</p>` : nothing}
      ${issue ? this.errorText(name, issue) : nothing}
      <input
        class="dauys-vf__input"
        id=${this.idOf(name)}
        name=${name}
        type=${options.type ?? 'text'}
        autocomplete=${options.autocomplete}
        inputmode=${ifDefined(options.inputmode)}
        maxlength=${options.maxlength}
        spellcheck=${name === 'name' || name === 'locality' ? 'true' : 'false'}
        autocapitalize=${name === 'name' || name === 'locality' ? 'words' : 'off'}
        ?required=${!options.optional}
        aria-invalid=${issue ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        .value=${live(options.value)}
        @blur=${name === 'phone' ? this.onPhoneBlur : nothing}
      />
    </div>`;
  }

  private optionalMark(): string {
    return msg('(optional)', { id: 'volunteer-form.optional' });
  }

  private errorText(name: string, issue: FieldIssue): TemplateResult {
    return html`<p class="dauys-vf__error" id=${this.idOf(`${name}-error`)}>
      <span class="dauys-vf__sr">${msg('Error:', { id: 'volunteer-form.error-prefix' })}</span>
      ${issueMessage(issue.field as PersonField, issue.code)}
    </p>`;
  }

  private renderRegion(): TemplateResult {
    const issue = this.issueFor('region');
    return html`<div class="dauys-vf__field" ?data-invalid=${issue}>
      <label class="dauys-vf__label" for=${this.idOf('region')}
        >${msg('Region', { id: 'volunteer-form.region' })}</label
      >
      ${issue ? this.errorText('region', issue) : nothing}
      <select
        class="dauys-vf__input"
        id=${this.idOf('region')}
        name="region"
        autocomplete="address-level1"
        required
        aria-invalid=${issue ? 'true' : 'false'}
        aria-describedby=${issue ? this.idOf('region-error') : nothing}
        @change=${this.onInput}
      >
        <option value="" ?selected=${!this.values.region}>
          ${msg('Choose your region', { id: 'volunteer-form.region-placeholder' })}
        </option>
        ${regionsByName(this.locale).map(
          (region) =>
            html`<option value=${region.id} ?selected=${region.id === this.values.region}>
              ${region.name[this.locale]}
            </option>`,
        )}
      </select>
    </div>`;
  }

  private checkGroup(
    name: 'activities' | 'languages',
    legend: string,
    options: { value: string; id: string; label: string; checked: boolean; lang?: string }[],
  ): TemplateResult {
    const issue = this.issueFor(name);
    const hintId = this.idOf(`${name}-hint`);
    return html`<fieldset
      class="dauys-vf__group"
      ?data-invalid=${issue}
      aria-describedby=${issue ? `${hintId} ${this.idOf(`${name}-error`)}` : hintId}
    >
      <legend class="dauys-vf__legend">${legend}</legend>
      <p class="dauys-vf__hint" id=${hintId}>
        ${msg('Choose one or more.', { id: 'volunteer-form.choose-some' })}
      </p>
      ${issue ? this.errorText(name, issue) : nothing}
      <div class="dauys-vf__options">
        ${options.map(
          (option) =>
            html`<label class="dauys-vf__check" for=${this.idOf(option.id)}>
              <input
                type="checkbox"
                id=${this.idOf(option.id)}
                name=${name}
                value=${option.value}
                aria-invalid=${issue ? 'true' : 'false'}
                .checked=${live(option.checked)}
              />
              <span lang=${ifDefined(option.lang)}>${option.label}</span>
            </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private checkbox(
    name: 'adult' | 'consent' | 'newsletter',
    label: string,
    checked: boolean,
    field: PersonField = name as PersonField,
    hintId?: string,
  ): TemplateResult {
    const issue = this.issueFor(field);
    const describedBy = [hintId ?? '', issue ? this.idOf(`${name}-error`) : ''].filter(Boolean).join(' ');
    return html`${issue ? this.errorText(name, issue) : nothing}
      <label class="dauys-vf__check" for=${this.idOf(name)}>
        <input
          type="checkbox"
          id=${this.idOf(name)}
          name=${name}
          ?required=${name !== 'newsletter'}
          aria-invalid=${issue ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          .checked=${live(checked)}
        />
        <span>${label}</span>
      </label>`;
  }

  private renderDone(): TemplateResult {
    const shareUrl = this.shareUrl || signupSource(location.href, '').page;
    const shareText = msg('I have signed up as a campaign volunteer. Join too:', {
      id: 'volunteer-form.share-text',
    });
    const canShare = typeof navigator.share === 'function';
    return html`<div class="dauys-vf__done" tabindex="-1" aria-labelledby=${this.idOf('done-title')}>
      <h2 class="dauys-vf__title" id=${this.idOf('done-title')}>
        ${msg('Thank you! You are signed up.', { id: 'volunteer-form.done-title' })}
      </h2>
      <p>
        ${msg(
          'What happens next: the organisers in your region will call or message you within a few days to agree on a first task. You can withdraw your consent at any time by contacting them.',
          { id: 'volunteer-form.done-next' },
        )}
      </p>
      <p>${msg('Invite friends to join:', { id: 'volunteer-form.share-intro' })}</p>
      <div class="dauys-vf__actions">
        ${
          canShare
            ? html`<button
                class="dauys-vf__button"
                type="button"
                @click=${() => this.share(shareUrl, shareText)}
              >
                ${msg('Share', { id: 'volunteer-form.share' })}
              </button>`
            : nothing
        }
        <a
          class="dauys-vf__button"
          href=${`https://wa.me/?text=${encodeURIComponent(`${shareText} ${shareUrl}`)}`}
          target="_blank"
          rel="noopener noreferrer"
          >WhatsApp</a
        >
        <a
          class="dauys-vf__button"
          href=${`https://t.me/share/url?url=${encodeURIComponent(shareUrl)}&text=${encodeURIComponent(shareText)}`}
          target="_blank"
          rel="noopener noreferrer"
          >Telegram</a
        >
        <button class="dauys-vf__button" type="button" @click=${() => this.copyLink(shareUrl)}>
          ${msg('Copy link', { id: 'volunteer-form.copy-link' })}
        </button>
        <span role="status"
          >${this.copied ? msg('Link copied.', { id: 'volunteer-form.copied' }) : nothing}</span
        >
      </div>

      <div class="dauys-vf__actions">
        <button class="dauys-vf__button" data-variant="primary" type="button" @click=${() => this.reset()}>
          ${msg('Sign up someone else', { id: 'volunteer-form.again' })}
        </button>
      </div>
    </div>`;
  }

  // ——— behaviour ———

  private context(): SignupContext {
    return {
      locale: this.locale,
      fields: parseFieldsAttribute(this.fields),
      consentVersion: this.consentVersion,
      partner: this.partner,
      eventId: this.selectedEvent ? this.selectedEvent.id : this.eventId,
      source: signupSource(location.href, document.referrer),
      elapsedMs: performance.now() - this.startedAt,
    };
  }

  private readonly onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const name = target.name;
    const values = { ...this.values };
    if (target instanceof HTMLInputElement && target.type === 'checkbox') {
      if (name === 'activities' || name === 'languages') {
        const list = new Set<string>(values[name]);
        if (target.checked) list.add(target.value);
        else list.delete(target.value);
        if (name === 'activities') values.activities = [...list] as Activity[];
        else values.languages = LOCALES.filter((l) => list.has(l)) as Locale[];
      } else if (name === 'adult' || name === 'consent' || name === 'newsletter') {
        values[name] = target.checked;
      }
    } else if (name === 'dauys_hp') {
      values.website = target.value;
    } else if (name in values) {
      (values as unknown as Record<string, string>)[name] = target.value;
    } else {
      return;
    }
    this.values = values;
    const field =
      name === 'consent' ? 'consent.personalData' : name === 'newsletter' ? 'consent.newsletter' : name;
    this.serverIssues = this.serverIssues.filter((issue) => personFieldOf(issue.field) !== field);
    if (this.attempted) {
      // Errors go away as they are fixed; new ones only appear on the next send.
      const shown = new Set(this.clientIssues.map((issue) => issue.field));
      const result = validateValues(this.values, this.context());
      this.clientIssues = result.success
        ? []
        : personIssues(result.issues).filter((issue) => shown.has(issue.field));
    }
  };

  private readonly onPhoneBlur = (): void => {
    const e164 = normaliseKzPhone(this.values.phone);
    if (e164) this.values = { ...this.values, phone: formatKzPhone(e164) };
  };

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    if (this.silenceController.active || this.sender.busy) return;
    this.attempted = true;
    this.setupProblem = false;
    const result = validateValues(this.values, this.context());
    if (!result.success) {
      const fixable = personIssues(result.issues);
      const setup = setupIssues(result.issues);
      this.clientIssues = fixable;
      this.serverIssues = [];
      if (setup.length) this.reportSetup(setup);
      emit(this, 'dauys-signup-error', {
        kind: 'validation',
        willRetry: false,
        fields: result.issues.map((issue) => issue.field),
      });
      if (fixable.length) void this.focusSummary();
      return;
    }
    this.clientIssues = [];
    this.serverIssues = [];
    if (this.sender.submit(result.output)) {
      emit(this, 'dauys-signup-submit', { signupId: this.sender.key!, attempt: this.attemptOf() });
    }
  };

  private attemptOf(): number {
    const state = this.sender.state;
    return 'attempt' in state ? state.attempt : 1;
  }

  private reportSetup(issues: FieldIssue[]): void {
    this.setupProblem = true;
    console.warn(
      `[dauys] <dauys-volunteer-form> cannot send: ${issues.map((issue) => `${issue.field} (${issue.code})`).join(', ')}. ` +
        'Check the partner, event-id and consent-version attributes.',
    );
  }

  private async focusSummary(): Promise<void> {
    await this.updateComplete;
    this.querySelector<HTMLElement>('.dauys-vf__summary')?.focus();
  }

  private readonly onSummaryLink = (event: Event): void => {
    const href = (event.currentTarget as HTMLAnchorElement).getAttribute('href') ?? '';
    const target = this.querySelector<HTMLElement>(`#${CSS.escape(href.slice(1))}`);
    if (!target) return;
    // Focus the field without touching the page address.
    event.preventDefault();
    target.focus();
    target.closest('.dauys-vf__field, .dauys-vf__group')?.scrollIntoView({ block: 'center' });
  };

  private readonly onOnline = (): void => {
    if (this.silenceController.active) return;
    this.sender.online();
  };

  private readonly onEventSelect = (event: Event): void => {
    if (this.submission.phase === 'sent') return;
    const detail = (event as CustomEvent<unknown>).detail as
      | { id?: unknown; eventId?: unknown; title?: unknown; event?: { id?: unknown; title?: unknown } }
      | null
      | undefined;
    const id = detail?.eventId ?? detail?.id ?? detail?.event?.id;
    if (typeof id !== 'string' || !id) return;
    // The event finder sends only the id; its `events` list (if it has one) gives the title.
    const listed = (event.target as { events?: unknown } | null)?.events;
    const fromList = Array.isArray(listed)
      ? (listed as { id?: unknown; title?: unknown }[]).find((item) => item?.id === id)?.title
      : undefined;
    const title = (detail?.title ?? detail?.event?.title ?? fromList) as Localised | undefined;
    this.selectedEvent = {
      id,
      title: typeof title === 'string' || (typeof title === 'object' && title !== null) ? title : undefined,
    };
  };

  private onSubmissionChange(next: SubmissionState): void {
    const previous = this.submission;
    this.submission = next;
    const signupId = this.sender.key ?? '';
    // The wait is said once when the failure happens, not counted down (a live region would
    // read every tick).
    this.retryWait =
      next.phase === 'failed' && next.autoRetry === 'timer' && next.retryAt !== undefined
        ? Math.max(1, Math.ceil((next.retryAt - Date.now()) / 1000))
        : undefined;
    if (next.phase === 'sent' && previous.phase !== 'sent') {
      emit(this, 'dauys-signup-success', { signupId, status: next.status, replay: next.replay });
      void this.updateComplete.then(() => this.querySelector<HTMLElement>('.dauys-vf__done')?.focus());
    } else if (next.phase === 'failed') {
      if (next.kind === 'rejected' || next.kind === 'conflict') {
        console.warn(
          `[dauys] the signup endpoint answered ${next.status ?? '?'}; check the endpoint attribute.`,
        );
      }
      emit(this, 'dauys-signup-error', {
        signupId,
        kind: next.kind,
        ...(next.status === undefined ? {} : { status: next.status }),
        willRetry: next.autoRetry !== 'none',
      });
    } else if (next.phase === 'invalid') {
      this.serverIssues = personIssues(next.issues);
      const setup = setupIssues(next.issues);
      if (setup.length) this.reportSetup(setup);
      emit(this, 'dauys-signup-error', {
        signupId,
        kind: 'validation',
        status: 422,
        willRetry: false,
        fields: next.issues.map((issue) => issue.field),
      });
      if (this.serverIssues.length) void this.focusSummary();
    }
  }

  private async share(url: string, text: string): Promise<void> {
    try {
      await navigator.share({ url, text });
    } catch {
      // Cancelled by the person, or not allowed: the links beside it still work.
    }
  }

  private async copyLink(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.copied = true;
    } catch {
      this.copied = false;
    }
  }
}
