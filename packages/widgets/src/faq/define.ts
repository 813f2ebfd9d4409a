import { defineElement } from '../core/define.js';
import { DauysFaq } from './dauys-faq.js';

export { DauysFaq };

defineElement('dauys-faq', DauysFaq);

declare global {
  interface HTMLElementTagNameMap {
    'dauys-faq': DauysFaq;
  }
}
