// Styles of <lc-course-finder> (on top of the shared base styles and their --lc-* tokens).
import { css } from 'lit';

export const finderStyles = css`
  :host {
    container-type: inline-size;
    --_mark: var(--lc-color-mark, #fff0a8);
    --_seats: var(--_success);
  }
  :host([senior]) {
    --_seats: var(--_text);
    --_mark: var(--lc-color-mark, #ffe45c);
  }
  .finder {
    display: grid;
    gap: 1rem;
    background: var(--_surface);
  }
  button.link {
    border-color: transparent;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
    text-align: start;
    padding-inline: 0.25rem;
  }
  input,
  select {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0 0.5rem;
  }
  .search {
    display: grid;
    gap: 0.25rem;
  }
  .search label {
    font-weight: 600;
  }
  .search-row {
    display: flex;
    gap: 0.5rem;
  }
  /* width 0: the box grows into the row (flex: 1) but asks for no width of its own, so the row fits a 320 px
     screen in senior mode too (an input's natural width at 20 px text is wider than that row). */
  .search-row input {
    flex: 1;
    width: 0;
    min-width: 0;
  }
  .layout {
    display: grid;
    gap: 1rem;
  }
  .side {
    display: grid;
    gap: 0.75rem;
    align-content: start;
  }
  .facets {
    display: none;
    gap: 0.75rem;
  }
  .facets[data-open] {
    display: grid;
  }
  @container (min-width: 720px) {
    .layout {
      grid-template-columns: minmax(12rem, 16rem) 1fr;
    }
    .filters-toggle {
      display: none;
    }
    .facets {
      display: grid;
    }
  }
  .facet {
    display: grid;
    gap: 0.125rem;
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  .facet legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .field {
    display: grid;
    gap: 0.125rem;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: var(--_target);
  }
  .check input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    flex: none;
  }
  .facet .check {
    min-height: 2rem;
  }
  /* A date field's picker button takes the focus inside the field, where :focus-visible does not match:
     outline the field whenever it has the focus. Senior mode (适老化) opens no pop-up: the date is typed. */
  input[type='date']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  :host([senior]) input[type='date']::-webkit-calendar-picker-indicator {
    display: none;
  }
  :host([senior]) .facet .check {
    min-height: var(--_target);
  }
  .count {
    color: var(--_muted);
  }
  .main {
    display: grid;
    gap: 0.75rem;
    align-content: start;
    min-width: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .count-heading {
    margin: 0;
    font-size: 1.25em;
  }
  .sort {
    grid-auto-flow: column;
    align-items: center;
    gap: 0.5rem;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .chip {
    border-radius: 999px;
  }
  .results,
  .offerings {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .results[aria-busy='true'] {
    opacity: 0.6;
  }
  .result {
    /* Off-screen cards skip layout and paint: 1,000 loaded results stay smooth without a virtualiser. */
    content-visibility: auto;
    contain-intrinsic-size: auto 10rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .result-title {
    margin: 0;
    font-size: 1.125em;
  }
  .result-title button {
    padding: 0;
    font-weight: 600;
  }
  .meta,
  .summary,
  .facts,
  .fine {
    margin: 0.25rem 0 0;
  }
  .meta,
  .fine {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .tag {
    display: inline-block;
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    margin-inline-end: 0.25rem;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .seats,
  .status {
    color: var(--_seats);
    font-weight: 600;
  }
  .full,
  .error {
    color: var(--_danger);
  }
  :host([senior]) .full,
  :host([senior]) .error {
    color: var(--_text);
  }
  mark {
    background: var(--_mark);
    color: inherit;
    text-decoration: underline;
    text-decoration-color: var(--_primary);
  }
  .empty {
    font-weight: 600;
  }
  .more {
    display: grid;
    justify-items: center;
    gap: 0.5rem;
  }
  .detail {
    display: grid;
    gap: 0.5rem;
  }
  .detail h2 {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.25;
  }
  .detail h3 {
    margin: 0.5rem 0 0;
    font-size: 1.125em;
  }
  .back {
    justify-self: start;
  }
  .offering {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .offering h4 {
    margin: 0;
  }
  .facts-list {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0;
  }
  .facts-list dt {
    color: var(--_muted);
  }
  .facts-list dd {
    margin: 0;
  }
  .offering button {
    justify-self: start;
  }
  :host([senior]) .result-title,
  :host([senior]) .count-heading {
    font-size: 1.25em;
  }
  :host([senior]) .meta,
  :host([senior]) .fine {
    font-size: 1em;
  }
`;
