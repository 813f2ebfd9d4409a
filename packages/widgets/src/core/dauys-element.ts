import { DauysBaseElement } from './dauys-base-element.js';
import { noticeStyles, statusTokens } from './status-styles.js';
import { baseStyles, buttonStyles, themeTokens } from './theme.js';

export { DauysBaseElement };

/**
 * The base of every Dauys widget: `DauysBaseElement` with every shared style of theme.ts
 * (status colours, `.button`, `.notice`, `<mark>`).
 */
export class DauysElement extends DauysBaseElement {
  static override styles = [themeTokens, baseStyles, statusTokens, buttonStyles, noticeStyles];
}
