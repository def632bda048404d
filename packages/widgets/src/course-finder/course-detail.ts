// A course's details in place of the list (no pop-up): what it is, who offers it, and each offering (开班)
// with its schedule, place, teacher, seats left and a register button. A chunk of its own: the finder loads it
// when a course is opened (or about to be: a result hovered or focused).
import { html, nothing, type TemplateResult } from 'lit';
import { NotFoundError, type Course, type Offering } from '@learning-city/core';
import { format } from '../shared/locale.js';
import type { OpenCourse } from './finder-controller.js';
import {
  courseDates,
  feeText,
  formatDay,
  seatsText,
  valueLabel,
  type FinderContext,
} from './finder-format.js';
import { errorState } from './result-list.js';

export { offeringTarget } from './registration-handoff.js';

/** Why an offering cannot be registered for, or `null` when it can. */
export function blockedReason(offering: Offering): 'full' | 'closed' | 'cancelled' | null {
  if (offering.status !== 'open') return offering.status;
  return offering.seatsLeft > 0 ? null : 'full';
}

function offeringItem(offering: Offering, ctx: FinderContext, failed: boolean): TemplateResult {
  const { msg } = ctx;
  const blocked = blockedReason(offering);
  const days = offering.weekdays.map((day) => msg.weekdays[day - 1] ?? '').join(msg.separator);
  const { place } = offering;
  const action = blocked ? msg.offeringStatus[blocked] : msg.register;
  return html`<li class="offering" part="offering" data-offering=${offering.id}>
    <h4 lang="zh-CN">${offering.title}</h4>
    <dl class="facts-list">
      <dt>${msg.schedule}</dt>
      <dd>
        ${format(msg.range, {
          from: formatDay(offering.startsOn, ctx.locale),
          to: formatDay(offering.endsOn, ctx.locale),
        })}<br />
        ${days ? format(msg.weekly, { days, start: offering.startTime, end: offering.endTime }) : nothing}
        ${format(msg.sessions, { n: offering.sessions })}
      </dd>
      <dt>${msg.place}</dt>
      <dd lang="zh-CN">${place.name}${place.address ? html`<br />${place.address}` : nothing}</dd>
      ${
        offering.teacher
          ? html`<dt>${msg.teacher}</dt>
              <dd lang="zh-CN">${offering.teacher}</dd>`
          : nothing
      }
      <dt>${msg.seats}</dt>
      <dd>
        ${format(msg.seatsDetail, { capacity: offering.capacity, left: offering.seatsLeft })}
        <strong class=${blocked ? 'status full' : 'status'}
          >${blocked ? msg.offeringStatus[blocked] : seatsText(offering.seatsLeft, msg)}</strong
        >
      </dd>
    </dl>
    <button
      type="button"
      class="primary"
      part="register"
      data-register=${offering.id}
      aria-label=${format(msg.registerFor, { action, title: offering.title })}
      ?disabled=${blocked !== null}
    >
      ${action}
    </button>
    ${failed ? html`<p class="fine error" role="alert">${msg.dialogFailed}</p>` : nothing}
  </li>`;
}

/** The open course: heading (focused on open), facts, summary and offerings. */
export function courseDetail(open: OpenCourse, ctx: FinderContext, failedOffering: string | null) {
  const { msg } = ctx;
  const course: Course | null = open.detail ?? open.summary;
  let offerings: TemplateResult | typeof nothing = nothing;
  if (open.status === 'ready' && open.detail) {
    offerings =
      open.detail.offerings.length > 0
        ? html`<ul class="offerings">
            ${open.detail.offerings.map((offering) => offeringItem(offering, ctx, failedOffering === offering.id))}
          </ul>`
        : html`<p>${msg.noOfferings}</p>`;
  } else if (open.status === 'loading') {
    offerings = html`<p class="state" part="state" data-state="loading">
      <span class="spinner" aria-hidden="true"></span>${msg.detailLoading}
    </p>`;
  } else if (open.error instanceof NotFoundError) {
    offerings = html`<p class="state" part="state" data-state="not-found">${msg.notFound}</p>`;
  } else if (open.status === 'error' || open.status === 'offline') {
    offerings = errorState(open.status, open.error, ctx, msg.detailError);
  }
  const titleLang = course ? 'zh-CN' : nothing; // a course's title is data; the fallback is ours
  return html`<section class="detail" part="detail" aria-labelledby="detail-title">
    <button type="button" class="link back" data-back><span aria-hidden="true">‹</span> ${msg.back}</button>
    <h2 id="detail-title" tabindex="-1" lang=${titleLang}>${course?.title ?? msg.details}</h2>
    ${
      course
        ? html`<p class="meta">
              <span class="tag">${valueLabel(ctx, 'category', course.category)}</span>
              ${valueLabel(ctx, 'mode', course.mode)} · <span lang="zh-CN">${course.district}</span>
              ${
                course.audiences.length > 0
                  ? html` · ${course.audiences.map((a) => valueLabel(ctx, 'audience', a)).join(msg.separator)}`
                  : nothing
              }
            </p>
            <dl class="facts-list">
              <dt>${msg.institution}</dt>
              <dd lang="zh-CN">${course.institution.name}</dd>
              <dt>${msg.dates}</dt>
              <dd>${courseDates(course, ctx)}</dd>
              <dt>${msg.fee}</dt>
              <dd>${feeText(course.fee, msg)} · ${format(msg.hours, { n: course.hours })}</dd>
            </dl>
            ${course.summary ? html`<p class="summary" lang="zh-CN">${course.summary}</p>` : nothing}`
        : nothing
    }
    ${course ? html`<h3>${msg.offerings}</h3>` : nothing} ${offerings}
  </section>`;
}
