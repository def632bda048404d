// The month grid: a WAI-ARIA grid of day cells (roving tabindex), a few activities per cell and "+k more"
// (text, not a button: a click anywhere in the cell, or Enter on it, opens the day's list).
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../shared/locale.js';
import { activityChip, dayCount, type ViewContext } from './activity-templates.js';
import type { CalendarController } from './calendar-controller.js';
import { startOfMonth, startOfNextMonth } from './calendar-dates.js';
import { dayOfMonth, formatDayLong, weekdayNames } from './calendar-format.js';

/**
 * Activities shown in one day cell before "+k more"; senior mode shows the count only (larger targets). Two
 * two-line chips keep the six-week month within a desktop screen, and a month switch lays out every chip again
 * (a third per day cost a fifth more).
 */
export const CHIPS_PER_DAY = 2;

function dayCell(
  day: number,
  calendar: CalendarController,
  ctx: ViewContext,
  month: { start: number; end: number },
): TemplateResult {
  const { msg } = ctx;
  const list = calendar.dayActivities(day);
  const isToday = day === ctx.today;
  const outside = day < month.start || day >= month.end;
  const shown = ctx.senior ? 0 : Math.min(list.length, CHIPS_PER_DAY);
  const more = list.length - shown;
  const date = formatDayLong(day, ctx.locale);
  const count = dayCount(list.length, msg);
  const classes = `cell${outside ? ' outside' : ''}${isToday ? ' today' : ''}`;
  return html`<div
    role="gridcell"
    class=${classes}
    part="day"
    data-day=${day}
    tabindex=${day === calendar.focusDay ? 0 : -1}
    aria-current=${isToday ? 'date' : nothing}
  >
    <div class="cell-head">
      <span class="day-number" aria-hidden="true">${dayOfMonth(day)}</span>
      <span class="visually-hidden"
        >${ctx.senior || list.length === 0 ? date : format(msg.dayLabel, { date, count })}</span
      >
      ${isToday ? html`<span class="today-marker">${msg.today}</span>` : nothing}
    </div>
    ${ctx.senior && list.length > 0 ? html`<span class="day-count">${count}</span>` : nothing}
    ${
      shown > 0
        ? html`<ul class="chips">
            ${list.slice(0, shown).map((activity) => activityChip(activity, ctx))}
          </ul>`
        : nothing
    }
    ${
      more > 0 && !ctx.senior
        ? html`<span class="more" data-more=${day}>${format(msg.more, { n: more })}</span>`
        : nothing
    }
  </div>`;
}

/** The month holding the focus day, in whole weeks from Monday; `labelledBy` names the period heading. */
export function monthView(
  calendar: CalendarController,
  ctx: ViewContext,
  labelledBy: string,
): TemplateResult {
  const { start, end } = calendar.period;
  const month = { start: startOfMonth(calendar.focusDay), end: startOfNextMonth(calendar.focusDay) };
  const weeks: number[] = [];
  for (let week = start; week < end; week += 7) weeks.push(week);
  return html`<div
    role="grid"
    class="grid"
    part="grid"
    aria-labelledby=${labelledBy}
    aria-busy=${calendar.status === 'loading' ? 'true' : 'false'}
  >
    <div role="row" class="grid-row">
      ${weekdayNames(ctx.locale).map(
        ([short, long]) =>
          html`<div role="columnheader" class="weekday"><abbr title=${long}>${short}</abbr></div>`,
      )}
    </div>
    ${weeks.map(
      (week) =>
        html`<div role="row" class="grid-row">
          ${[0, 1, 2, 3, 4, 5, 6].map((i) => dayCell(week + i, calendar, ctx, month))}
        </div>`,
    )}
  </div>`;
}
