// Styles every widget shares: theme tokens (--lc-*), the page's font, visible focus, and senior mode (适老化).
import { css } from 'lit';

/**
 * Base styles for a widget's shadow root. Theme with custom properties on the element or the page:
 * `--lc-color-primary`, `--lc-color-text`, `--lc-color-muted`, `--lc-color-surface`, `--lc-color-border`,
 * `--lc-color-danger`, `--lc-color-success`, `--lc-radius`, `--lc-font-size`, `--lc-focus-color`.
 * Senior mode (`senior` attribute): text ≥ 18 px, targets ≥ 60×60 px, contrast ≥ 7:1, no pop-ups.
 * Fonts come from the page (`font: inherit`); no widget loads a font. `--lc-reserved-height` sets the height a
 * widget keeps before it is defined and until its first data or error shows (the README's `:not(:defined)`
 * snippet; shared/settled.ts).
 */
export const baseStyles = css`
  :host {
    --_primary: var(--lc-color-primary, #0b5d46);
    --_on-primary: var(--lc-color-on-primary, #ffffff);
    --_text: var(--lc-color-text, #1d2433);
    --_muted: var(--lc-color-muted, #4a5160);
    --_surface: var(--lc-color-surface, #ffffff);
    --_border: var(--lc-color-border, #8a8f99);
    --_danger: var(--lc-color-danger, #b3261e);
    --_success: var(--lc-color-success, #1b6b2f);
    --_radius: var(--lc-radius, 6px);
    --_focus: var(--lc-focus-color, #c2410c);
    --_font-size: var(--lc-font-size, 1rem);
    --_target: 44px;
    display: block;
    font: inherit;
    font-size: var(--_font-size);
    color: var(--_text);
    line-height: 1.5;
  }
  /* The box a widget reserves from before it is defined until its data arrives, so nothing below it moves
     when it upgrades. The README's :not(:defined) snippet reserves the same; --lc-reserved-height sets both. */
  :host(lc-event-calendar) {
    min-height: var(--lc-reserved-height, 65.75rem);
  }
  :host(lc-course-finder),
  :host(lc-star-nomination) {
    min-height: var(--lc-reserved-height, 30rem);
  }
  /* Its first data or error is on screen: the widget's own height from now on (shared/settled.ts). */
  :host(:state(settled)) {
    min-height: 0;
  }
  :host([hidden]) {
    display: none;
  }
  :host([senior]) {
    --_font-size: max(var(--lc-font-size, 1.25rem), 18px);
    --_target: 60px;
    --_text: #000000;
    --_muted: #262626;
    --_primary: var(--lc-color-primary, #064030);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button,
  select,
  input:not([type='checkbox']):not([type='radio']) {
    min-height: var(--_target);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;

/**
 * Buttons, the loading spinner and the state box (loading, empty, error with its retry) as the calendar and the
 * course finder draw them: one copy for both (and one in the CDN file).
 */
export const controlStyles = css`
  button {
    cursor: pointer;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0.25rem 0.75rem;
    min-width: var(--_target);
  }
  button:disabled,
  button[aria-disabled='true'] {
    cursor: not-allowed;
    border-style: dashed;
  }
  button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
    border-color: var(--_primary);
  }
  button.primary:disabled {
    background: var(--_surface);
    color: var(--_text);
    border-color: var(--_border);
  }
  .state {
    margin: 0;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .state p {
    margin: 0 0 0.5rem;
  }
  .state-error {
    border-color: var(--_danger);
    border-inline-start-width: 6px;
  }
  .spinner {
    display: inline-block;
    width: 1em;
    height: 1em;
    margin-inline-end: 0.5rem;
    vertical-align: -0.15em;
    border: 2px solid var(--_border);
    border-top-color: var(--_primary);
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
`;
