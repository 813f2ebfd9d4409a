import { css } from 'lit';

export const faqStyles = css`
  :host {
    --_faq-gap: var(--dauys-faq-gap, var(--_space-4));
    --_faq-header-padding: var(--dauys-faq-header-padding, var(--_space-3));
    --_faq-header-background: var(--dauys-faq-header-background, transparent);
    --_faq-open-header-background: var(--dauys-faq-open-header-background, var(--_surface-alt));
    --_faq-border: var(--dauys-faq-border, 1px solid var(--_border));
  }
  .base {
    display: grid;
    gap: var(--_faq-gap);
  }
  .base.reserving {
    min-block-size: var(--dauys-faq-min-block-size, 20rem);
    align-content: start;
  }
  p {
    margin: 0;
  }
  .toolbar {
    display: grid;
    gap: var(--_space-3);
  }
  .search {
    display: grid;
    gap: var(--_space-1);
  }
  .search label {
    font-weight: 600;
  }
  input {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 2px solid var(--_border-strong);
    border-radius: var(--_radius);
    min-block-size: var(--_touch-target);
    padding-inline: var(--_space-3);
    inline-size: 100%;
  }
  .categories {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .chip {
    font: inherit;
    min-block-size: var(--_touch-target);
    padding: var(--_space-1) var(--_space-3);
    border: 1px solid var(--_border-strong);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
    text-align: start;
  }
  .chip:hover {
    border-color: var(--_accent);
  }
  .chip[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .chip[aria-pressed='true']::before {
    content: '✓ ';
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
  }
  .row:has(.count:empty):not(:has(.bulk)) {
    display: none;
  }
  .count {
    color: var(--_text-muted);
  }
  .bulk {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    margin-inline-start: auto;
  }
  .link-button {
    font: inherit;
    font-size: var(--_font-size-sm);
    min-block-size: 2rem;
    padding: var(--_space-1) 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .items[hidden] {
    display: none;
  }
  .items {
    border-block-start: var(--_faq-border);
  }
  .item {
    border-block-end: var(--_faq-border);
  }
  .header {
    margin: 0;
    font-size: inherit;
    font-weight: inherit;
    line-height: inherit;
  }
  .header-button {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-3);
    inline-size: 100%;
    min-block-size: var(--_touch-target);
    padding: var(--_faq-header-padding);
    border: 0;
    background: var(--_faq-header-background);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .header-button:hover {
    background: var(--_surface-alt);
  }
  .header-button[aria-expanded='true'] {
    background: var(--_faq-open-header-background);
  }
  .header-button:focus-visible {
    outline-offset: -3px;
  }
  .question {
    flex: 1;
    min-inline-size: 0;
  }
  .icon {
    flex: none;
    inline-size: 0.6em;
    block-size: 0.6em;
    margin-inline-end: 0.25em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-25%) rotate(45deg);
    transition: transform var(--_duration) ease-in-out;
  }
  [aria-expanded='true'] > .icon {
    transform: translateY(25%) rotate(-135deg);
  }
  .excerpt {
    padding: 0 var(--_faq-header-padding) var(--_space-3);
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
  .panel.animating {
    overflow: hidden;
  }
  .panel-inner {
    display: grid;
    gap: var(--_space-3);
    padding: var(--_space-2) var(--_faq-header-padding) var(--_space-4);
  }
  .answer-body {
    display: grid;
    gap: var(--_space-3);
  }
  .answer-body p,
  .answer-body ul,
  .answer-body ol {
    margin: 0;
  }
  .answer-body ul,
  .answer-body ol {
    padding-inline-start: 1.5em;
  }
  .answer-body a {
    color: var(--_accent);
  }
  .answer-body img,
  .answer-body video,
  .answer-body iframe {
    max-inline-size: 100%;
    block-size: auto;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-3);
  }
  .copy-status {
    color: var(--_success);
    font-size: var(--_font-size-sm);
  }
  .copy-fallback {
    display: grid;
    gap: var(--_space-1);
    font-size: var(--_font-size-sm);
  }
  .empty {
    display: grid;
    gap: var(--_space-3);
    justify-items: start;
    padding: var(--_space-4);
    border: 1px dashed var(--_border-strong);
    border-radius: var(--_radius);
  }
  .empty-title {
    font-weight: 600;
  }
  .loading {
    color: var(--_text-muted);
  }
  @media (forced-colors: active) {
    .chip[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
