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
  /* Senior mode's month (counts for chips, list boxes for drop-downs, larger text) has a reserve of its own. */
  :host([senior]:not(:state(settled))) {
    min-height: var(--lc-reserved-height, 71.5rem);
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
  /* Every cell is as tall as a full one (its number, two two-line chips, "+k more"), so the six-week grid
     has one height whatever the month holds: nothing below it moves when the data arrives or the month
     changes. In order: padding, number, two chips with their gap, "+k more", the bottom border. */
  .cell {
    position: relative;
    min-height: calc(
      0.5rem + 1.5em + 0.125rem + 2 * (1.95em + 0.25rem + 2px) + 0.125rem + 0.125rem + 1.125em + 1px
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
  .today-marker {
    margin-inline-start: 0.25rem;
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
  .chips > li {
    display: block;
  }
  .chips > li + li {
    margin-top: 0.125rem;
  }
  /* Two lines: the time and the status (they may wrap in a narrow cell), then the title on one line, cut
     with an ellipsis. */
  .chip {
    display: block;
    width: 100%;
    min-width: 0;
    min-height: 24px;
    padding: 0.125rem 0.25rem;
    overflow: hidden;
    text-align: start;
    text-overflow: ellipsis;
    font-size: 0.75em;
    line-height: 1.3;
    border-color: transparent;
    background: color-mix(in srgb, var(--_primary) 8%, var(--_surface));
  }
  .chip-time {
    font-variant-numeric: tabular-nums;
    margin-inline-end: 0.375rem;
  }
  .chip-title {
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
  /* Each status's icon, beside its word: gradients painted in the status's own start padding, so the icon
     is no box of its own to lay out (a month switch lays out every chip again; an inline-block ::before per
     chip cost about a tenth of it). Drawn in currentColor on a 1em square centred on the line, strokes of
     0.125em: a ring, bars, diagonal strokes, filled triangles. Each layer's position is its left edge and the
     offset of its centre from the line's centre. A strict CSP allows all of it (no image URLs). */
  .status {
    --_ring: radial-gradient(
      closest-side,
      #0000 calc(100% - 0.15em),
      currentColor calc(100% - 0.125em) calc(100% - 0.025em),
      #0000
    );
    --_bar: linear-gradient(currentColor 0 0);
    --_down: linear-gradient(45deg, #0000 calc(50% - 0.0625em), currentColor 0 calc(50% + 0.0625em), #0000 0);
    --_up: linear-gradient(-45deg, #0000 calc(50% - 0.0625em), currentColor 0 calc(50% + 0.0625em), #0000 0);
    --_lower-left: linear-gradient(to top right, currentColor 50%, #0000 0);
    --_upper-left: linear-gradient(to bottom right, currentColor 50%, #0000 0);
    padding-inline-start: 1.25em;
    background-repeat: no-repeat;
    font-weight: 600;
    white-space: nowrap;
  }
  /* ✓ a tick: a short stroke down to (0.375, 0.75), a long one up to the right. */
  .status-seats {
    background-image: var(--_down), var(--_up);
    background-size:
      0.3125em 0.3125em,
      0.5625em 0.5625em;
    background-position:
      0.0625em calc(50% + 0.09375em),
      0.375em calc(50% - 0.03125em);
  }
  /* A clock: the ring, the hands from the centre up and to the right. */
  .status-waitlist {
    background-image: var(--_ring), var(--_bar), var(--_bar);
    background-size:
      1em 1em,
      0.125em 0.375em,
      0.25em 0.125em;
    background-position:
      0 50%,
      0.4375em calc(50% - 0.125em),
      0.4375em 50%;
  }
  /* ⃠ a barred circle. */
  .status-full {
    background-image: var(--_ring), var(--_down);
    background-size:
      1em 1em,
      0.75em 0.75em;
    background-position:
      0 50%,
      0.125em 50%;
  }
  /* ✕ a cross. */
  .status-cancelled {
    background-image: var(--_down), var(--_up);
    background-size: 0.75em 0.75em;
    background-position: 0.125em 50%;
  }
  /* →| an arrow to a bar: the shaft, the head's two halves, the bar. */
  .status-postponed {
    background-image: var(--_bar), var(--_lower-left), var(--_upper-left), var(--_bar);
    background-size:
      0.4375em 0.125em,
      0.25em 0.3125em,
      0.25em 0.3125em,
      0.125em 0.875em;
    background-position:
      0.0625em 50%,
      0.5em calc(50% - 0.15625em),
      0.5em calc(50% + 0.15625em),
      0.8125em 50%;
  }
  /* A flag: the pole, the cloth, the notch's two halves. */
  .status-ended {
    background-image: var(--_bar), var(--_bar), var(--_upper-left), var(--_lower-left);
    background-size:
      0.125em 0.9375em,
      0.375em 0.5em,
      0.1875em 0.25em,
      0.1875em 0.25em;
    background-position:
      0.1875em calc(50% + 0.03125em),
      0.3125em calc(50% - 0.1875em),
      0.6875em calc(50% - 0.3125em),
      0.6875em calc(50% - 0.0625em);
  }
  /* ⓘ the ring, the dot and the stem. */
  .status-walk_in {
    background-image: var(--_ring), var(--_bar), var(--_bar);
    background-size:
      1em 1em,
      0.125em 0.125em,
      0.125em 0.3125em;
    background-position:
      0 50%,
      0.4375em calc(50% - 0.25em),
      0.4375em calc(50% + 0.09375em);
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

  /* Forced colours (Windows high contrast) keep gradients in the authored colour: draw icon and word in the
     text colour the user chose. */
  @media (forced-colors: active) {
    .status {
      forced-color-adjust: none;
      color: CanvasText;
    }
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
