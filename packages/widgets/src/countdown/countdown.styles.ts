import { css } from 'lit';

export const countdownStyles = css`
  :host {
    /* Space reserved before and after upgrade (the same numbers as the :not(:defined) snippet). */
    min-block-size: var(--dauys-countdown-min-block-size, 18rem);
    display: flex;
    flex-direction: column;
  }
  :host([variant='compact']) {
    min-block-size: var(--dauys-countdown-min-block-size, 3rem);
  }
  /* Phones: the message and the button wrap onto more lines (same numbers as the snippet). */
  @media (max-width: 30rem) {
    :host {
      min-block-size: var(--dauys-countdown-min-block-size, 23rem);
    }
    :host([variant='compact']) {
      min-block-size: var(--dauys-countdown-min-block-size, 9rem);
    }
  }
  :host([variant='inline']) {
    display: inline;
    /* A sentence inside the host's paragraph: its colour and line height, and it wraps like the paragraph. */
    color: inherit;
    line-height: inherit;
    overflow-wrap: inherit;
    hyphens: inherit;
    min-block-size: 0;
  }

  [hidden] {
    display: none !important;
  }

  .base {
    flex: 1;
    display: flex;
    flex-direction: column;
    gap: var(--dauys-countdown-gap, var(--_space-3));
    padding: var(--dauys-countdown-padding, var(--_space-4));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  :host(:not([variant='inline'])) .base {
    container-type: inline-size;
  }
  .title {
    margin: 0;
    font-size: var(--_font-size-lg);
    font-weight: 700;
    line-height: 1.3;
  }
  /* After the vote the message alone fills the reserved box, so the page does not move. */
  .base[data-state='ended'] {
    justify-content: center;
  }
  :host(:not([variant='compact'], [variant='inline'])) .base[data-state='ended'] .message {
    font-size: var(--_font-size-lg);
    font-weight: 600;
    text-align: center;
  }
  .timer {
    border-radius: var(--_radius);
  }

  /* full: a card per unit in equal columns, so changing numbers and words never move anything. */
  .cards {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    gap: var(--_space-2);
  }
  .card {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    padding: var(--_space-3) var(--_space-1);
    border: 1px solid var(--dauys-countdown-card-border, var(--_border));
    border-radius: var(--_radius);
    background: var(--dauys-countdown-card-background, var(--_surface-alt));
    text-align: center;
  }
  .value {
    color: var(--dauys-countdown-value-color, var(--_accent));
    font-size: var(--dauys-countdown-value-size, clamp(1.75rem, 7vw, 2.75rem));
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums lining-nums;
    white-space: nowrap;
  }
  .label {
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
    /* Room for the longest unit word of every locale ("секунды", "minutes") on two lines. */
    min-block-size: 1.5em;
    overflow-wrap: normal;
    hyphens: manual;
  }
  /* Narrow boxes (sidebars, phones): smaller cards so "секунды" still fits. */
  @container (max-width: 22rem) {
    .cards {
      gap: var(--_space-1);
    }
    .card {
      padding-inline: 0;
    }
    .label {
      font-size: 0.75rem;
    }
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }

  /* compact: one line of numbers and short units (it wraps only when there is no room). */
  :host([variant='compact']) .base {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    column-gap: var(--dauys-countdown-gap, var(--_space-4));
    row-gap: var(--dauys-countdown-gap, var(--_space-2));
    padding: var(--dauys-countdown-padding, var(--_space-2) var(--_space-3));
  }
  :host([variant='compact']) .title {
    font-size: inherit;
  }
  .line {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    font-variant-numeric: tabular-nums lining-nums;
  }
  .segment {
    white-space: nowrap;
  }
  .segment .value {
    display: inline-block;
    min-inline-size: 2ch;
    font-size: var(--_font-size-lg);
    text-align: end;
  }
  .segment .unit {
    margin-inline-start: 0.2em;
    color: var(--_text-muted);
  }
  :host([variant='compact']) .message {
    flex: 1 1 12rem;
  }
  :host([variant='compact']) .base:not([data-state='ended']) .message {
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
  }

  /* inline: a sentence inside the host's paragraph, in its font and colour. */
  :host([variant='inline']) .base {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
  }
  :host([variant='inline']) .timer {
    font-variant-numeric: tabular-nums;
  }

  @media (forced-colors: active) {
    .base,
    .card {
      border-color: CanvasText;
    }
    .value {
      color: CanvasText;
    }
  }
`;
