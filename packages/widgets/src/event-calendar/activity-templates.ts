// Templates for one activity: the status in words and icon, a list item, a month-grid chip, the details.
import { html, nothing, type TemplateResult } from 'lit';
import type { Activity } from '@learning-city/core';
import { format, type Locale } from '../shared/locale.js';
import { activityStatus, registerBlocker, type ActivityStatusInfo } from './activity-status.js';
import { dayOfInstant } from './calendar-dates.js';
import { formatClock, formatDayLong, formatTimeRange } from './calendar-format.js';
import type { CalendarMessages } from './messages.js';
import { STATUS_ICONS } from './status-icons.js';

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

export function statusBadge(activity: Activity, ctx: ViewContext): TemplateResult {
  const info = activityStatus(activity, ctx.now);
  return html`<span class="status status-${info.kind}" part="status"
    >${STATUS_ICONS[info.kind]}<span>${statusText(info, ctx.msg)}</span></span
  >`;
}

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
      <span class="item-title">${activity.title}</span>
      <span class="item-place">${activity.place.name}</span>
      ${statusBadge(activity, ctx)}
    </button>
  </li>`;
}

/** A compact entry in a month-grid cell; reached by mouse, or by keyboard through the day's list. */
export function activityChip(activity: Activity, ctx: ViewContext): TemplateResult {
  return html`<li>
    <button
      type="button"
      tabindex="-1"
      class="chip ${activity.status === 'cancelled' ? 'is-cancelled' : ''}"
      part="activity"
      data-activity=${activity.id}
    >
      <span class="chip-line"
        ><span class="chip-time">${formatClock(activity.startsAt, ctx.locale)}</span>
        ${statusBadge(activity, ctx)}</span
      >
      <span class="chip-title">${activity.title}</span>
    </button>
  </li>`;
}

export interface DetailsHandlers {
  register: (activity: Activity) => void;
  close: () => void;
  /** The registration form could not be loaded: say so beside the button. */
  failed: boolean;
}

/** The details of the selected activity, with the register button (disabled with the reason in words). */
export function activityDetails(activity: Activity, ctx: ViewContext, on: DetailsHandlers): TemplateResult {
  const { msg, locale } = ctx;
  const blocker = registerBlocker(activity, ctx.now);
  const waitlisted = activity.seatsLeft === 0 && activity.waitlistOpen;
  const place = [activity.place.name, activity.place.address, activity.place.district].filter(Boolean);
  const day = formatDayLong(dayOfInstant(Date.parse(activity.startsAt)), locale);
  return html`<section class="details" part="details" aria-labelledby="details-title">
    <p class="details-kicker">${msg.details}</p>
    <h3 id="details-title" class="details-title" tabindex="-1">${activity.title}</h3>
    ${statusBadge(activity, ctx)}
    <dl class="facts">
      <div>
        <dt>${msg.time}</dt>
        <dd>
          <time datetime=${activity.startsAt}
            >${day} ${formatTimeRange(activity.startsAt, activity.endsAt, locale, ctx.zoneName)}</time
          >
        </dd>
      </div>
      <div>
        <dt>${msg.place}</dt>
        <dd>${place.join(msg.separator)}</dd>
      </div>
      <div>
        <dt>${msg.host}</dt>
        <dd>${activity.institution.name}</dd>
      </div>
      <div>
        <dt>${msg.kindLabel}</dt>
        <dd>${msg.kinds[activity.kind]}</dd>
      </div>
      ${
        activity.audiences.length > 0
          ? html`<div>
              <dt>${msg.audienceLabel}</dt>
              <dd>${activity.audiences.map((a) => msg.audiences[a]).join(msg.separator)}</dd>
            </div>`
          : nothing
      }
      <div>
        <dt>${msg.fee}</dt>
        <dd>${activity.fee === 0 ? msg.free : format(msg.feeAmount, { n: activity.fee })}</dd>
      </div>
      ${
        activity.registrationOpen
          ? html`<div>
              <dt>${msg.seats}</dt>
              <dd>
                ${format(msg.seatsDetail, { capacity: activity.capacity, left: activity.seatsLeft })}${
                  activity.waitlistCount > 0
                    ? html`${msg.separator}${format(msg.waitlistDetail, { n: activity.waitlistCount })}`
                    : nothing
                }
              </dd>
            </div>`
          : nothing
      }
    </dl>
    ${activity.summary ? html`<p class="summary">${activity.summary}</p>` : nothing}
    <div class="actions">
      <button
        type="button"
        class="primary"
        part="register"
        ?disabled=${blocker !== null}
        @click=${() => on.register(activity)}
      >
        ${blocker ? msg.blocked[blocker] : waitlisted ? msg.registerWaitlist : msg.register}
      </button>
      <button type="button" class="secondary" @click=${on.close}>${msg.close}</button>
    </div>
    ${on.failed ? html`<p class="alert" role="alert">${msg.connectionError}</p>` : nothing}
  </section>`;
}
