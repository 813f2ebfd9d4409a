import { LitElement, type PropertyValues } from 'lit';
import type { Locale } from '@dauys/schema';
import { withLocale } from './i18n.js';
import { LocaleController } from './locale.js';
import { baseStyles, themeTokens } from './theme.js';

/**
 * The locale and the least styling every Dauys widget has: the theme tokens and base styles
 * (box model, font, focus, `.visually-hidden`, reduced motion), and the locale of the nearest
 * `lang` applied to every `msg`, `plural` and date format during its render. Extend
 * `DauysElement` for the shared buttons, notices and status colours too; a widget that uses
 * fewer of them extends this class and adds the pieces of theme.ts it uses, so its bundle
 * carries no CSS it never applies (a module of its own, so that bundle has no `DauysElement`).
 */
export class DauysBaseElement extends LitElement {
  static override styles = [themeTokens, baseStyles];

  private readonly localeController = new LocaleController(this);

  /** The locale this element renders in (from the closest `lang`; default kk). */
  get locale(): Locale {
    return this.localeController.locale;
  }

  /** Runs `fn` in this element's locale: for messages made outside render (announcements). */
  protected inLocale<T>(fn: () => T): T {
    return withLocale(this.locale, fn);
  }

  protected override update(changedProperties: PropertyValues): void {
    withLocale(this.locale, () => super.update(changedProperties));
  }
}
