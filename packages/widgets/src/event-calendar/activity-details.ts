// The selected activity's details, with the register button. A chunk of its own: the calendar loads it when an
// activity is opened (or about to be: an activity hovered or focused).
import { html, nothing, type TemplateResult } from 'lit';
import type { Activity } from '@learning-city/core';
import { format } from '../shared/locale.js';
import { registerBlocker } from './activity-status.js';
import { statusBadge, type ViewContext } from './activity-templates.js';
import { dayOfInstant } from './calendar-dates.js';
import { formatDayLong, formatTimeRange } from './calendar-format.js';

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
    <h3 id="details-title" class="details-title" tabindex="-1" lang="zh-CN">${activity.title}</h3>
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
        <dd lang="zh-CN">${place.join(msg.separator)}</dd>
      </div>
      <div>
        <dt>${msg.host}</dt>
        <dd lang="zh-CN">${activity.institution.name}</dd>
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
    ${activity.summary ? html`<p class="summary" lang="zh-CN">${activity.summary}</p>` : nothing}
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

// For the calendar's registration hand-off, in this chunk with the panel that offers it.
export { registrationTarget } from '../shared/registration/activity-target.js';
