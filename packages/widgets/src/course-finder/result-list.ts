// The results: one card per course with the searched words marked, "load more", and the load states.
import { html, nothing, type TemplateResult } from 'lit';
import {
  ConnectionError,
  LearningCityError,
  ResponseValidationError,
  type Course,
} from '@learning-city/core';
import { format } from '../shared/locale.js';
import type { FinderController, LoadStatus } from './finder-controller.js';
import { courseDates, feeText, seatsText, valueLabel, type FinderContext } from './finder-format.js';
import { hasFilters } from './finder-state.js';
import { highlightParts } from './highlight.js';

/** Text with the parts matching `pattern` in `<mark>`; every part is bound as text, never as markup. */
export function marked(text: string, pattern: RegExp | null): TemplateResult | string {
  if (!pattern) return text;
  return html`${highlightParts(text, pattern).map((part) => (part.marked ? html`<mark>${part.text}</mark>` : part.text))}`;
}

/** One course in the list; its title is the button that opens the details. */
export function courseCard(course: Course, ctx: FinderContext, pattern: RegExp | null): TemplateResult {
  const { msg } = ctx;
  return html`<li class="result" part="result">
    <h3 class="result-title" lang="zh-CN">
      <button type="button" class="link" data-course=${course.id}>${marked(course.title, pattern)}</button>
    </h3>
    <p class="meta">
      <span class="tag">${valueLabel(ctx, 'category', course.category)}</span>
      <span lang="zh-CN">${course.district} · ${marked(course.institution.name, pattern)}</span> ·
      ${valueLabel(ctx, 'mode', course.mode)}
    </p>
    <p class="summary" lang="zh-CN">${marked(course.summary, pattern)}</p>
    <p class="facts">
      <span>${courseDates(course, ctx)}</span>
      <span>${feeText(course.fee, msg)}</span>
      <span>${format(msg.hours, { n: course.hours })}</span>
      <span class=${course.seatsLeft > 0 ? 'seats' : 'seats full'}>${seatsText(course.seatsLeft, msg)}</span>
    </p>
  </li>`;
}

/** The words for a failed load; a malformed response names its field. */
export function errorText(status: LoadStatus, error: unknown, ctx: FinderContext): string {
  const { msg } = ctx;
  if (status === 'offline') return msg.offline;
  if (error instanceof ResponseValidationError) return format(msg.malformed, { path: error.path || '—' });
  return error instanceof ConnectionError ? msg.connectionError : msg.error;
}

/** An error or offline message with its request ID and a retry button (`data-retry`). */
export function errorState(status: LoadStatus, error: unknown, ctx: FinderContext, lead?: string) {
  const requestId = error instanceof LearningCityError ? error.requestId : undefined;
  const detail = error instanceof Error && !(error instanceof LearningCityError) ? error.message : undefined;
  return html`<div class="state state-error" part="state" data-state=${status}>
    <p><span aria-hidden="true">⚠</span> ${lead ? `${lead} ` : ''}${errorText(status, error, ctx)}</p>
    ${detail ? html`<p class="fine">${detail}</p>` : nothing}
    ${requestId ? html`<p class="fine">${format(ctx.msg.requestId, { id: requestId })}</p>` : nothing}
    <button type="button" data-retry>${ctx.msg.retry}</button>
  </div>`;
}

/** Loading (with nothing to show yet), empty with a suggestion, error and offline. */
export function loadState(finder: FinderController, ctx: FinderContext) {
  const { msg } = ctx;
  const { status } = finder;
  if (status === 'loading' && finder.results.length === 0) {
    return html`<p class="state" part="state" data-state="loading">
      <span class="spinner" aria-hidden="true"></span>${msg.loading}
    </p>`;
  }
  if (status === 'error' || status === 'offline') return errorState(status, finder.error, ctx);
  if (status === 'ready' && finder.results.length === 0) {
    const filtered = hasFilters(finder.state);
    return html`<div class="state" part="state" data-state="empty">
      <p class="empty">${msg.empty}</p>
      <p>${msg.emptyHint}</p>
      ${filtered ? html`<button type="button" data-clear>${msg.clearFilters}</button>` : nothing}
    </div>`;
  }
  return nothing;
}

/** "Load more" with how many are shown, or the error of the last attempt. */
export function moreControl(finder: FinderController, ctx: FinderContext) {
  const { msg } = ctx;
  if (finder.status !== 'ready' || finder.results.length === 0) return nothing;
  const shown = format(msg.shown, { shown: finder.results.length, total: finder.total });
  if (finder.moreStatus === 'error' || finder.moreStatus === 'offline') {
    return errorState(finder.moreStatus, finder.moreError, ctx, msg.moreError);
  }
  return html`<div class="more" part="more">
    <p class="fine" id="shown">${shown}</p>
    ${
      finder.nextCursor
        ? html`<button
            type="button"
            data-more
            aria-describedby="shown"
            aria-disabled=${finder.moreStatus === 'loading' ? 'true' : 'false'}
          >
            ${finder.moreStatus === 'loading' ? msg.loading : msg.loadMore}
          </button>`
        : nothing
    }
  </div>`;
}
