// Styles of <lc-star-nomination> beyond the shared form styles: steps, counters, the error summary, photos.
import { css } from 'lit';

export const nominationStyles = css`
  :host {
    --_gap: 1rem;
    --_danger-strong: var(--_danger);
  }
  .base {
    display: grid;
    gap: var(--_gap);
    max-width: var(--lc-nomination-width, 48rem);
  }
  header {
    display: grid;
    gap: 0.25rem;
  }
  h2 {
    font-size: 1.4em;
  }
  h3 {
    font-size: 1.2em;
  }
  h4 {
    margin: 0;
    font-size: 1.05em;
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
  }
  .steps li[aria-current='step'] {
    color: var(--_text);
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.3em;
  }
  textarea,
  select {
    width: 100%;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  textarea {
    resize: vertical;
    line-height: 1.6;
  }
  textarea[aria-invalid='true'],
  select[aria-invalid='true'] {
    border: 2px solid var(--_danger-strong);
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
  .notice {
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_primary);
    background: color-mix(in srgb, var(--_primary) 8%, var(--_surface));
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
  .draft {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    color: var(--_muted);
  }
  .draft p {
    flex: 1 1 16rem;
  }
  fieldset.bare {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
`;
