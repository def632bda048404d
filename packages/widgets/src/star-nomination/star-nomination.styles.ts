// Styles of <lc-star-nomination> beyond the shared form styles, for its first render: the frame, the steps,
// the draft bar and the fields (the later steps' styles come with their code: later.styles.ts).
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
  textarea[aria-invalid='true'],
  select[aria-invalid='true'] {
    border: 2px solid var(--_danger-strong);
  }
  .notice {
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_primary);
    background: color-mix(in srgb, var(--_primary) 8%, var(--_surface));
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
