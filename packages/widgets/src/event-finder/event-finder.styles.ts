import { css } from 'lit';

export const eventFinderStyles = css`
  :host {
    --_ef-gap: var(--dauys-event-finder-gap, var(--_space-4));
    --_ef-list-height: var(--dauys-event-finder-list-height, min(75vh, 44rem));
    --_ef-row-background: var(--dauys-event-finder-row-background, var(--_surface));
    --_ef-row-border: var(--dauys-event-finder-row-border, var(--_border));
    --_ef-badge-background: var(--dauys-event-finder-badge-background, var(--_accent-soft));
    --_ef-badge-color: var(--dauys-event-finder-badge-color, var(--_text));
    --_ef-control-size: var(--_touch-target);
    container-type: inline-size;
  }

  .finder {
    display: grid;
    gap: var(--_ef-gap);
  }
  /* Until the feed is in: the measured height of the filters and the loading line
     (docs/embedding.md), the same as the page's :not(:defined) rule, so nothing jumps. */
  .finder[data-pending] {
    min-block-size: var(--dauys-event-finder-min-block-size, 21rem);
    align-content: start;
  }

  /* Filters ---------------------------------------------------------------------------- */
  form {
    display: grid;
    gap: var(--_space-3);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    align-items: end;
    margin: 0;
    padding: var(--_space-4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .field {
    display: grid;
    gap: var(--_space-1);
    min-inline-size: 0;
  }
  .field--search {
    grid-column: 1 / -1;
  }
  label {
    font-weight: 600;
    font-size: var(--_font-size-sm);
  }
  .hint {
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
  input,
  select {
    inline-size: 100%;
    min-block-size: var(--_ef-control-size);
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_border-strong);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .near {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    align-items: end;
  }
  .near .field {
    flex: 1 1 10rem;
  }
  .near-note,
  .geo-message {
    flex-basis: 100%;
    margin: 0;
    font-size: var(--_font-size-sm);
  }
  .near-note {
    color: var(--_text-muted);
  }
  .form-actions {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
  }

  /* Summary ---------------------------------------------------------------------------- */
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space-1) var(--_space-4);
  }
  .count {
    margin: 0;
    font-weight: 700;
    font-size: var(--_font-size-lg);
  }
  .count:focus {
    outline: none;
  }
  .count:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .times-note {
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }

  /* List ------------------------------------------------------------------------------- */
  .list {
    display: block;
  }
  .list[data-virtual] {
    /* As the virtualiser sets it, so its plain first page looks the same (see FIRST_PAGE_ROWS). */
    overflow: auto;
    block-size: var(--_ef-list-height);
    border-block: 1px solid var(--_border);
    overscroll-behavior: contain;
  }
  .list[data-virtual]:focus-visible {
    outline-offset: -3px;
  }
  .row {
    inline-size: 100%;
  }
  .row--event {
    padding-block-end: var(--_space-3);
  }
  .truncated {
    margin: 0;
    padding-block: var(--_space-3);
    color: var(--_text-muted);
  }
  .day {
    margin: 0;
    padding: var(--_space-4) 0 var(--_space-2);
    font-size: var(--_font-size-lg);
    font-weight: 700;
    line-height: 1.3;
  }
  .event {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-3) var(--_space-4);
    border: 1px solid var(--_ef-row-border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_ef-row-background);
  }
  .event[data-status='cancelled'] {
    border-inline-start-color: var(--_danger);
  }
  .event[data-status='postponed'] {
    border-inline-start-color: var(--_warning);
  }
  .event[data-target] {
    box-shadow: 0 0 0 3px var(--_focus);
  }
  .when {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    align-items: baseline;
    font-weight: 700;
  }
  .event[data-status='cancelled'] time {
    text-decoration: line-through;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .badge {
    display: inline-block;
    padding: 0 var(--_space-2);
    border-radius: 999px;
    background: var(--_ef-badge-background);
    color: var(--_ef-badge-color);
    font-size: var(--_font-size-sm);
    font-weight: 600;
    line-height: 1.6;
  }
  .badge[data-status='cancelled'] {
    background: var(--_danger-soft);
    color: var(--_danger);
    outline: 1px solid currentColor;
  }
  .badge[data-status='postponed'] {
    background: var(--_warning-soft);
    color: var(--_warning);
    outline: 1px solid currentColor;
  }
  .title {
    margin: 0;
    font-size: 1.0625rem;
    line-height: 1.35;
  }
  .title-button {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }
  .title-button:hover {
    color: var(--_accent);
  }
  .title-button::after {
    content: ' ▸';
    display: inline-block;
    text-decoration: none;
  }
  .title-button[aria-expanded='true']::after {
    content: ' ▾';
  }
  .place {
    margin: 0;
    color: var(--_text-muted);
  }
  .distance {
    white-space: nowrap;
  }
  .details {
    display: grid;
    gap: var(--_space-2);
    padding-block: var(--_space-2);
    border-block-start: 1px dashed var(--_border);
  }
  .details[hidden] {
    display: none;
  }
  .details p {
    margin: 0;
  }
  .details .description {
    white-space: pre-line;
  }
  .details a {
    color: var(--_accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .actions .button {
    min-block-size: var(--_touch-target);
    padding: var(--_space-1) var(--_space-3);
    font-size: var(--_font-size-sm);
  }
  .share-fallback {
    flex-basis: 100%;
    margin: 0;
    font-size: var(--_font-size-sm);
  }
  .share-fallback input {
    margin-block-start: var(--_space-1);
  }

  .empty {
    display: grid;
    gap: var(--_space-3);
    justify-items: start;
  }
  .loading {
    margin: 0;
    padding-block: var(--_space-3);
  }
  .empty p,
  .notice p {
    margin: 0;
  }
  .notice {
    display: grid;
    gap: var(--_space-3);
    justify-items: start;
  }

  @container (max-width: 30rem) {
    .finder[data-pending] {
      /* The filters stack one under another on a phone. */
      min-block-size: var(--dauys-event-finder-min-block-size, 31rem);
    }
    form {
      padding: var(--_space-3);
    }
    .event {
      padding: var(--_space-3);
    }
    .actions .button {
      flex: 1 1 6.5rem;
    }
  }

  @media (forced-colors: active) {
    .event,
    .event[data-status] {
      border-color: CanvasText;
    }
    .badge,
    .badge[data-status] {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      outline: 1px solid CanvasText;
    }
  }
`;
