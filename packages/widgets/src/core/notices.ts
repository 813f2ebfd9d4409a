import { html, type TemplateResult } from 'lit';
import type { FeedError } from './feed.js';
import { msg, registerTranslations } from './i18n.js';
import { templates as kk } from './locales/kk.js';
import { templates as ru } from './locales/ru.js';

registerTranslations({ kk, ru });

/** A sentence for a feed that could not be loaded, saying what the visitor can do. */
export function feedErrorMessage(error: FeedError): string {
  switch (error.kind) {
    case 'network':
      return msg('Could not connect. Check your internet connection and try again.', {
        id: 'core.feed-error.network',
      });
    case 'timeout':
      return msg('The server is taking too long to answer. Please try again.', {
        id: 'core.feed-error.timeout',
      });
    case 'http':
      return msg('The server could not provide the data right now. Please try again later.', {
        id: 'core.feed-error.http',
      });
    case 'format':
      return msg('The data came in a format that cannot be read. Please tell the site owner.', {
        id: 'core.feed-error.format',
      });
  }
}

export const staleCopyMessage = () =>
  msg('Showing the last saved copy: the latest update could not be loaded.', {
    id: 'core.feed-stale',
  });

export const retryLabel = () => msg('Try again', { id: 'core.retry' });

export const loadingLabel = () => msg('Loading…', { id: 'core.loading' });

/** An error notice with a retry button. */
export function feedErrorNotice(error: FeedError, onRetry: () => void): TemplateResult {
  return html`<div class="notice" data-tone="error" part="error" role="alert">
    <p>${feedErrorMessage(error)}</p>
    <button class="button" type="button" @click=${onRetry}>${retryLabel()}</button>
  </div>`;
}
