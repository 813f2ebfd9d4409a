import { defineElement } from '../core/define.js';
import { DauysVolunteerForm } from './dauys-volunteer-form.js';

export { DauysVolunteerForm };
export type { SignupErrorDetail, SignupSubmitDetail, SignupSuccessDetail } from './dauys-volunteer-form.js';

defineElement('dauys-volunteer-form', DauysVolunteerForm);

declare global {
  interface HTMLElementTagNameMap {
    'dauys-volunteer-form': DauysVolunteerForm;
  }
}
