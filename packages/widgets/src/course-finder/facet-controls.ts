// The finder's controls: facets with counts (labelled native checkboxes, radios, a select and date fields),
// active-filter chips with "clear all", and the sort. Each control carries its `name`; the element handles
// every change in one listener.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { COURSE_SORTS, type FacetBucket } from '@learning-city/core';
import { listSize } from '../shared/config.js';
import { format } from '../shared/locale.js';
import type { FinderController } from './finder-controller.js';
import { formatDay, valueLabel, type FinderContext } from './finder-format.js';
import { hasFilters, LIST_DIMENSIONS, type ListDimension } from './finder-state.js';

/** The buckets of a dimension the presets allow (all of them without presets). */
function allowed(finder: FinderController, dimension: ListDimension): FacetBucket[] {
  const buckets = finder.facets?.[dimension] ?? [];
  const preset = dimension === 'mode' ? [] : finder.presets[dimension];
  return preset.length > 0 ? buckets.filter((bucket) => preset.includes(bucket.value)) : buckets;
}

function count(n: number): TemplateResult {
  return html`<span class="count">(${n})</span>`;
}

function checkboxGroup(finder: FinderController, ctx: FinderContext, dimension: ListDimension) {
  const buckets = allowed(finder, dimension);
  if (buckets.length < 2) return nothing; // one preset value: nothing to choose
  const chosen = finder.state[dimension];
  return html`<fieldset class="facet" part="facet">
    <legend>${ctx.msg.dimensions[dimension]}</legend>
    ${buckets.map(
      (bucket) =>
        html`<label class="check"
          ><input
            type="checkbox"
            name=${dimension}
            value=${bucket.value}
            .checked=${chosen.includes(bucket.value)}
          />${valueLabel(ctx, dimension, bucket.value)} ${count(bucket.count)}</label
        >`,
    )}
  </fieldset>`;
}

function districtSelect(finder: FinderController, ctx: FinderContext) {
  const buckets = allowed(finder, 'district');
  if (buckets.length < 2) return nothing;
  const chosen = finder.state.district[0] ?? '';
  return html`<label class="field facet" part="facet"
    >${ctx.msg.dimensions.district}
    <select name="district" size=${ifDefined(listSize(ctx.senior, buckets.length + 1))}>
      <option value="" ?selected=${chosen === ''}>${ctx.msg.allDistricts}</option>
      ${buckets.map(
        (bucket) =>
          html`<option value=${bucket.value} ?selected=${bucket.value === chosen}>
            ${bucket.label} (${bucket.count})
          </option>`,
      )}
    </select></label
  >`;
}

function feeGroup(finder: FinderController, ctx: FinderContext) {
  const { msg } = ctx;
  const buckets = finder.facets?.free ?? [];
  const countOf = (value: string) => buckets.find((bucket) => bucket.value === value)?.count;
  const option = (value: '' | 'true' | 'false', label: string) => {
    const n = value ? countOf(value) : undefined;
    return html`<label class="check"
      ><input type="radio" name="free" value=${value} .checked=${finder.state.free === value} />${label}
      ${n === undefined ? nothing : count(n)}</label
    >`;
  };
  return html`<fieldset class="facet" part="facet">
    <legend>${msg.fee}</legend>
    ${option('', msg.anyFee)} ${option('true', msg.free)} ${option('false', msg.paid)}
  </fieldset>`;
}

function dateRange(finder: FinderController, ctx: FinderContext) {
  const { msg } = ctx;
  return html`<fieldset class="facet dates" part="facet">
    <legend>${msg.dates}</legend>
    <label class="field"
      >${msg.from}
      <input type="date" name="from" .value=${finder.state.from} max=${finder.state.to || nothing}
    /></label>
    <label class="field"
      >${msg.to} <input type="date" name="to" .value=${finder.state.to} min=${finder.state.from || nothing}
    /></label>
  </fieldset>`;
}

/** Every facet, in the order residents look for them. */
export function facetPanel(finder: FinderController, ctx: FinderContext, open: boolean): TemplateResult {
  return html`<div id="facets" class="facets" part="facets" ?data-open=${open}>
    ${checkboxGroup(finder, ctx, 'category')} ${checkboxGroup(finder, ctx, 'audience')}
    ${districtSelect(finder, ctx)} ${checkboxGroup(finder, ctx, 'mode')} ${feeGroup(finder, ctx)}
    ${dateRange(finder, ctx)}
  </div>`;
}

/** One chip per active filter (`data-chip="dimension value"`), and "clear all". */
export function activeChips(finder: FinderController, ctx: FinderContext) {
  const { state } = finder;
  if (!hasFilters(state)) return nothing;
  const { msg } = ctx;
  const chips: [string, string][] = [];
  const chip = (key: string, name: string, value: string) =>
    chips.push([key, format(msg.chip, { name, value })]);
  for (const dimension of LIST_DIMENSIONS) {
    for (const value of state[dimension]) {
      chip(`${dimension} ${value}`, msg.dimensions[dimension], valueLabel(ctx, dimension, value));
    }
  }
  if (state.free) chip('free', msg.fee, state.free === 'true' ? msg.free : msg.paid);
  if (state.from) chip('from', msg.dates, `${msg.from} ${formatDay(state.from, ctx.locale)}`);
  if (state.to) chip('to', msg.dates, `${msg.to} ${formatDay(state.to, ctx.locale)}`);
  return html`<div class="chips" part="chips" role="group" aria-label=${msg.active}>
    ${chips.map(
      ([key, label]) =>
        html`<button
          type="button"
          class="chip"
          part="chip"
          data-chip=${key}
          aria-label=${format(msg.remove, { label })}
        >
          ${label} <span aria-hidden="true">×</span>
        </button>`,
    )}
    <button type="button" class="link" part="clear-all" data-clear>${msg.clearAll}</button>
  </div>`;
}

/** The sort select. */
export function sortSelect(finder: FinderController, ctx: FinderContext): TemplateResult {
  return html`<label class="field sort"
    >${ctx.msg.sort}
    <select name="sort" size=${ifDefined(listSize(ctx.senior, COURSE_SORTS.length))}>
      ${COURSE_SORTS.map(
        (sort) =>
          html`<option value=${sort} ?selected=${finder.state.sort === sort}>${ctx.msg.sorts[sort]}</option>`,
      )}
    </select></label
  >`;
}
