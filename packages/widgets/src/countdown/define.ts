import { defineElement } from '../core/define.js';
import { DauysCountdown } from './dauys-countdown.js';

export { DauysCountdown };
export type { CountdownVariant } from './dauys-countdown.js';
export type { CountdownState } from './countdown-state.js';
export type { VoteKind } from './countdown-texts.js';

defineElement('dauys-countdown', DauysCountdown);

declare global {
  interface HTMLElementTagNameMap {
    'dauys-countdown': DauysCountdown;
  }
}
