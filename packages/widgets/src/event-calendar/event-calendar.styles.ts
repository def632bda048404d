// Styles of <lc-event-calendar> (on top of the shared base styles and their --lc-* tokens).
import { css } from 'lit';

export const calendarStyles = css`
  :host {
    container-type: inline-size;
    --_status-seats: var(--_success);
    --_status-waitlist: #7a4100;
    --_status-full: var(--_danger);
    --_outside: #f3f4f6;
    --_today-bg: #e8f3ef;
  }
  /* Senior mode's month (counts, no chips) is shorter: its reserve (shared/styles.ts) until data shows. */
  :host([senior]:not(:state(settled))) {
    min-height: var(--lc-reserved-height, 62.5rem);
  }
  :host([senior]) {
    --_status-seats: var(--_text);
    --_status-waitlist: var(--_text);
    --_status-full: var(--_text);
  }
  .calendar {
    display: grid;
    gap: 0.75rem;
    background: var(--_surface);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .kicker {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .period {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.25;
  }
  .nav,
  .views,
  .actions,
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .views button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
    border-color: var(--_primary);
    font-weight: 600;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 1rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .field {
    display: grid;
    gap: 0.125rem;
    font-size: 0.875em;
  }
  .field select {
    min-width: 8em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0 0.5rem;
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
  }
  .zone-note,
  .fine {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .view-month {
    position: relative;
  }
  .overlay {
    position: absolute;
    inset: 3rem 1rem auto;
    z-index: 1;
    display: flex;
    justify-content: center;
    pointer-events: none;
  }
  .overlay .state {
    background: var(--_surface);
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.2);
    pointer-events: auto;
  }
  .body {
    display: grid;
    gap: 1rem;
  }

  /* Month grid */
  .grid {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  /* Rows are flex lines of seven equal cells: cheaper to lay out than a grid per row (measured). */
  .grid-row {
    display: flex;
  }
  .grid-row > * {
    flex: 1 1 0;
    min-width: 0;
  }
  .weekday {
    padding: 0.25rem;
    text-align: center;
    font-weight: 600;
    font-size: 0.875em;
    border-bottom: 1px solid var(--_border);
  }
  .weekday abbr {
    text-decoration: none;
  }
  /* Every cell is as tall as a full one (its number, three two-line chips, "+k more"), so the six-week grid
     has one height whatever the month holds: nothing below it moves when the data arrives or the month
     changes. In order: padding, number, three chips with their gaps, "+k more", the bottom border. */
  .cell {
    position: relative;
    min-height: calc(
      0.5rem + 1.5em + 0.125rem + 3 * (1.95em + 0.25rem + 2px) + 2 * 0.125rem + 0.125rem + 1.125em + 1px
    );
    padding: 0.25rem;
    border-right: 1px solid var(--_border);
    border-bottom: 1px solid var(--_border);
    cursor: pointer;
    min-width: 0;
  }
  /* Month cells are plain blocks (no flex or grid inside): a month switch lays out every cell again. */
  .cell > * + * {
    margin-top: 0.125rem;
  }
  .grid-row > .cell:last-child {
    border-right: 0;
  }
  .grid-row:last-child > .cell {
    border-bottom: 0;
  }
  .cell.outside {
    background: var(--_outside);
    color: var(--_muted);
  }
  .cell.today {
    background: var(--_today-bg);
    box-shadow: inset 0 0 0 2px var(--_primary);
  }
  .cell:focus-visible {
    outline-offset: -3px;
  }
  .cell-head {
    display: flex;
    align-items: center;
    gap: 0.25rem;
  }
  .day-number {
    font-weight: 600;
  }
  .today-marker {
    display: inline-block;
    padding: 0 0.375rem;
    border-radius: 999px;
    background: var(--_primary);
    color: var(--_on-primary);
    font-size: 0.75em;
    font-weight: 600;
    line-height: 1.5;
  }
  .chips,
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .items {
    display: grid;
    gap: 0.125rem;
  }
  .chips > li + li {
    margin-top: 0.125rem;
  }
  .chip {
    display: block;
    width: 100%;
    min-width: 0;
    min-height: 24px;
    padding: 0.125rem 0.25rem;
    text-align: start;
    font-size: 0.75em;
    line-height: 1.3;
    border-color: transparent;
    background: color-mix(in srgb, var(--_primary) 8%, var(--_surface));
  }
  .chip-time {
    font-variant-numeric: tabular-nums;
    margin-inline-end: 0.375rem;
  }
  .chip .status {
    white-space: normal;
  }
  .chip-title {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .is-cancelled .chip-title,
  .is-cancelled .item-title {
    text-decoration: line-through;
  }
  .more {
    display: block;
    padding: 0 0.25rem;
    font-size: 0.75em;
    text-decoration: underline;
  }
  .day-count {
    font-size: 0.875em;
  }
  .status {
    font-weight: 600;
    white-space: nowrap;
  }
  /* Each status's icon, beside its word: the status's own ::before (no box of its own to lay out), drawn in
     currentColor with a ring (border), strokes (gradients) or a filled outline (clip-path), on a 1em square
     with strokes of 0.125em. A strict CSP allows all of it (no image URLs). */
  .status::before {
    content: '';
    display: inline-block;
    box-sizing: border-box;
    width: 1em;
    height: 1em;
    vertical-align: -0.125em;
    margin-inline-end: 0.25em;
    background-repeat: no-repeat;
  }
  .status-waitlist::before,
  .status-full::before,
  .status-walk_in::before {
    border: 0.125em solid;
    border-radius: 50%;
  }
  .status-seats::before,
  .status-postponed::before,
  .status-ended::before {
    background-color: currentColor;
  }
  .status-seats::before {
    clip-path: polygon(8% 52%, 20% 40%, 38% 58%, 78% 18%, 90% 30%, 38% 82%);
  }
  .status-postponed::before {
    clip-path: polygon(
      4% 44%,
      50% 44%,
      50% 22%,
      78% 50%,
      86% 50%,
      86% 12%,
      98% 12%,
      98% 88%,
      86% 88%,
      86% 50%,
      78% 50%,
      50% 78%,
      50% 56%,
      4% 56%
    );
  }
  .status-ended::before {
    clip-path: polygon(16% 100%, 16% 6%, 88% 6%, 70% 30%, 88% 54%, 28% 54%, 28% 100%);
  }
  /* Two strokes inside the ring: the clock's hands from the centre of the 0.75em face (up, then right), the
     "i"'s dot and stem. */
  .status-waitlist::before,
  .status-walk_in::before {
    background-image:
      linear-gradient(currentColor, currentColor), linear-gradient(currentColor, currentColor);
  }
  .status-waitlist::before {
    background-size:
      0.125em 0.375em,
      0.25em 0.125em;
    background-position:
      0.3125em 0.0625em,
      0.3125em 0.3125em;
  }
  .status-full::before {
    background-image: linear-gradient(45deg, transparent 43%, currentColor 43% 57%, transparent 57%);
  }
  .status-cancelled::before {
    background-image:
      linear-gradient(45deg, transparent 41%, currentColor 41% 59%, transparent 59%),
      linear-gradient(-45deg, transparent 41%, currentColor 41% 59%, transparent 59%);
    background-size: 76% 76%;
    background-position: center;
  }
  .status-walk_in::before {
    background-size:
      0.125em 0.125em,
      0.125em 0.3125em;
    background-position:
      0.3125em 0.0625em,
      0.3125em 0.3125em;
  }
  /* Forced colours (Windows high contrast) would blank the filled and gradient icons: draw them in the text
     colour the user chose. */
  @media (forced-colors: active) {
    .status::before {
      forced-color-adjust: none;
      color: CanvasText;
    }
  }
  .status-seats {
    color: var(--_status-seats);
  }
  .status-waitlist,
  .status-postponed {
    color: var(--_status-waitlist);
  }
  .status-full,
  .status-cancelled {
    color: var(--_status-full);
  }
  .status-ended,
  .status-walk_in {
    color: var(--_muted);
  }

  /* Week, agenda, a day's list */
  .week {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  @container (min-width: 900px) {
    .week {
      grid-template-columns: repeat(7, minmax(0, 1fr));
      gap: 0.5rem;
    }
  }
  .day-heading {
    margin: 0 0 0.375rem;
    font-size: 1em;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem;
  }
  .week-day.today .day-heading,
  .agenda-day.today .day-heading {
    color: var(--_primary);
  }
  .agenda {
    display: grid;
    gap: 1rem;
  }
  .item {
    display: grid;
    gap: 0.125rem 0.75rem;
    grid-template-columns: minmax(0, 1fr);
    width: 100%;
    padding: 0.5rem 0.75rem;
    text-align: start;
  }
  .item > .item-time {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .item > .item-title {
    font-weight: 600;
  }
  .item > .item-place {
    color: var(--_muted);
  }
  /* Wide lists: the time in its own column. */
  @container (min-width: 480px) {
    .agenda .item,
    .day-list .item {
      grid-template-columns: 7.5em minmax(0, 1fr);
    }
    .agenda .item > :not(.item-time),
    .day-list .item > :not(.item-time) {
      grid-column: 2;
    }
  }
  .none {
    margin: 0;
    color: var(--_muted);
  }
  .day-list,
  .details {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .day-list .items {
    justify-self: stretch;
  }
  .details-kicker {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .details-title {
    margin: 0;
    font-size: 1.25em;
  }
  .facts {
    display: grid;
    gap: 0.25rem;
    margin: 0;
  }
  .facts div {
    display: flex;
    gap: 0.75rem;
  }
  .facts dt {
    flex: none;
    min-width: 4em;
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
  }
  .summary {
    margin: 0;
  }
  .alert {
    margin: 0;
    color: var(--_status-full);
    font-weight: 600;
  }

  /* Senior mode (适老化): counts instead of chips, large cells and targets. */
  .senior .cell {
    min-height: calc(var(--_target) + 2.5em);
  }
  .senior .day-count {
    font-size: 1em;
    font-weight: 600;
  }
  .senior .today-marker {
    font-size: 1em;
  }
  .senior .weekday,
  .senior .field,
  .senior .kicker,
  .senior .zone-note,
  .senior .fine,
  .senior .details-kicker {
    font-size: 1em;
  }
  .senior .item {
    min-height: var(--_target);
  }
`;
