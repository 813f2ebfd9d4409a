import { css } from 'lit';

/**
 * The status pieces of the theme (theme.ts has the rest): what shows errors, warnings, success
 * and search highlights. In a module of its own so a widget that shows none of them (the
 * countdown) does not carry them: an unused `css` result is not dropped from a bundle.
 */

/** Status colours (errors, warnings, success, search highlights), for widgets that show them. */
export const statusTokens = css`
  :host {
    --_danger: var(--dauys-color-danger, light-dark(#b3261e, #ffb4ab));
    --_danger-soft: var(--dauys-color-danger-soft, light-dark(#fdecea, #3d1512));
    --_success: var(--dauys-color-success, light-dark(#1c6b36, #8fd6a4));
    --_success-soft: var(--dauys-color-success-soft, light-dark(#e6f4ea, #11301c));
    --_warning: var(--dauys-color-warning, light-dark(#7a4b00, #ffd27a));
    --_warning-soft: var(--dauys-color-warning-soft, light-dark(#fff4dc, #3a2a06));
    --_highlight: var(--dauys-color-highlight, light-dark(#ffe58a, #6b5300));
  }
`;

/** `.notice` boxes (`data-tone="error|warning|success"`) and `<mark>` highlights. */
export const noticeStyles = css`
  .notice {
    padding: var(--_space-4);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .notice[data-tone='error'] {
    border-inline-start-color: var(--_danger);
    background: var(--_danger-soft);
  }
  .notice[data-tone='warning'] {
    border-inline-start-color: var(--_warning);
    background: var(--_warning-soft);
  }
  .notice[data-tone='success'] {
    border-inline-start-color: var(--_success);
    background: var(--_success-soft);
  }
  mark {
    background: var(--_highlight);
    /* The body colour, not the (muted) text around it: 4.5:1 on the highlight in both schemes. */
    color: var(--_text);
    border-radius: 2px;
  }
  @media (forced-colors: active) {
    .notice {
      border-color: ButtonText;
    }
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
`;
