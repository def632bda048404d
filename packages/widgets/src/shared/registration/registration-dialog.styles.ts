// Styles of <lc-registration-dialog>: a modal <dialog> normally, an inline panel in senior mode (适老化).
import { css } from 'lit';

export const registrationStyles = css`
  :host {
    --_dialog-width: var(--lc-registration-width, 36rem);
    --_gap: 1rem;
    --_danger-strong: var(--_danger);
  }
  :host([senior]) {
    --_gap: 1.5rem;
    /* ≥ 7:1 on white for text in senior mode. */
    --_danger-strong: var(--lc-color-danger, #8c1d18);
    --_success: var(--lc-color-success, #14522a);
  }
  dialog {
    width: min(var(--_dialog-width), calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    overflow: auto;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .panel {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    margin-block: var(--_gap);
  }
  .body {
    display: grid;
    gap: var(--_gap);
    padding: 1.25rem;
  }
  .header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_gap);
  }
  .eyebrow {
    margin: 0;
    color: var(--_muted);
  }
  h2 {
    margin: 0;
    font-size: 1.35em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  h3 {
    margin: 0;
    font-size: 1.15em;
  }
  h2:focus,
  h3:focus {
    outline: none;
  }
  h2:focus-visible,
  h3:focus-visible {
    outline: 3px solid var(--_focus);
  }
  p {
    margin: 0;
  }
  .facts {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25rem 1rem;
    margin: 0;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .notice {
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_primary);
    background: color-mix(in srgb, var(--_primary) 8%, var(--_surface));
  }
  form {
    display: grid;
    gap: var(--_gap);
  }
  .field {
    display: grid;
    gap: 0.375rem;
    margin: 0;
    min-width: 0;
  }
  label,
  legend {
    font-weight: 600;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem 1rem;
  }
  fieldset.options {
    border: 0;
    padding: 0;
  }
  fieldset.options legend {
    padding: 0;
    margin-bottom: 0.375rem;
  }
  .group {
    display: grid;
    gap: var(--_gap);
  }
  input:not([type='checkbox']):not([type='radio']) {
    width: 100%;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  input[aria-invalid='true']:not([type='checkbox']):not([type='radio']) {
    border: 2px solid var(--_danger-strong);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: var(--_target);
    padding-block: 0.25rem;
    font-weight: 400;
    cursor: pointer;
  }
  .choice input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_primary);
  }
  :host([senior]) .choice input {
    width: 1.75em;
    height: 1.75em;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5rem;
  }
  :host([senior]) .choices {
    display: grid;
  }
  .hint {
    color: var(--_muted);
  }
  .error {
    color: var(--_danger-strong);
    font-weight: 600;
  }
  .error::before {
    content: '⚠ ';
  }
  .alert {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem 1rem;
    border: 2px solid var(--_danger-strong);
    border-radius: var(--_radius);
    color: var(--_danger-strong);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }
  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.5rem 1.25rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .danger {
    border-color: var(--_danger-strong);
    background: var(--_danger-strong);
    color: #ffffff;
  }
  /* Busy, not greyed out: the label says what is happening and the contrast stays. */
  button[aria-busy='true'] {
    cursor: progress;
  }
  .close {
    flex: none;
  }
  .result {
    display: grid;
    gap: var(--_gap);
  }
  .result h3 {
    font-size: 1.35em;
  }
  .result[data-status='confirmed'] h3 {
    color: var(--_success);
  }
  .position {
    font-size: 1.25em;
    font-weight: 700;
  }
`;
