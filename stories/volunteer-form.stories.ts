import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../packages/widgets/src/volunteer-form/define.js';
import type { DauysVolunteerForm } from '../packages/widgets/src/volunteer-form/dauys-volunteer-form.js';
import {
  PREVIEW_STEPS,
  showPreview,
  type PreviewStep,
} from '../packages/widgets/src/volunteer-form/previews.js';

/**
 * `<dauys-volunteer-form>` in each step a volunteer can meet: empty, filled, errors, sending,
 * offline, waiting to retry, server error and thank-you, plus campaign silence. The steps after
 * "filled" are shown with the same preview helper the accessibility test walks through (no hub
 * is needed); the real behaviour behind them is tested against a local HTTP endpoint.
 * Language and theme come from the toolbar.
 */
interface FormArgs {
  step: PreviewStep;
  fields: string;
  region: string;
  partner: string;
  now: string;
}

const AFTER_THE_VOTE = '2026-11-25T10:00:00+05:00';

const render = (args: FormArgs) => {
  // Once the element is in the page, drive it to the story's step.
  const connected = (element?: Element) => {
    const form = element as DauysVolunteerForm | undefined;
    if (form && !form.dataset.previewed) {
      form.dataset.previewed = 'true';
      void showPreview(form, args.step);
    }
  };
  return html`<dauys-volunteer-form
    ${ref(connected)}
    endpoint="https://hub.example.kz/api/v1/signups"
    privacy-url="https://example.kz/privacy"
    consent-version="2026-03"
    partner=${args.partner || nothing}
    region=${args.region || nothing}
    fields=${args.fields || nothing}
    now=${args.now || nothing}
  ></dauys-volunteer-form>`;
};

const meta: Meta<FormArgs> = {
  title: 'Widgets/Volunteer form',
  component: 'dauys-volunteer-form',
  render,
  args: { step: 'empty', fields: '', region: '', partner: 'youth-kz', now: AFTER_THE_VOTE },
  argTypes: {
    step: {
      control: 'select',
      options: PREVIEW_STEPS,
    },
    fields: { control: 'text', description: 'Optional fields: email locality languages newsletter' },
    region: { control: 'text', description: 'Region id to preselect (e.g. almaty)' },
    now: { control: 'text', description: 'Pinned clock: inside 14–15 March 2026 shows campaign silence' },
  },
};
export default meta;

type Story = StoryObj<FormArgs>;

export const Empty: Story = { args: { step: 'empty' } };
export const Filled: Story = { args: { step: 'filled' } };
export const Errors: Story = { name: 'Errors (summary and inline)', args: { step: 'errors' } };
export const Sending: Story = { args: { step: 'sending' } };
export const Offline: Story = { name: 'Offline (retries when back online)', args: { step: 'offline' } };
export const Retrying: Story = { name: 'Retrying (429, Retry-After)', args: { step: 'retrying' } };
export const ServerError: Story = { name: 'Server error', args: { step: 'server-error' } };
export const Success: Story = { name: 'Success (thank-you step)', args: { step: 'success' } };
export const ShortForm: Story = {
  name: 'Short form (fields="email", region preselected)',
  args: { step: 'empty', fields: 'email', region: 'shymkent' },
};
export const CampaignSilence: Story = {
  name: 'Campaign silence (14 March 2026)',
  args: { step: 'empty', now: '2026-03-14T12:00:00+05:00' },
};
