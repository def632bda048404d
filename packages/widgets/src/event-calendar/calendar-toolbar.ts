// The calendar's chrome: period heading and navigation, view switch, filters (native labelled controls), load state.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ACTIVITY_KINDS, AUDIENCES, ConnectionError, LearningCityError } from '@learning-city/core';
import { listSize } from '../shared/config.js';
import { format } from '../shared/locale.js';
import type { ViewContext } from './activity-templates.js';
import type { CalendarController } from './calendar-controller.js';
import type { CalendarView } from './calendar-dates.js';
import type { FilterChoices } from './calendar-filters.js';

const VIEWS: CalendarView[] = ['month', 'week', 'agenda'];

export interface ToolbarHandlers {
  shift: (direction: number) => void;
  today: () => void;
  view: (view: CalendarView) => void;
  choice: <K extends keyof FilterChoices>(name: K, value: FilterChoices[K]) => void;
  retry: () => void;
}

/** Series title (or the calendar's name), the period as a heading, previous/today/next, and the views. */
export function calendarHeader(
  calendar: CalendarController,
  ctx: ViewContext,
  period: string,
  on: ToolbarHandlers,
): TemplateResult {
  const { msg } = ctx;
  const view = calendar.view;
  return html`<div class="header" part="header">
    <div class="heading">
      <p class="kicker" lang=${calendar.series ? 'zh-CN' : nothing}>
        ${calendar.series?.title ?? msg.calendar}
      </p>
      <h2 id="period-label" class="period" part="period">${period}</h2>
    </div>
    <div class="nav" part="nav">
      <button type="button" @click=${() => on.shift(-1)}>
        <span aria-hidden="true">‹</span> ${msg.previous[view]}
      </button>
      <button type="button" @click=${on.today}>${msg.goToToday}</button>
      <button type="button" @click=${() => on.shift(1)}>
        ${msg.next[view]} <span aria-hidden="true">›</span>
      </button>
    </div>
    <div class="views" role="group" aria-label=${msg.viewGroup} part="views">
      ${VIEWS.map(
        (v) =>
          html`<button type="button" aria-pressed=${v === view ? 'true' : 'false'} @click=${() => on.view(v)}>
            ${msg.views[v]}
          </button>`,
      )}
    </div>
  </div>`;
}

function select(
  label: string,
  all: string,
  values: readonly string[],
  labelOf: (value: string) => string,
  chosen: string,
  onChange: (value: string) => void,
  senior: boolean,
): TemplateResult {
  return html`<label class="field">
    <span>${label}</span>
    <select
      size=${ifDefined(listSize(senior, values.length + 1))}
      @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${chosen === ''}>${all}</option>
      ${values.map((value) => html`<option value=${value} ?selected=${value === chosen}>${labelOf(value)}</option>`)}
    </select>
  </label>`;
}

/** Kind, district and audience selects (within the presets) and "only with seats". */
export function filterControls(
  calendar: CalendarController,
  ctx: ViewContext,
  on: ToolbarHandlers,
): TemplateResult {
  const { msg } = ctx;
  const { presets, choices } = calendar;
  const kinds = presets.kind.length > 0 ? presets.kind : ACTIVITY_KINDS;
  const audiences = presets.audience.length > 0 ? presets.audience : AUDIENCES;
  const districts = presets.district.length > 0 ? presets.district : [...calendar.districts.keys()].sort();
  return html`<fieldset class="filters" part="filters">
    <legend class="visually-hidden">${msg.filters}</legend>
    ${select(
      msg.kind,
      msg.all,
      kinds,
      (k) => msg.kinds[k as keyof typeof msg.kinds],
      choices.kind,
      (v) => on.choice('kind', v),
      ctx.senior,
    )}
    ${select(
      msg.district,
      msg.all,
      districts,
      (code) => calendar.districts.get(code) ?? code,
      choices.district,
      (v) => on.choice('district', v),
      ctx.senior,
    )}
    ${select(
      msg.audience,
      msg.all,
      audiences,
      (a) => msg.audiences[a as keyof typeof msg.audiences],
      choices.audience,
      (v) => on.choice('audience', v),
      ctx.senior,
    )}
    <label class="check">
      <input
        type="checkbox"
        .checked=${presets.available || choices.available}
        ?disabled=${presets.available}
        @change=${(event: Event) => on.choice('available', (event.target as HTMLInputElement).checked)}
      />
      <span>${msg.availableOnly}</span>
    </label>
  </fieldset>`;
}

/** The words for a failed load. */
export function errorText(calendar: CalendarController, ctx: ViewContext): string {
  if (calendar.status === 'offline') return ctx.msg.offline;
  return calendar.error instanceof ConnectionError ? ctx.msg.connectionError : ctx.msg.error;
}

/** Loading, empty, error (with retry) and offline. */
export function loadState(
  calendar: CalendarController,
  ctx: ViewContext,
  on: ToolbarHandlers,
): TemplateResult | typeof nothing {
  const { msg } = ctx;
  const { status, error } = calendar;
  if (status === 'loading')
    return html`<p class="state" part="state">
      <span class="spinner" aria-hidden="true"></span>${msg.loading}
    </p>`;
  if (status === 'error' || status === 'offline') {
    const requestId = error instanceof LearningCityError ? error.requestId : undefined;
    const detail =
      error instanceof Error && !(error instanceof LearningCityError) ? error.message : undefined;
    return html`<div class="state state-error" part="state">
      <p><span aria-hidden="true">⚠</span> ${errorText(calendar, ctx)}</p>
      ${detail ? html`<p class="fine">${detail}</p>` : nothing}
      ${requestId ? html`<p class="fine">${format(msg.requestId, { id: requestId })}</p>` : nothing}
      <button type="button" @click=${on.retry}>${msg.retry}</button>
    </div>`;
  }
  if (status === 'ready' && calendar.visibleActivities().length === 0) {
    return html`<p class="state" part="state">${msg.empty}</p>`;
  }
  return nothing;
}
