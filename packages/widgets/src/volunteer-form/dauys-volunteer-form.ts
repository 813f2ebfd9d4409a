import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  ACTIVITIES,
  LOCALES,
  formatKzPhone,
  normaliseKzPhone,
  pickLocalised,
  isRegionId,
  regionIdsByName,
  regionName,
  SIGNUP_LIMITS,
  type FieldIssue,
  type Localised,
} from '@dauys/schema';
import { currentTime } from '../core/clock.js';
import { DauysElement } from '../core/dauys-element.js';
import { emit } from '../core/events.js';
import { msg, plural, registerTranslations, str } from '../core/i18n.js';
import { silenceNotice } from '../core/silence-notice.js';
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

/** The person field of a control, where the two names differ. */
const FIELD_OF_CONTROL: Record<string, string> = {
  consent: 'consent.personalData',
  newsletter: 'consent.newsletter',
};

/** Where a summary link goes for fields whose first control is not named after them. */
const FIELD_TARGET: Partial<Record<PersonField, string>> = {
  activities: `activity-${ACTIVITIES[0]}`,
  languages: `language-${LOCALES[0]}`,
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

  readonly #uid = `dauys-vf-${++instances}`;
  #attempted = false;
  private retryWait: number | undefined;
  private startedAt = performance.now();
  readonly #silenceController = new SilenceController(this, () => ({
    silence: this.silence,
    silenceFrom: this.silenceFrom,
    silenceUntil: this.silenceUntil,
    now: currentTime(this.now),
    clockPinned: this.now !== null,
  }));
  readonly #sender = new Submission({
    endpoint: '',
    onChange: (next) => this.#onSubmissionChange(next),
    paused: () => this.#silenceController.active,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    adoptFormStyles(this.getRootNode());
    window.addEventListener('online', this.#onOnline);
    document.addEventListener('dauys-event-select', this.#onEventSelect);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#onOnline);
    document.removeEventListener('dauys-event-select', this.#onEventSelect);
    this.#sender.dispose();
  }

  /** Clears the form for the next person ("sign up someone else"). */
  reset(): void {
    this.#sender.reset();
    this.values = emptyValues(isRegionId(this.region) ? this.region : '');
    this.clientIssues = [];
    this.serverIssues = [];
    this.setupProblem = false;
    this.#attempted = false;
    this.copied = false;
    this.startedAt = performance.now();
    this.#focusLater(`#${this.#idOf('name')}`);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('region') && this.region && !isRegionId(this.region)) {
      console.warn(
        `[dauys] <dauys-volunteer-form>: region="${this.region}" is not a region id (e.g. "karaganda"); no region is preselected.`,
      );
    } else if (changed.has('region') && !this.values.region && isRegionId(this.region)) {
      this.values = { ...this.values, region: this.region };
    }
    if (changed.has('endpoint') || changed.has('timeout')) {
      this.#sender.configure({ endpoint: this.endpoint, timeoutMs: this.timeout });
    }
  }

  /** The shadow root holds only the silence notice and a slot for the light-DOM form. */
  protected override render(): TemplateResult {
    const silenceWindow = this.#silenceController.window;
    const silent = this.#silenceController.active && silenceWindow !== null;
    return html`${silent ? silenceNotice(silenceWindow) : nothing}<slot ?hidden=${silent}></slot>`;
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    this.inLocale(() =>
      render(this.#silenceController.active ? nothing : this.#renderLight(), this, { host: this }),
    );
  }

  #renderLight(): TemplateResult {
    const missing = [
      this.endpoint ? '' : 'endpoint',
      this.privacyUrl ? '' : 'privacy-url',
      this.consentVersion ? '' : 'consent-version',
    ].filter(Boolean);
    return html`<div
      class="dauys-vf"
      data-phase=${ifDefined(missing.length ? undefined : this.submission.phase)}
    >
      ${
        missing.length
          ? html`<p class="dauys-vf__note" role="note">
              ${msg(
                str`This signup form is not set up yet. Site owner: set the ${missing.join(', ')} attribute(s).`,
                { id: 'volunteer-form.not-configured' },
              )}
            </p>`
          : this.submission.phase === 'sent'
            ? this.#renderDone()
            : this.#renderForm()
      }
    </div>`;
  }

  #idOf(name: string): string {
    return `${this.#uid}-${name}`;
  }

  /** The issues on show (server ones first), worked out once per render of the form. */
  #shownIssues: (FieldIssue & { field: PersonField })[] = [];

  #issueFor(field: PersonField): FieldIssue | undefined {
    return this.#shownIssues.find((issue) => issue.field === field);
  }

  /** The ids that describe a control: its hint and its error, when there are. */
  #describedBy(name: string, hint: boolean, issue: unknown): string | typeof nothing {
    return (
      [hint && this.#idOf(`${name}-hint`), issue && this.#idOf(`${name}-error`)].filter(Boolean).join(' ') ||
      nothing
    );
  }

  #renderForm(): TemplateResult {
    const fields = parseFieldsAttribute(this.fields);
    const issues = (this.#shownIssues = personIssues([...this.serverIssues, ...this.clientIssues]));
    const sending = this.submission.phase === 'sending';
    const failed = this.submission.phase === 'failed' ? this.submission : undefined;
    const { values } = this;
    return html`<form class="dauys-vf__form" novalidate @submit=${this.#onSubmit} @input=${this.#onInput}>
      ${issues.length ? this.#renderSummary(issues) : nothing} ${this.#renderEventNote()}
      ${this.#textField('name', msg('Full name', { id: 'volunteer-form.name' }))}
      ${this.#textField(
        'phone',
        msg('Mobile phone', { id: 'volunteer-form.phone' }),
        msg('A Kazakhstan mobile number, for example +7 701 123 45 67 or 8 701 123 45 67.', {
          id: 'volunteer-form.phone-hint',
        }),
      )}
      ${fields.has('email') ? this.#textField('email', msg('Email', { id: 'volunteer-form.email' })) : nothing}
      ${this.#renderRegion()}
      ${
        fields.has('locality')
          ? this.#textField('locality', msg('City, town or village', { id: 'volunteer-form.locality' }))
          : nothing
      }
      ${this.#checkGroup(
        'activities',
        msg('How can you help?', { id: 'volunteer-form.activities' }),
        ACTIVITIES.map((activity) => [activity, `activity-${activity}`, activityLabel(activity)]),
      )}
      ${
        fields.has('languages')
          ? this.#checkGroup(
              'languages',
              msg('Languages you speak', { id: 'volunteer-form.languages' }),
              LOCALES.map((language) => [
                language,
                `language-${language}`,
                languageLabel(language),
                language,
              ]),
            )
          : nothing
      }
      <fieldset
        class="dauys-vf__group"
        ?data-invalid=${this.#issueFor('adult') || this.#issueFor('consent.personalData')}
      >
        <legend class="dauys-vf__legend">
          ${msg('Confirmation and consent', { id: 'volunteer-form.consent-legend' })}
        </legend>
        ${this.#checkbox('adult', msg('I am 18 or older', { id: 'volunteer-form.adult' }), values.adult)}
        <p class="dauys-vf__hint" id=${this.#idOf('consent-hint')}>
          ${msg(
            'Who processes your data, why, for how long, and what your rights are is explained in the privacy notice.',
            { id: 'volunteer-form.privacy-summary' },
          )}
          <a href=${this.privacyUrl} target="_blank" rel="noopener"
            >${msg('Read the privacy notice (opens in a new tab)', { id: 'volunteer-form.privacy-link' })}</a
          >
        </p>
        ${this.#checkbox(
          'consent',
          msg(
            'I agree to the processing of my personal data for volunteering in this campaign, as described in the privacy notice',
            { id: 'volunteer-form.consent' },
          ),
          values.consent,
          'consent.personalData',
          true,
        )}
        ${
          fields.has('newsletter')
            ? this.#checkbox(
                'newsletter',
                msg('Send me campaign news by email or SMS (optional)', { id: 'volunteer-form.newsletter' }),
                values.newsletter,
                'consent.newsletter',
              )
            : nothing
        }
      </fieldset>
      <div class="dauys-vf__trap" aria-hidden="true">
        <label for=${this.#idOf('trap')}
          >${msg('Leave this field empty', { id: 'volunteer-form.trap' })}</label
        >
        <input
          id=${this.#idOf('trap')}
          name="dauys_hp"
          type="text"
          tabindex="-1"
          autocomplete="off"
          .value=${values.website}
        />
      </div>
      <div class="dauys-vf__footer">
        <div
          class="dauys-vf__status"
          role="status"
          data-tone=${failed ? (failed.kind === 'offline' || failed.kind === 'rate-limited' ? 'warning' : 'error') : nothing}
        >
          ${
            this.setupProblem || sending || failed
              ? html`<p>
                  ${
                    this.setupProblem
                      ? setupProblemMessage()
                      : failed
                        ? failureMessage(failed.kind, this.retryWait)
                        : msg('Sending your signup…', { id: 'volunteer-form.sending' })
                  }
                </p>`
              : nothing
          }
        </div>
        <div class="dauys-vf__actions">
          <button
            class="dauys-vf__button"
            data-variant="primary"
            type="submit"
            aria-disabled=${isBusy(this.submission, Date.now()) ? 'true' : 'false'}
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

  #renderSummary(issues: (FieldIssue & { field: PersonField })[]): TemplateResult {
    const count = issues.length;
    return html`<div class="dauys-vf__summary" tabindex="-1" aria-labelledby=${this.#idOf('summary-title')}>
      <div role="alert">
        <h2 class="dauys-vf__title" id=${this.#idOf('summary-title')}>
          ${plural(count, {
            // Russian "в 2/5 ответах" shares the plural form, so other covers few and many.
            one: msg(str`There is a problem with ${count} answer`, { id: 'volunteer-form.summary-one' }),
            other: msg(str`There are problems with ${count} answers`, { id: 'volunteer-form.summary-other' }),
          })}
        </h2>
        <ul>
          ${issues.map(
            (issue) =>
              html`<li>
                <a
                  href="#${this.#idOf(FIELD_TARGET[issue.field] ?? issue.field)}"
                  @click=${this.#onSummaryLink}
                  >${issueMessage(issue.field, issue.code)}</a
                >
              </li>`,
          )}
        </ul>
      </div>
    </div>`;
  }

  #renderEventNote(): TemplateResult | typeof nothing {
    const event = this.selectedEvent;
    if (event ? !event.id : !this.eventId) return nothing;
    const title = pickLocalised(event?.title, this.locale);
    return html`<div class="dauys-vf__note">
      <p>
        ${
          title
            ? msg(str`You are signing up for the event “${title}”.`, { id: 'volunteer-form.event-titled' })
            : msg('You are signing up for the selected event.', { id: 'volunteer-form.event' })
        }
      </p>
      <button class="dauys-vf__button" type="button" @click=${this.#clearEvent}>
        ${msg('Sign up without this event', { id: 'volunteer-form.event-clear' })}
      </button>
    </div>`;
  }

  readonly #clearEvent = (): void => {
    this.selectedEvent = { id: '' };
    this.#focusLater(`#${this.#idOf('name')}`);
  };

  /** A labelled field: label (with "optional"), hint, error, then the control. */
  #labelled(
    name: 'name' | 'phone' | 'email' | 'locality' | 'region',
    label: string,
    control: (issue: FieldIssue | undefined) => TemplateResult,
    optional?: boolean,
    hint?: string,
  ): TemplateResult {
    const issue = this.#issueFor(name);
    return html`<div class="dauys-vf__field" ?data-invalid=${issue}>
      <label class="dauys-vf__label" for=${this.#idOf(name)}>
        ${label}${
          optional
            ? html` <span class="dauys-vf__optional"
                >${msg('(optional)', { id: 'volunteer-form.optional' })}</span
              >`
            : nothing
        }
      </label>
      ${hint ? html`<p class="dauys-vf__hint" id=${this.#idOf(`${name}-hint`)}>${hint}</p>` : nothing}
      ${this.#errorText(name, issue)} ${control(issue)}
    </div>`;
  }

  /**
   * Name, phone, email or locality: type, autofill token, keyboard and length limit follow from
   * the name (phones and e-mails get their own keyboards; names and places spellcheck and
   * capitalise words).
   */
  #textField(name: 'name' | 'phone' | 'email' | 'locality', label: string, hint?: string): TemplateResult {
    const type = name === 'phone' ? 'tel' : name === 'email' ? 'email' : 'text';
    const words = type === 'text';
    const optional = name === 'email' || name === 'locality';
    return this.#labelled(
      name,
      label,
      (issue) =>
        html`<input
          class="dauys-vf__input"
          id=${this.#idOf(name)}
          name=${name}
          type=${type}
          autocomplete=${name === 'phone' ? 'tel' : name === 'locality' ? 'address-level2' : name}
          inputmode=${ifDefined(words ? undefined : type)}
          maxlength=${name === 'phone' ? 24 : SIGNUP_LIMITS[name]}
          spellcheck=${words ? 'true' : 'false'}
          autocapitalize=${words ? 'words' : 'off'}
          ?required=${!optional}
          aria-invalid=${issue ? 'true' : 'false'}
          aria-describedby=${this.#describedBy(name, !!hint, issue)}
          .value=${this.values[name]}
          @blur=${name === 'phone' ? this.#onPhoneBlur : nothing}
        />`,
      optional,
      hint,
    );
  }

  #errorText(name: string, issue: FieldIssue | undefined): TemplateResult | typeof nothing {
    return issue
      ? html`<p class="dauys-vf__error" id=${this.#idOf(`${name}-error`)}>
          <span class="dauys-vf__sr">${msg('Error:', { id: 'volunteer-form.error-prefix' })}</span>
          ${issueMessage(issue.field as PersonField, issue.code)}
        </p>`
      : nothing;
  }

  #renderRegion(): TemplateResult {
    return this.#labelled(
      'region',
      msg('Region', { id: 'volunteer-form.region' }),
      (issue) =>
        html`<select
          class="dauys-vf__input"
          id=${this.#idOf('region')}
          name="region"
          autocomplete="address-level1"
          required
          aria-invalid=${issue ? 'true' : 'false'}
          aria-describedby=${this.#describedBy('region', false, issue)}
          @change=${this.#onInput}
        >
          <option value="" ?selected=${!this.values.region}>
            ${msg('Choose your region', { id: 'volunteer-form.region-placeholder' })}
          </option>
          ${regionIdsByName(this.locale).map(
            (id) =>
              html`<option value=${id} ?selected=${id === this.values.region}>
                ${regionName(id, this.locale)}
              </option>`,
          )}
        </select>`,
    );
  }

  /** One checkbox with its label; `value` for a group's options, `required` for adult/consent. */
  #check(
    name: string,
    id: string,
    label: string,
    checked: boolean,
    issue: unknown,
    value?: string,
    describedBy: string | typeof nothing = nothing,
    lang?: string,
  ): TemplateResult {
    return html`<label class="dauys-vf__check" for=${this.#idOf(id)}>
      <input
        type="checkbox"
        id=${this.#idOf(id)}
        name=${name}
        value=${ifDefined(value)}
        ?required=${name === 'adult' || name === 'consent'}
        aria-invalid=${issue ? 'true' : 'false'}
        aria-describedby=${describedBy}
        .checked=${checked}
      />
      <span lang=${ifDefined(lang)}>${label}</span>
    </label>`;
  }

  /** A fieldset of checkboxes: `[value, id, label, lang?]` per option. */
  #checkGroup(
    name: 'activities' | 'languages',
    legend: string,
    options: [value: string, id: string, label: string, lang?: string][],
  ): TemplateResult {
    const issue = this.#issueFor(name);
    const selected: readonly string[] = this.values[name];
    return html`<fieldset
      class="dauys-vf__group"
      ?data-invalid=${issue}
      aria-describedby=${this.#describedBy(name, true, issue)}
    >
      <legend class="dauys-vf__legend">${legend}</legend>
      <p class="dauys-vf__hint" id=${this.#idOf(`${name}-hint`)}>
        ${msg('Choose one or more.', { id: 'volunteer-form.choose-some' })}
      </p>
      ${this.#errorText(name, issue)}
      <div class="dauys-vf__options">
        ${options.map(([value, id, label, lang]) =>
          this.#check(name, id, label, selected.includes(value), issue, value, nothing, lang),
        )}
      </div>
    </fieldset>`;
  }

  /** Adult, consent or newsletter: the error above the box. */
  #checkbox(
    name: 'adult' | 'consent' | 'newsletter',
    label: string,
    checked: boolean,
    field: PersonField = name as PersonField,
    hint = false,
  ): TemplateResult {
    const issue = this.#issueFor(field);
    return html`${this.#errorText(name, issue)}
    ${this.#check(name, name, label, checked, issue, undefined, this.#describedBy(name, hint, issue))}`;
  }

  #renderDone(): TemplateResult {
    const shareUrl = this.shareUrl || signupSource(location.href, '').page;
    const shareText = msg('I have signed up as a campaign volunteer. Join too:', {
      id: 'volunteer-form.share-text',
    });
    const encode = encodeURIComponent;
    const button = (label: string, onClick: () => unknown, primary?: boolean) =>
      html`<button
        class="dauys-vf__button"
        data-variant=${ifDefined(primary ? 'primary' : undefined)}
        type="button"
        @click=${onClick}
      >
        ${label}
      </button>`;
    return html`<div class="dauys-vf__done" tabindex="-1" aria-labelledby=${this.#idOf('done-title')}>
      <h2 class="dauys-vf__title" id=${this.#idOf('done-title')}>
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
          typeof navigator.share === 'function'
            ? button(msg('Share', { id: 'volunteer-form.share' }), () =>
                // Cancelled by the person, or not allowed: the links beside it still work.
                navigator.share({ url: shareUrl, text: shareText }).catch(() => {}),
              )
            : nothing
        }
        ${[
          ['WhatsApp', `https://wa.me/?text=${encode(`${shareText} ${shareUrl}`)}`],
          ['Telegram', `https://t.me/share/url?url=${encode(shareUrl)}&text=${encode(shareText)}`],
        ].map(
          ([name, href]) =>
            html`<a class="dauys-vf__button" href=${href} target="_blank" rel="noopener noreferrer"
              >${name}</a
            >`,
        )}
        ${button(msg('Copy link', { id: 'volunteer-form.copy-link' }), () =>
          navigator.clipboard.writeText(shareUrl).then(
            () => (this.copied = true),
            () => (this.copied = false),
          ),
        )}
        <span role="status"
          >${this.copied ? msg('Link copied.', { id: 'volunteer-form.copied' }) : nothing}</span
        >
      </div>

      <div class="dauys-vf__actions">
        ${button(msg('Sign up someone else', { id: 'volunteer-form.again' }), () => this.reset(), true)}
      </div>
    </div>`;
  }

  // ——— behaviour ———

  #context(): SignupContext {
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

  /*
   * Every control writes what the person typed or ticked into `values` on its input event, so
   * the DOM and the last rendered value never drift apart: the `.value` and `.checked`
   * bindings need no `live()` check.
   */
  readonly #onInput = (event: Event): void => {
    const { name, value, checked, type } = event.target as HTMLInputElement;
    const values: Record<string, unknown> = { ...this.values };
    if (name === 'activities' || name === 'languages') {
      const list = (values[name] as string[]).filter((item) => item !== value);
      // Languages keep the kk, ru, en order; activities the order they were ticked.
      values[name] = checked
        ? name === 'languages'
          ? LOCALES.filter((language) => language === value || list.includes(language))
          : [...list, value]
        : list;
    } else if (name === 'dauys_hp') {
      values.website = value;
    } else if (name in values && name !== 'website') {
      values[name] = type === 'checkbox' ? checked : value;
    } else {
      return;
    }
    this.values = values as unknown as FormValues;
    const field = FIELD_OF_CONTROL[name] ?? name;
    this.serverIssues = this.serverIssues.filter((issue) => personFieldOf(issue.field) !== field);
    if (this.#attempted) {
      // Errors go away as they are fixed; new ones only appear on the next send.
      const result = validateValues(this.values, this.#context());
      this.clientIssues = result.success
        ? []
        : personIssues(result.issues).filter((issue) =>
            this.clientIssues.some((shown) => shown.field === issue.field),
          );
    }
  };

  readonly #onPhoneBlur = (): void => {
    const e164 = normaliseKzPhone(this.values.phone);
    if (e164) this.values = { ...this.values, phone: formatKzPhone(e164) };
  };

  readonly #onSubmit = (event: Event): void => {
    event.preventDefault();
    if (this.#silenceController.active || this.#sender.busy) return;
    this.#attempted = true;
    this.setupProblem = false;
    this.serverIssues = [];
    const result = validateValues(this.values, this.#context());
    if (result.success) {
      this.clientIssues = [];
      if (this.#sender.submit(result.output)) {
        const state = this.#sender.state;
        emit(this, 'dauys-signup-submit', {
          signupId: this.#sender.key!,
          attempt: 'attempt' in state ? state.attempt : 1,
        });
      }
    } else {
      this.clientIssues = this.#showIssues(result.issues, { kind: 'validation' });
    }
  };

  /**
   * Issues from the schema or a 422: the person's go to their fields (the summary takes focus),
   * the others mean the page is set up wrong (warned in the console, a note beside the button).
   */
  #showIssues(
    issues: FieldIssue[],
    detail: Omit<SignupErrorDetail, 'willRetry'>,
  ): (FieldIssue & { field: PersonField })[] {
    const fixable = personIssues(issues);
    const setup = setupIssues(issues);
    if (setup.length) {
      this.setupProblem = true;
      console.warn(
        `[dauys] <dauys-volunteer-form> cannot send: ${setup.map((issue) => `${issue.field} (${issue.code})`).join(', ')}. ` +
          'Check the partner, event-id and consent-version attributes.',
      );
    }
    emit(this, 'dauys-signup-error', {
      ...detail,
      willRetry: false,
      fields: issues.map((issue) => issue.field),
    });
    if (fixable.length) this.#focusLater('.dauys-vf__summary');
    return fixable;
  }

  #focusLater(selector: string): void {
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(selector)?.focus());
  }

  readonly #onSummaryLink = (event: Event): void => {
    const href = (event.currentTarget as HTMLAnchorElement).getAttribute('href') ?? '';
    const target = this.querySelector<HTMLElement>(`#${CSS.escape(href.slice(1))}`);
    if (!target) return;
    // Focus the field without touching the page address.
    event.preventDefault();
    target.focus();
    target.closest('.dauys-vf__field, .dauys-vf__group')?.scrollIntoView({ block: 'center' });
  };

  readonly #onOnline = (): void => {
    if (!this.#silenceController.active) this.#sender.online();
  };

  /**
   * An event finder's `{ eventId }` (its `events` list gives the title); `{ id, title }` and
   * `{ event: { id, title } }` from other pages' scripts work too.
   */
  readonly #onEventSelect = (event: Event): void => {
    type Picked = { id?: unknown; title?: unknown };
    const detail = (event as CustomEvent<(Picked & { eventId?: unknown; event?: Picked }) | null>).detail;
    const id = detail?.eventId ?? detail?.id ?? detail?.event?.id;
    if (this.submission.phase === 'sent' || typeof id !== 'string' || !id) return;
    const listed = (event.target as { events?: unknown } | null)?.events;
    const title = (detail?.title ??
      detail?.event?.title ??
      (Array.isArray(listed) ? listed.find((item) => item?.id === id)?.title : undefined)) as
      Localised | undefined;
    this.selectedEvent = {
      id,
      title: title && (typeof title === 'object' || typeof title === 'string') ? title : undefined,
    };
  };

  #onSubmissionChange(next: SubmissionState): void {
    const previous = this.submission;
    this.submission = next;
    const signupId = this.#sender.key ?? '';
    // The wait is said once when the failure happens, not counted down (a live region would
    // read every tick).
    this.retryWait =
      next.phase === 'failed' && next.autoRetry === 'timer' && next.retryAt !== undefined
        ? Math.max(1, Math.ceil((next.retryAt - Date.now()) / 1000))
        : undefined;
    if (next.phase === 'sent' && previous.phase !== 'sent') {
      emit(this, 'dauys-signup-success', { signupId, status: next.status, replay: next.replay });
      this.#focusLater('.dauys-vf__done');
    } else if (next.phase === 'failed') {
      if (next.kind === 'rejected' || next.kind === 'conflict') {
        // A Dauys hub answers 403 to a site missing from its allowed origins.
        const hint =
          next.status === 403
            ? `ask the hub's operator to add ${location.origin} to its allowed origins (DAUYS_ALLOWED_ORIGINS)`
            : 'check the endpoint attribute';
        console.warn(`[dauys] the signup endpoint answered ${next.status ?? '?'}; ${hint}.`);
      }
      emit(this, 'dauys-signup-error', {
        signupId,
        kind: next.kind,
        ...(next.status === undefined ? {} : { status: next.status }),
        willRetry: next.autoRetry !== 'none',
      });
    } else if (next.phase === 'invalid') {
      this.serverIssues = this.#showIssues(next.issues, { signupId, kind: 'validation', status: 422 });
    }
  }
}
