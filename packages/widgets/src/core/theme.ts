import { css } from 'lit';

/**
 * Design tokens. A page (or a partner's theme) sets `--dauys-*` on any ancestor, e.g.
 * `body { --dauys-color-accent: #7a1f5c }`; each widget reads them through private `--_*`
 * copies with defaults. Colours use light-dark(), so a widget follows the page's
 * `color-scheme` (a light-only page gets light widgets even when the OS is dark);
 * `theme="dark"` or `theme="light"` on an element forces one.
 */
export const themeTokens = css`
  :host {
    --_font-family: var(--dauys-font-family, inherit);
    --_text: var(--dauys-color-text, light-dark(#1b1f24, #eef1f4));
    --_text-muted: var(--dauys-color-text-muted, light-dark(#4b5563, #b8c0ca));
    --_surface: var(--dauys-color-surface, light-dark(#ffffff, #15191e));
    --_surface-alt: var(--dauys-color-surface-alt, light-dark(#f2f4f7, #20262d));
    --_border: var(--dauys-color-border, light-dark(#d0d6dd, #3a434d));
    --_border-strong: var(--dauys-color-border-strong, light-dark(#6b7480, #8f99a5));
    --_accent: var(--dauys-color-accent, light-dark(#005f86, #7cc8ef));
    --_on-accent: var(--dauys-color-on-accent, light-dark(#ffffff, #06202d));
    --_accent-soft: var(--dauys-color-accent-soft, light-dark(#e3f2f9, #123445));
    --_focus: var(--dauys-color-focus, light-dark(#0b57d0, #a8c7fa));
    --_radius: var(--dauys-radius, 0.5rem);
    --_space-1: var(--dauys-space-1, 0.25rem);
    --_space-2: var(--dauys-space-2, 0.5rem);
    --_space-3: var(--dauys-space-3, 0.75rem);
    --_space-4: var(--dauys-space-4, 1rem);
    --_space-5: var(--dauys-space-5, 1.5rem);
    --_font-size-sm: var(--dauys-font-size-sm, 0.875rem);
    --_font-size-lg: var(--dauys-font-size-lg, 1.25rem);
    --_touch-target: var(--dauys-touch-target, 2.75rem);
    --_duration: var(--dauys-duration, 200ms);
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
`;

/** What every widget starts from: box model, font, wrapping, focus, hidden text, reduced motion. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font-family);
    color: var(--_text);
    line-height: 1.5;
    /* Long Kazakh compounds must wrap in narrow sidebars rather than overflow. */
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** `.button` (and `data-variant="primary"`): a link or button with a touch-sized target. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2);
    min-block-size: var(--_touch-target);
    padding: var(--_space-2) var(--_space-4);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button:hover {
    background: var(--_accent-soft);
  }
  .button[data-variant='primary'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .button[data-variant='primary']:hover {
    filter: brightness(1.1);
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.7;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button[data-variant='primary'] {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
  }
`;
