// The week view (seven days, activities in time order), the agenda (a list grouped by day) and one day's list.
import { html, nothing, type TemplateResult } from 'lit';
import type { Activity } from '@learning-city/core';
import { format } from '../shared/locale.js';
import { activityItem, dayCount, type ViewContext } from './activity-templates.js';
import type { CalendarController } from './calendar-controller.js';
import { formatDayLong } from './calendar-format.js';

function dayHeading(day: number, ctx: ViewContext, id?: string): TemplateResult {
  return html`<h3 class="day-heading" id=${id ?? nothing} tabindex=${id ? '-1' : nothing}>
    ${formatDayLong(day, ctx.locale)}
    ${day === ctx.today ? html`<span class="today-marker">${ctx.msg.today}</span>` : nothing}
  </h3>`;
}

function items(list: readonly Activity[], ctx: ViewContext): TemplateResult {
  return html`<ul class="items">
    ${list.map((activity) => activityItem(activity, ctx))}
  </ul>`;
}

/** Seven days from the week's start, each with its activities in time order. */
export function weekView(calendar: CalendarController, ctx: ViewContext): TemplateResult {
  const { start } = calendar.period;
  return html`<ol class="week" part="week">
    ${[0, 1, 2, 3, 4, 5, 6].map((i) => {
      const day = start + i;
      const list = calendar.dayActivities(day);
      return html`<li class="week-day${day === ctx.today ? ' today' : ''}">
        ${dayHeading(day, ctx)}
        ${list.length > 0 ? items(list, ctx) : html`<p class="none">${ctx.msg.noActivitiesOnDay}</p>`}
      </li>`;
    })}
  </ol>`;
}

/** The period's days that have activities, up to about `limit` activities; `more` tells whether some were left. */
export function agendaView(
  calendar: CalendarController,
  ctx: ViewContext,
  limit: number,
): { template: TemplateResult; more: boolean } {
  const { start, end } = calendar.period;
  const days: TemplateResult[] = [];
  let count = 0;
  let more = false;
  for (let day = start; day < end; day++) {
    const list = calendar.dayActivities(day);
    if (list.length === 0) continue;
    if (count >= limit) {
      more = true;
      break;
    }
    count += list.length;
    days.push(
      html`<div class="agenda-day${day === ctx.today ? ' today' : ''}">
        ${dayHeading(day, ctx)}${items(list, ctx)}
      </div>`,
    );
  }
  return { template: html`<div class="agenda" part="agenda">${days}</div>`, more };
}

/** One day's full list (opened from the month grid with Enter, a click or "+k more"). */
export function dayList(day: number, calendar: CalendarController, ctx: ViewContext): TemplateResult {
  const list = calendar.dayActivities(day);
  const title = format(ctx.msg.dayList, { date: formatDayLong(day, ctx.locale) });
  return html`<section class="day-list" part="day-list" aria-labelledby="day-list-title">
    <h3 id="day-list-title" class="day-heading" tabindex="-1">
      ${title}
      <span class="day-count">${dayCount(list.length, ctx.msg)}</span>
      ${day === ctx.today ? html`<span class="today-marker">${ctx.msg.today}</span>` : nothing}
    </h3>
    ${list.length > 0 ? items(list, ctx) : html`<p class="none">${ctx.msg.noActivitiesOnDay}</p>`}
    <button type="button" class="secondary" data-back=${day}>${ctx.msg.backToCalendar}</button>
  </section>`;
}
