// Styles of the nomination form's later steps (counters, the error summary, photos, the review, the result):
// adopted into the shadow root with the later steps' code, so the first render does not carry them.
import { css } from 'lit';

export const laterStyles = css`
  textarea {
    resize: vertical;
    line-height: 1.6;
  }
  .counter {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .counter[data-state='over'] {
    color: var(--_danger-strong);
    font-weight: 600;
  }
  .summary {
    display: grid;
    gap: 0.5rem;
    padding: 1rem;
    border: 3px solid var(--_danger-strong);
    border-radius: var(--_radius);
  }
  .summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .summary a {
    color: var(--_danger-strong);
    font-weight: 600;
  }
  /* Senior mode: each link to a field at fault is a full-size target. */
  :host([senior]) .summary a {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
  }
  .photos {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .photo-head {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: flex-start;
  }
  .preview {
    width: 160px;
    max-width: 100%;
    height: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_border) 20%, var(--_surface));
  }
  .file-name,
  .prose {
    overflow-wrap: anywhere;
  }
  .prose {
    white-space: pre-wrap;
  }
  .review-section {
    display: grid;
    gap: 0.5rem;
    padding-block-end: var(--_gap);
    border-block-end: 1px solid var(--_border);
  }
  .review-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 1rem;
  }
  .plain {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .reference {
    font-size: 1.5em;
    font-weight: 700;
    letter-spacing: 0.03em;
  }
`;
