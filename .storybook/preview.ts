import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
// Written by `npm run manifest -w @dauys/widgets` (the storybook scripts run it first).
import manifest from '../packages/widgets/custom-elements.json';
import './preview.css';

setCustomElementsManifest(manifest);

/**
 * Every story renders inside an element carrying the toolbar's language and theme, the way a
 * host page would: widgets take their locale from the closest `lang`, follow `color-scheme`
 * and read the `--dauys-*` tokens the partner sets on an ancestor (see preview.css).
 */
const withLocaleAndTheme: Decorator = (story, context) => {
  const locale = String(context.globals.locale ?? 'kk');
  const theme = String(context.globals.theme ?? 'light');
  document.documentElement.lang = locale;
  return html`<div class="dauys-story" lang=${locale} theme=${theme} data-dauys-theme=${theme}>
    ${story()}
  </div>`;
};

const preview: Preview = {
  // Every widget gets a Docs page: its description, attributes, properties, events, slots,
  // parts and custom properties from custom-elements.json, then its stories.
  tags: ['autodocs'],
  decorators: [withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'Language of the page around the widget (its closest lang)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'kk', right: 'kk', title: 'Қазақша' },
          { value: 'ru', right: 'ru', title: 'Русский' },
          { value: 'en', right: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme and brand of the host page',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', icon: 'sun', title: 'Light' },
          { value: 'dark', icon: 'moon', title: 'Dark' },
          { value: 'partner', icon: 'heart', title: 'Partner brand (trade union, maroon)' },
          { value: 'partner-dark', icon: 'heart', title: 'Partner brand, dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'kk', theme: 'light' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    docs: { toc: true },
    options: {
      storySort: { order: ['Introduction', 'Widgets', '*'] },
    },
  },
};

export default preview;
