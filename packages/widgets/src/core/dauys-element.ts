import { DauysBaseElement } from './dauys-base-element.js';
import { noticeStyles, statusTokens } from './status-styles.js';
import { buttonStyles } from './theme.js';

export { DauysBaseElement };

/**
 * The base of the Dauys widgets: `DauysBaseElement` with every shared style (status colours,
 * `.button`, `.notice`, `<mark>`). The countdown, which shows none but buttons, takes the base.
 */
export class DauysElement extends DauysBaseElement {
  static override styles = [...DauysBaseElement.styles, statusTokens, buttonStyles, noticeStyles];
}
