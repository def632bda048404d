// Templates for one activity: the status in words and icon, a list item, a month-grid chip (the details are
// in activity-details.ts).
import { html, type TemplateResult } from 'lit';
import type { Activity } from '@learning-city/core';
import { format, type Locale } from '../shared/locale.js';
import { activityStatus, type ActivityStatusInfo } from './activity-status.js';
import { formatClock, formatTimeRange } from './calendar-format.js';
import type { CalendarMessages } from './messages.js';

/** What every view template needs to know. */
export interface ViewContext {
  locale: Locale;
  msg: CalendarMessages;
  /** The current instant, milliseconds. */
  now: number;
  /** Today's day number in Asia/Shanghai. */
  today: number;
  /** `北京时间` when the visitor's zone differs, else `null`. */
  zoneName: string | null;
  senior: boolean;
}

/** The status in words: 余12位, 可候补, 已满, 已取消, 已延期, … */
export function statusText(info: ActivityStatusInfo, msg: CalendarMessages): string {
  if (info.kind !== 'seats') return msg.status[info.kind];
  return info.seatsLeft === 1 ? msg.seatOne : format(msg.status.seats, { n: info.seatsLeft });
}

/** 12项活动, 1 activity. */
export function dayCount(n: number, msg: CalendarMessages): string {
  return n === 1 ? msg.dayCountOne : format(msg.dayCount, { n });
}

export function statusBadge(activity: Activity, ctx: ViewContext): TemplateResult {
  const info = activityStatus(activity, ctx.now);
  return html`<span class="status status-${info.kind}" part="status">${statusText(info, ctx.msg)}</span>`;
}

// The platform's content (titles, places, hosts, summaries) is Chinese: marked lang="zh-CN" so that with the
// English interface a screen reader still reads it with a Chinese voice (WCAG 3.1.2). Likewise in every widget.

/** A list item (week, agenda, a day's list): a button that opens the details. */
export function activityItem(activity: Activity, ctx: ViewContext): TemplateResult {
  return html`<li>
    <button
      type="button"
      class="item ${activity.status === 'cancelled' ? 'is-cancelled' : ''}"
      part="activity"
      data-activity=${activity.id}
    >
      <span class="item-time">${formatTimeRange(activity.startsAt, activity.endsAt, ctx.locale, null)}</span>
      <span class="item-title" lang="zh-CN">${activity.title}</span>
      <span class="item-place" lang="zh-CN">${activity.place.name}</span>
      ${statusBadge(activity, ctx)}
    </button>
  </li>`;
}

/** A compact entry in a month-grid cell; reached by mouse, or by keyboard through the day's list. */
export function activityChip(activity: Activity, ctx: ViewContext): TemplateResult {
  // One inline formatting context: no whitespace nodes, the title inline after a <br> (not a block of its
  // own). A month switch lays out every chip again, and each box and text node in it costs (measured).
  // prettier-ignore
  return html`<li><button type="button" tabindex="-1" class="chip ${activity.status === 'cancelled' ? 'is-cancelled' : ''}" part="activity" data-activity=${activity.id}><span class="chip-time">${formatClock(activity.startsAt, ctx.locale)}</span>${statusBadge(activity, ctx)}<br /><span class="chip-title" lang="zh-CN">${activity.title}</span></button></li>`;
}
