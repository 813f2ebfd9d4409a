import { html, type TemplateResult } from 'lit';
import { activeLocale, msg, registerTranslations, str } from './i18n.js';
import { formatKzDate, formatKzTime } from './kz-time.js';
import type { SilenceWindow } from './silence.js';
import { templates as kk } from './locales/silence-kk.js';
import { templates as ru } from './locales/silence-ru.js';

registerTranslations({ kk, ru });

/**
 * The neutral notice a campaigning widget shows instead of its content during campaign
 * silence. Call during render (it uses the rendering element's locale).
 */
export function silenceNotice(window: SilenceWindow): TemplateResult {
  const date = formatKzDate(window.until, activeLocale(), 'day-month');
  const time = formatKzTime(window.until);
  return html`<div class="notice" part="silence-notice" role="note">
    <p>
      ${msg(
        str`Campaign silence: by law, campaigning stops from the day before the vote until the polls close. This section will be available again after voting ends (${date}, ${time}).`,
        { id: 'core.silence-notice' },
      )}
    </p>
  </div>`;
}
