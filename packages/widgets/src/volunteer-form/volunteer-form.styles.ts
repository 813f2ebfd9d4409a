import { css, unsafeCSS } from 'lit';

/**
 * The form lives in the light DOM (autofill and password managers do not reach inputs in a
 * shadow root), so its styles cannot live in the shadow root. They are one constructable
 * stylesheet adopted once by the document (or the shadow root the element sits in): no
 * `<style>` element, no `style="…"`, fine under a strict CSP.
 *
 * Host pages style `input {…}`, `label {…}`, `button {…}` globally, so every rule is scoped to
 * `.dauys-vf` and carries the specificity of two IDs through `:is()` (the never-present
 * `#dauys-vf-scope#dauys-vf-scope` inside `:is()` counts, but only `.dauys-vf` ever matches),
 * and every element starts from `all: revert` (the browser's own look, whatever the page says).
 * A page rule beats these only with two IDs or `!important`. Adopted sheets come after the
 * page's sheets in the cascade, so ties are ours too.
 */
const scope = unsafeCSS(':is(.dauys-vf, #dauys-vf-scope#dauys-vf-scope)');

export const formStyles = css`
  ${scope},
  ${scope} :is(div, p, h2, ul, li, a, form, fieldset, legend, label, input, select, option, button, span, strong) {
    all: revert;
    box-sizing: border-box;
    overflow-wrap: anywhere;
  }
  ${scope} {
    display: block;
    font-family: var(--dauys-volunteer-form-font-family, var(--_font-family));
    color: var(--_text);
    line-height: 1.5;
    hyphens: auto;
    max-inline-size: var(--dauys-volunteer-form-max-width, 40rem);
  }
  ${scope} :is(form, .dauys-vf__done) {
    display: flex;
    flex-direction: column;
    gap: var(--dauys-volunteer-form-gap, var(--_space-5));
    margin: 0;
  }
  ${scope} .dauys-vf__field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    margin: 0;
  }
  ${scope} label.dauys-vf__label,
  ${scope} legend.dauys-vf__legend {
    display: block;
    padding: 0;
    font-weight: 600;
    color: var(--_text);
  }
  ${scope} .dauys-vf__optional {
    font-weight: 400;
    color: var(--_text-muted);
  }
  ${scope} p.dauys-vf__hint {
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
  ${scope} :is(input.dauys-vf__input, select.dauys-vf__input) {
    display: block;
    inline-size: 100%;
    max-inline-size: 28rem;
    min-block-size: var(--_touch-target);
    margin: 0;
    padding: var(--_space-2) var(--_space-3);
    border: 2px solid var(--_border-strong);
    border-radius: var(--dauys-volunteer-form-input-radius, var(--_radius));
    background: var(--dauys-volunteer-form-input-background, var(--_surface));
    color: var(--_text);
    font: inherit;
    line-height: 1.4;
  }
  ${scope} input.dauys-vf__input[type='tel'] {
    max-inline-size: 16rem;
  }
  ${scope} :is(input, select, button, a):focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  ${scope} :is(input.dauys-vf__input, select.dauys-vf__input)[aria-invalid='true'] {
    border-color: var(--_danger);
    border-inline-start-width: 6px;
  }
  ${scope} fieldset.dauys-vf__group {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  ${scope} .dauys-vf__field[data-invalid],
  ${scope} fieldset.dauys-vf__group[data-invalid] {
    padding-inline-start: var(--_space-3);
    border-inline-start: 4px solid var(--_danger);
  }
  ${scope} .dauys-vf__options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: 0 var(--_space-3);
  }
  ${scope} label.dauys-vf__check {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-3);
    min-block-size: var(--_touch-target);
    padding-block: var(--_space-2);
    cursor: pointer;
  }
  ${scope} label.dauys-vf__check > input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  ${scope} p.dauys-vf__error {
    display: flex;
    gap: var(--_space-2);
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  ${scope} p.dauys-vf__error::before {
    content: '!' / '';
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.4em;
    block-size: 1.4em;
    border-radius: 50%;
    background: var(--_danger);
    color: var(--_surface);
    font-weight: 700;
    line-height: 1;
  }
  ${scope} a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  ${scope} div.dauys-vf__summary {
    padding: var(--_space-4);
    border: 3px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-soft);
  }
  ${scope} div.dauys-vf__summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }
  ${scope} h2.dauys-vf__title {
    margin: 0;
    font-size: var(--_font-size-lg);
    font-weight: 700;
    line-height: 1.3;
  }
  ${scope} div.dauys-vf__summary ul {
    margin: var(--_space-2) 0 0;
    padding-inline-start: var(--_space-5);
  }
  ${scope} div.dauys-vf__summary li + li {
    margin-block-start: var(--_space-1);
  }
  ${scope} div.dauys-vf__summary a {
    color: var(--_text);
    font-weight: 600;
  }
  ${scope} div.dauys-vf__note {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-3);
  }
  ${scope} div.dauys-vf__note p {
    margin: 0;
  }
  ${scope} :is(p, div).dauys-vf__note,
  ${scope} div.dauys-vf__status > p {
    margin: 0;
    padding: var(--_space-3) var(--_space-4);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  /* The live region stays in the tree (so it is announced when filled) but takes no room empty. */
  ${scope} div.dauys-vf__footer {
    display: block;
  }
  ${scope} div.dauys-vf__status > p {
    margin-block-end: var(--_space-4);
  }
  ${scope} div.dauys-vf__status[data-tone='error'] > p {
    border-inline-start-color: var(--_danger);
    background: var(--_danger-soft);
  }
  ${scope} div.dauys-vf__status[data-tone='warning'] > p {
    border-inline-start-color: var(--_warning);
    background: var(--_warning-soft);
  }
  ${scope} .dauys-vf__actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-3);
  }
  ${scope} :is(button, a).dauys-vf__button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2);
    min-block-size: var(--_touch-target);
    min-inline-size: var(--_touch-target);
    margin: 0;
    padding: var(--_space-2) var(--_space-4);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    line-height: 1.3;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }
  ${scope} :is(button, a).dauys-vf__button:hover {
    background: var(--_accent-soft);
  }
  ${scope} button.dauys-vf__button[data-variant='primary'] {
    background: var(--dauys-volunteer-form-submit-background, var(--_accent));
    border-color: var(--dauys-volunteer-form-submit-background, var(--_accent));
    color: var(--dauys-volunteer-form-submit-color, var(--_on-accent));
    padding-inline: var(--_space-5);
  }
  ${scope} button.dauys-vf__button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  ${scope} span.dauys-vf__spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: dauys-vf-spin 0.8s linear infinite;
  }
  @keyframes dauys-vf-spin {
    to {
      transform: rotate(1turn);
    }
  }
  ${scope} span.dauys-vf__sr {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  ${scope} div.dauys-vf__trap {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  ${scope} div.dauys-vf__done {
    padding: var(--_space-5);
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_success);
    border-radius: var(--_radius);
    background: var(--_success-soft);
    gap: var(--_space-4);
  }
  ${scope} div.dauys-vf__done:focus {
    outline: none;
  }
  ${scope} div.dauys-vf__done:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  ${scope} div.dauys-vf__done p {
    margin: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    ${scope} span.dauys-vf__spinner {
      animation: none;
      border-inline-end-color: currentColor;
      border-style: dotted;
    }
  }
  @media (forced-colors: active) {
    ${scope} :is(.dauys-vf__field[data-invalid], fieldset.dauys-vf__group[data-invalid], div.dauys-vf__summary) {
      border-color: CanvasText;
    }
    ${scope} p.dauys-vf__error::before {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
  }
`;

/** The shadow root shows only the silence notice (and a slot for the form). */
export const shadowStyles = css`
  .notice > p {
    margin: 0;
  }
`;

/** Adopts the form styles into the document (or shadow root) holding the element, once. */
const adoptedRoots = new WeakSet<Document | ShadowRoot>();

export function adoptFormStyles(root: Node): void {
  if (!(root instanceof Document || root instanceof ShadowRoot) || adoptedRoots.has(root)) return;
  const sheet = formStyles.styleSheet;
  if (!sheet) return;
  try {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    adoptedRoots.add(root);
  } catch {
    // A sheet made in another document (an iframe) cannot be adopted here; the form still works.
  }
}
