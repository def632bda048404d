// <lc-course-finder> in headless Chromium against the real sandbox (seeded: 3,200 courses).
import type { Course, CourseDetail, CourseFacets, ListPage } from '@learning-city/core';
import { aTimeout, expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  $$,
  deepActive,
  expectNoAxeViolations,
  sandbox,
  tabUntil,
  until,
} from '../../../../test/browser/widget-testing.js';
import type { LcRegistrationDialog } from '../shared/registration/registration-dialog.js';
import './define.js';
import type { LcCourseFinder } from './course-finder.js';

/** GET on the public API with the publishable key, as a partner's own code would call it. */
async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${sandbox.url}/v1${path}`, {
    headers: { authorization: `Bearer ${sandbox.publishableKey}` },
  });
  expect(response.ok, `${path}: ${response.status}`).to.equal(true);
  return (await response.json()) as T;
}

/** Waits until the finder shows results, an empty state or an error (not loading). */
async function settled(element: LcCourseFinder): Promise<void> {
  await element.updateComplete;
  await until(
    () =>
      element.hasUpdated &&
      !$(element, '.spinner') &&
      !$(element, '[aria-busy="true"]') &&
      $(element, '.result, [data-state]'),
    'the finder did not settle',
  );
  await element.updateComplete;
}

async function finder(template: ReturnType<typeof html>): Promise<LcCourseFinder> {
  const element = await fixture<LcCourseFinder>(template);
  await settled(element);
  return element;
}

function titles(element: LcCourseFinder): string[] {
  return $$(element, '.result-title button').map((button) => button.textContent!.trim());
}

/** Requests the page made to a path of the API so far (Resource Timing: what really went over the network). */
function requestsTo(path: string): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.startsWith(`${sandbox.url}/v1${path}`));
}

/** No axe violations in the finder (its `.finder` root), with axe's default rules. */
const expectAccessible = (element: LcCourseFinder) => expectNoAxeViolations($(element, '.finder')!);

/** A finder on the sandbox, optionally senior and `width` px wide, after searching `q` when given. */
const basic = (extra: { q?: string; senior?: boolean; width?: number } = {}) =>
  finder(
    html`<lc-course-finder
      api-base=${sandbox.url}
      publishable-key=${sandbox.publishableKey}
      ?senior=${extra.senior ?? false}
      style=${extra.width === undefined ? nothing : `width: ${extra.width}px`}
    ></lc-course-finder>`,
  ).then(async (element) => {
    if (extra.q !== undefined) await search(element, extra.q);
    return element;
  });

/** Types a query and submits it (Enter), then waits for the results. */
async function search(element: LcCourseFinder, q: string) {
  const input = $<HTMLInputElement>(element, '#q')!;
  input.focus();
  input.select();
  await sendKeys({ type: q });
  await sendKeys({ press: 'Enter' });
  await until(() => element.state.q === q, 'the search was applied');
  await settled(element);
}

/** A course among the first results for `q` whose first open offering has seats, found through the API. */
async function courseWithSeats(q: string): Promise<{ course: Course; offeringId: string }> {
  const page = await api<ListPage<Course>>(`/courses?q=${encodeURIComponent(q)}&limit=20`);
  for (const course of page.data) {
    const detail = await api<{ offerings: { id: string; status: string; seatsLeft: number }[] }>(
      `/courses/${course.id}`,
    );
    const open = detail.offerings.find((o) => o.status === 'open' && o.seatsLeft > 0);
    if (
      open &&
      detail.offerings.indexOf(open) ===
        detail.offerings.findIndex((o) => o.status === 'open' && o.seatsLeft > 0)
    ) {
      return { course, offeringId: open.id };
    }
  }
  throw new Error(`no course for ${q} with seats`);
}

function checkbox(element: LcCourseFinder, name: string, value: string): HTMLInputElement {
  return $<HTMLInputElement>(element, `input[name="${name}"][value="${value}"]`)!;
}

/** The count a facet checkbox shows, e.g. `(12)` → 12. */
function shownCount(input: HTMLInputElement): number {
  return Number(/\((\d+)\)/.exec(input.closest('label')!.textContent!)?.[1]);
}

describe('<lc-course-finder>', function () {
  // Two cores shared by every test run: a search with facets can take a few seconds under load.
  this.timeout(20_000);
  beforeEach(() => {
    performance.setResourceTimingBufferSize(10_000);
    performance.clearResourceTimings();
  });
  afterEach(() => {
    fixtureCleanup();
    if (location.search) history.replaceState(null, '', location.pathname);
  });

  it('finds courses for a Chinese query, marks the words, and counts what the API counts', async () => {
    const element = await basic({ q: '太极' });
    const facets = await api<CourseFacets>(`/courses/facets?q=${encodeURIComponent('太极')}`);
    expect(facets.total).to.be.greaterThan(20);
    expect($(element, '[part=count]')!.textContent!.trim()).to.equal(`共找到${facets.total}门课程`);
    const shown = titles(element);
    expect(shown).to.have.length(20);
    const page = await api<ListPage<Course>>(`/courses?q=${encodeURIComponent('太极')}&limit=20`);
    expect(shown).to.deep.equal(page.data.map((course) => course.title));
    for (const result of $$(element, '.result')) {
      const marks = [...result.querySelectorAll('mark')].map((mark) => mark.textContent);
      expect(marks.length, result.textContent!).to.be.greaterThan(0);
      expect(new Set(marks)).to.deep.equal(new Set(['太极']));
    }
    expect($(element, '[role=status]')!.textContent).to.equal(`共找到${facets.total}门课程`);
  });

  it('speaks English from its first paint (the strings are a chunk of their own), and switches in place', async () => {
    const element = await fixture<LcCourseFinder>(
      html`<lc-course-finder
        api-base=${sandbox.url}
        publishable-key=${sandbox.publishableKey}
        locale="en"
      ></lc-course-finder>`,
    );
    // The first update waited for the English strings: no Chinese frame came first.
    const label = () => $(element, '#q')!.closest('form')!.querySelector('label')!.textContent;
    expect(label()).to.equal('Search courses');
    expect($(element, '.finder')!.lang).to.equal('en');
    await settled(element);
    expect($(element, '[part=count]')!.textContent!.trim()).to.match(/^\d+ courses found$/);
    // The catalogue's Chinese is marked as such inside the English interface (WCAG 3.1.2, language of parts).
    const langOf = (selector: string) => $(element, selector)!.closest<HTMLElement>('[lang]')!.lang;
    expect(langOf('[part=result] .result-title button')).to.equal('zh-CN');
    expect(langOf('[part=result] .summary')).to.equal('zh-CN');
    expect(langOf('[part=count]')).to.equal('en');
    const input = $<HTMLInputElement>(element, '#q')!;
    input.value = '书法'; // typed, not yet searched
    element.locale = 'zh-CN';
    await element.updateComplete;
    expect(label()).to.equal('搜索课程');
    expect($(element, '[part=count]')!.textContent!.trim()).to.match(/^共找到\d+门课程$/);
    expect($(element, '#q'), 'the same search box, with what was typed').to.equal(input);
    expect(input.value).to.equal('书法');
    element.locale = 'en';
    await element.updateComplete;
    expect(label()).to.equal('Search courses');
  });

  it('narrows results with facets whose counts agree with the API, shows chips, and clears them', async () => {
    const element = await basic({ q: '太极' });
    const changes: unknown[] = [];
    element.addEventListener('lc-filter-change', (event) => changes.push(event.detail.state));
    checkbox(element, 'audience', 'seniors').click();
    await until(() => element.state.audience.length === 1, 'audience applied');
    await settled(element);
    const q = encodeURIComponent('太极');
    const facets = await api<CourseFacets>(`/courses/facets?q=${q}&audience=seniors`);
    expect($(element, '[part=count]')!.textContent!.trim()).to.equal(`共找到${facets.total}门课程`);
    for (const dimension of ['category', 'audience', 'mode'] as const) {
      for (const bucket of facets[dimension]) {
        expect(
          shownCount(checkbox(element, dimension, bucket.value)),
          `${dimension} ${bucket.value}`,
        ).to.equal(bucket.count);
      }
    }
    const page = await api<ListPage<Course>>(`/courses?q=${q}&audience=seniors&limit=20`);
    expect(titles(element)).to.deep.equal(page.data.map((course) => course.title));
    expect(page.data.every((course) => course.audiences.includes('seniors'))).to.equal(true);

    const mode = facets.mode.find((bucket) => bucket.count > 0 && bucket.count < facets.total)!;
    checkbox(element, 'mode', mode.value).click();
    await until(() => element.state.mode.length === 1, 'mode applied');
    await settled(element);
    expect($(element, '[part=count]')!.textContent!.trim()).to.equal(`共找到${mode.count}门课程`);
    expect($$(element, '.chip').map((chip) => chip.textContent!.trim().replace(/\s*×$/, ''))).to.deep.equal([
      '适用人群：老年人',
      `上课方式：${mode.label}`,
    ]);
    expect(changes).to.have.length(2);

    $(element, '.chip')!.click(); // removes 老年人
    await until(() => element.state.audience.length === 0, 'chip removed');
    await settled(element);
    expect(deepActive()?.classList.contains('chip'), 'focus stays on the chips').to.equal(true);
    $(element, '[data-clear]')!.click();
    await until(() => element.state.mode.length === 0, 'cleared');
    await settled(element);
    expect($(element, '.chips')).to.equal(null);
    expect(deepActive()?.id).to.equal('q');
    expect(element.state.q, 'clear all keeps the query').to.equal('太极');
  });

  it('sorts by fee with the native select', async () => {
    const element = await basic({ q: '书法' });
    const select = $<HTMLSelectElement>(element, 'select[name=sort]')!;
    select.value = 'fee';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => element.state.sort === 'fee', 'sort applied');
    await settled(element);
    const page = await api<ListPage<Course>>(`/courses?q=${encodeURIComponent('书法')}&sort=fee&limit=20`);
    expect(titles(element)).to.deep.equal(page.data.map((course) => course.title));
  });

  it('waits while an input method is composing, and debounces typing into one request', async () => {
    const element = await basic();
    const input = $<HTMLInputElement>(element, '#q')!;
    input.focus();
    const before = requestsTo('/courses?').length;
    input.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
    for (const text of ['t', 'ta', 'tai', '太']) {
      input.value = text;
      input.dispatchEvent(
        new InputEvent('input', { bubbles: true, composed: true, isComposing: true, data: text }),
      );
      await aTimeout(150);
    }
    await aTimeout(400);
    expect(requestsTo('/courses?').length, 'no request while composing').to.equal(before);
    expect(element.state.q).to.equal('');
    input.value = '太极';
    input.dispatchEvent(new CompositionEvent('compositionend', { data: '太极' }));
    await until(() => element.state.q === '太极', 'the committed text is searched');
    await settled(element);
    const after = requestsTo('/courses?');
    expect(after.length - before).to.equal(1);
    expect(decodeURIComponent(after.at(-1)!)).to.contain('q=太极');

    const typedBefore = requestsTo('/courses?').length;
    await sendKeys({ type: '拳' }); // keystrokes without composition: one request after the pause
    await sendKeys({ type: ' ' });
    await sendKeys({ type: '入门' });
    await until(() => element.state.q === '太极拳 入门', 'debounced search');
    await settled(element);
    expect(requestsTo('/courses?').length - typedBefore).to.equal(1);
  });

  it('keeps its state in the URL: it survives a reload, and back/forward walk through it', async () => {
    const create = () =>
      finder(
        html`<lc-course-finder
          api-base=${sandbox.url}
          publishable-key=${sandbox.publishableKey}
          url-state
        ></lc-course-finder>`,
      );
    let element = await create();
    await search(element, '太极');
    checkbox(element, 'category', 'sports').click();
    await until(() => element.state.category.length === 1, 'category applied');
    await settled(element);
    const params = new URLSearchParams(location.search);
    expect([params.get('lc-q'), params.get('lc-category')]).to.deep.equal(['太极', 'sports']);
    const shown = titles(element);

    fixtureCleanup(); // as after a reload: a new element reads the same URL
    element = await create();
    expect($<HTMLInputElement>(element, '#q')!.value).to.equal('太极');
    expect(checkbox(element, 'category', 'sports').checked).to.equal(true);
    expect(titles(element)).to.deep.equal(shown);

    const first = $(element, '.result-title button')!;
    const id = first.dataset['course']!;
    first.click();
    await until(() => $(element, '.offering'), 'details open');
    expect(new URLSearchParams(location.search).get('lc-course')).to.equal(id);

    history.back();
    await until(() => !$(element, '.detail'), 'back closes the details');
    await settled(element);
    expect(deepActive()?.dataset['course']).to.equal(id);
    history.back();
    await until(() => element.state.category.length === 0, 'back undoes the category');
    await settled(element);
    expect(element.state.q).to.equal('太极');
    expect(checkbox(element, 'category', 'sports').checked).to.equal(false);
    history.forward();
    await until(() => element.state.category.length === 1, 'forward redoes it');
    await settled(element);
    expect(titles(element)).to.deep.equal(shown);
  });

  it('says so when a shared link names a course that does not exist, and goes back to the list', async () => {
    history.replaceState(
      null,
      '',
      `${location.pathname}?lc-course=crs_doesNotExist1&lc-q=${encodeURIComponent('太极')}`,
    );
    const element = await fixture<LcCourseFinder>(
      html`<lc-course-finder
        api-base=${sandbox.url}
        publishable-key=${sandbox.publishableKey}
        url-state
      ></lc-course-finder>`,
    );
    const state = await until(() => $(element, '[data-state=not-found]'), 'the not-found message');
    expect(state.textContent).to.equal('找不到这门课程，它可能已经下架。');
    expect($(element, '#detail-title')!.textContent).to.equal('课程详情');
    await expectAccessible(element);
    $(element, '[data-back]')!.click();
    await settled(element);
    expect(titles(element)).to.have.length(20);
    expect(new URLSearchParams(location.search).get('lc-course')).to.equal(null);
  });

  it('closes the details with Escape and puts focus back on the course', async () => {
    const element = await basic({ q: '书法' });
    const button = $$(element, '.result-title button')[2]!;
    const id = button.dataset['course']!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $(element, '.offering, [data-state]'), 'details');
    expect(deepActive()?.id).to.equal('detail-title');
    await sendKeys({ press: 'Escape' });
    await until(() => !$(element, '.detail'), 'details closed');
    await element.updateComplete;
    expect(deepActive()?.dataset['course']).to.equal(id);
  });

  it('goes from the search box to a confirmed registration with the keyboard alone', async () => {
    const { course, offeringId } = await courseWithSeats('书法');
    const element = await basic();
    (document.activeElement as HTMLElement | null)?.blur();
    await tabUntil((el) => el.id === 'q', 60);
    await sendKeys({ type: course.title });
    await sendKeys({ press: 'Enter' });
    await until(() => element.state.q === course.title, 'searched');
    await settled(element);
    await tabUntil((el) => el.dataset['course'] === course.id, 60);
    await sendKeys({ press: 'Enter' });
    await until(() => $(element, `[data-register="${offeringId}"]`), 'offerings');
    expect(deepActive()?.id).to.equal('detail-title');
    await tabUntil((el) => el.dataset['register'] === offeringId, 60);
    const complete = oneEvent(element, 'lc-registration-complete');
    await sendKeys({ press: 'Enter' });
    const dialog = await until(
      () => $<LcRegistrationDialog>(element, 'lc-registration-dialog'),
      'the dialog',
    );
    await waitUntil(() => deepActive()?.getAttribute('name') === 'name', 'focus in the name field');
    await sendKeys({ type: '李秀兰' });
    await tabUntil((el) => el.getAttribute('name') === 'mobile', 60);
    await sendKeys({ type: '13800000031' });
    await tabUntil((el) => el.getAttribute('name') === 'ageGroup', 60);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await tabUntil((el) => el.getAttribute('name') === 'privacyNotice', 60);
    await sendKeys({ press: 'Space' });
    await tabUntil((el) => el.getAttribute('part') === 'submit', 60);
    await sendKeys({ press: 'Enter' });
    const { detail } = await complete;
    expect(detail.registration.status).to.equal('confirmed');
    expect(detail.target.id).to.equal(offeringId);
    await until(() => dialog.shadowRoot!.querySelector("[part='result']"), 'result screen');
  });

  it('has no axe violations with results, chips, details and the empty state, by default and in senior mode', async () => {
    for (const senior of [false, true]) {
      const element = await basic({ senior });
      await search(element, '太极');
      checkbox(element, 'audience', 'seniors').click();
      await until(() => element.state.audience.length === 1, 'audience applied');
      await settled(element);
      await expectAccessible(element);
      $(element, '.result-title button')!.click();
      await until(() => $(element, '.offering'), 'details');
      await expectAccessible(element);
      $(element, '[data-back]')!.click();
      await search(element, '没有这样的课程zzz');
      expect($(element, '[data-state=empty]')).to.not.equal(null);
      await expectAccessible(element);
      fixtureCleanup();
    }
  });

  it('fits a 320 px screen (288 px inside its margins) without sideways scrolling, in senior mode too', async () => {
    for (const senior of [false, true]) {
      const element = await basic({ senior, width: 288 });
      const right = element.getBoundingClientRect().right;
      const over = $$(element, '*')
        .filter((node) => node.getBoundingClientRect().right > right + 0.5)
        .map((node) => `${node.localName}.${node.className}`);
      expect(over, senior ? 'senior' : 'default').to.deep.equal([]);
      fixtureCleanup();
    }
  });

  it('meets senior mode: text of 18 px or more and targets of 60 px or more', async () => {
    const element = await basic({ senior: true, width: 1000 });
    for (const node of $$(element, '.result *, .facet *, label, .fine')) {
      if (!node.textContent!.trim() || node.children.length > 0) continue;
      expect(parseFloat(getComputedStyle(node).fontSize), node.outerHTML.slice(0, 80)).to.be.at.least(18);
    }
    for (const control of $$(
      element,
      'button, select, input:not([type=checkbox]):not([type=radio]), .check',
    )) {
      const box = control.getBoundingClientRect();
      if (box.width === 0) continue; // hidden (e.g. the narrow-screen filter toggle)
      expect(box.height, control.outerHTML.slice(0, 80)).to.be.at.least(60);
    }
    // No pop-ups in senior mode: list boxes for the district and the sort.
    for (const select of $$<HTMLSelectElement>(element, 'select'))
      expect(select.size, select.name).to.be.greaterThan(1);
  });

  it('folds the facets behind a labelled toggle at 360 px, and opens them with the keyboard', async () => {
    const element = await basic({ width: 360 });
    const facets = $(element, '#facets')!;
    const toggle = $(element, '[part=filters-toggle]')!;
    expect(getComputedStyle(facets).display).to.equal('none');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(facets).display).to.equal('grid');
    await tabUntil((el) => el.getAttribute('name') === 'category', 60);
    await sendKeys({ press: 'Space' });
    await until(() => element.state.category.length === 1, 'a category chosen by keyboard');
    await settled(element);
    expect(toggle.textContent!.trim()).to.equal('筛选条件 (1)');
    expect(element.getBoundingClientRect().width).to.equal(360);
    expect(element.shadowRoot!.querySelector('.finder')!.scrollWidth, 'nothing overflows').to.be.at.most(360);
  });

  it('shows the empty state with a suggestion, and clears the filters from it', async () => {
    const element = await basic({ q: '太极' });
    checkbox(element, 'category', 'family_education').click();
    await until(() => element.state.category.length === 1, 'category applied');
    await settled(element);
    const empty = $(element, '[data-state=empty]')!;
    expect(empty.querySelector('.empty')!.textContent).to.equal('没有找到相关课程');
    expect($(element, '[role=status]')!.textContent).to.equal('没有找到相关课程');
    empty.querySelector<HTMLElement>('[data-clear]')!.click();
    await until(() => element.state.category.length === 0, 'cleared');
    await settled(element);
    expect(titles(element).length).to.equal(20);
  });

  it('loads more a page at a time, and writes JSON-LD for the visible results in the light DOM', async () => {
    const element = await finder(
      html`<lc-course-finder
        api-base=${sandbox.url}
        publishable-key=${sandbox.publishableKey}
        page-size="10"
      ></lc-course-finder>`,
    );
    expect(titles(element)).to.have.length(10);
    $(element, '[data-more]')!.click();
    await until(() => titles(element).length === 20, 'the second page');
    const page = await api<ListPage<Course>>(`/courses?limit=20`);
    expect(titles(element)).to.deep.equal(page.data.map((course) => course.title));
    await element.updateComplete;
    expect(deepActive()?.dataset['course'], 'focus moves to the first new course').to.equal(
      page.data[10]!.id,
    );
    const { total } = await api<CourseFacets>('/courses/facets');
    expect($(element, '[role=status]')!.textContent).to.equal(`已显示20门，共${total}门`);
    const script = await until(() => {
      const found = element.querySelector('script[type="application/ld+json"]');
      return found && JSON.parse(found.textContent!).numberOfItems === 20 ? found : null;
    }, 'JSON-LD of 20 courses');
    const data = JSON.parse(script.textContent!) as {
      '@type': string;
      itemListElement: { item: { '@type': string; name: string } }[];
    };
    expect(data['@type']).to.equal('ItemList');
    expect(data.itemListElement.map((entry) => entry.item.name)).to.deep.equal(titles(element));
    expect(data.itemListElement.every((entry) => entry.item['@type'] === 'Course')).to.equal(true);
  });

  it('shows the loading state while a slow response is on its way', async () => {
    const element = await fixture<LcCourseFinder>(
      html`<lc-course-finder api-base=${sandbox.url} publishable-key="lc_pk_test_slow"></lc-course-finder>`,
    );
    const state = await until(() => $(element, '[data-state=loading]'), 'loading state');
    expect(state.textContent!.trim()).to.equal('正在搜索课程…');
    expect($(element, '.result')).to.equal(null);
  });

  it('shows a malformed response as an error naming the failing field, in the page and the console', async () => {
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
    try {
      const element = await finder(
        html`<lc-course-finder
          api-base=${sandbox.url}
          publishable-key="lc_pk_test_malformed"
        ></lc-course-finder>`,
      );
      const state = $(element, '[data-state=error]')!;
      expect(state.textContent).to.contain('data.0.title');
      expect(state.textContent).to.match(/请求编号：req_/);
      expect($(element, '.result'), 'nothing half-valid is shown').to.equal(null);
      expect(
        logged.some((line) => line.includes('<lc-course-finder>') && line.includes('data.0.title')),
      ).to.equal(true);
    } finally {
      console.error = original;
    }
  });

  it('shows a connection error with a retry that recovers once the API is reachable', async () => {
    const element = await finder(
      html`<lc-course-finder
        api-base="http://127.0.0.1:9"
        publishable-key=${sandbox.publishableKey}
      ></lc-course-finder>`,
    );
    const state = await until(() => $(element, '[data-state=error]'), 'error state', 15000);
    expect(state.textContent).to.contain('无法连接到课程服务');
    $(element, '[data-retry]')!.click();
    await until(() => $(element, '[data-state=loading]'), 'retry loads again');
    await until(() => $(element, '[data-state=error]'), 'and fails again while unreachable', 15000);
    element.apiBase = sandbox.url; // e.g. the page fixes its configuration: the finder loads again by itself
    await settled(element);
    expect(titles(element)).to.have.length(20);
  });

  it('says it is offline while the browser is, and loads again by itself when the connection is back', async () => {
    const element = await basic();
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      await search(element, '书法');
      const state = $(element, '[data-state=offline]')!;
      expect(state.textContent).to.contain('网络已断开');
      expect(state.querySelector('[data-retry]')).to.not.equal(null);
      expect(requestsTo(`/courses?q=${encodeURIComponent('书法')}`)).to.deep.equal([]);
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['onLine'];
      expect(Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')).to.deep.equal(onLine);
    }
    window.dispatchEvent(new Event('online'));
    await settled(element);
    expect(titles(element)).to.have.length(20);
    expect($(element, '.result mark')!.textContent).to.equal('书法');
  });

  it('fires cancelable lc-course-select and lc-register-request; cancelled, nothing built-in opens', async () => {
    const { course, offeringId } = await courseWithSeats('书法');
    const element = await basic({ q: course.title });
    const stop = (event: Event) => event.preventDefault();
    element.addEventListener('lc-course-select', stop, { once: true });
    const selected = oneEvent(element, 'lc-course-select');
    $(element, `[data-course="${course.id}"]`)!.click();
    const { detail } = await selected;
    expect(detail.course.id).to.equal(course.id);
    await element.updateComplete;
    expect($(element, '.detail')).to.equal(null);

    $(element, `[data-course="${course.id}"]`)!.click();
    const button = await until(() => $<HTMLElement>(element, `[data-register="${offeringId}"]`), 'offerings');
    element.addEventListener('lc-register-request', stop, { once: true });
    const requested = oneEvent(element, 'lc-register-request');
    button.click();
    const request = await requested;
    expect([request.detail.course.id, request.detail.offering.id]).to.deep.equal([course.id, offeringId]);
    expect(request.bubbles && request.composed).to.equal(true);
    await aTimeout(50);
    expect($(element, 'lc-registration-dialog')).to.equal(null);
  });

  it('takes its configuration from an enclosing <lc-provider>: English and senior mode', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<lc-provider api-base=${sandbox.url} publishable-key=${sandbox.publishableKey} locale="en" senior
        ><lc-course-finder></lc-course-finder
      ></lc-provider>`,
    );
    const element = wrapper.querySelector('lc-course-finder')!;
    await settled(element);
    expect(element.hasAttribute('senior')).to.equal(true);
    expect($(element, '[part=count]')!.textContent!.trim()).to.match(/^\d+ courses found$/);
    expect($(element, '#q')!.closest('form')!.querySelector('label')!.textContent).to.equal('Search courses');
    expect(checkbox(element, 'category', 'health').closest('label')!.textContent).to.contain(
      'Health and wellbeing',
    );
  });

  it('shows only the preset categories and narrows every request to them', async () => {
    const element = await finder(
      html`<lc-course-finder
        api-base=${sandbox.url}
        publishable-key=${sandbox.publishableKey}
        category="health,sports"
      ></lc-course-finder>`,
    );
    expect($$<HTMLInputElement>(element, 'input[name=category]').map((input) => input.value)).to.deep.equal([
      'health',
      'sports',
    ]);
    const facets = await api<CourseFacets>('/courses/facets?category=health,sports');
    expect($(element, '[part=count]')!.textContent!.trim()).to.equal(`共找到${facets.total}门课程`);
  });

  it('does not throw when a second copy of the bundle defines the element again', async () => {
    const { defineElement } = await import('../shared/define.js');
    const { LcCourseFinder } = await import('./course-finder.js');
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      class SecondCopy extends LcCourseFinder {}
      expect(() => defineElement('lc-course-finder', SecondCopy)).to.not.throw();
      await import('./define.js?second-copy' as string); // the entry module evaluated again
    } finally {
      console.warn = original;
    }
    expect(warnings.filter((w) => w.includes('<lc-course-finder> is already defined'))).to.have.length(1);
    expect(customElements.get('lc-course-finder')).to.equal(LcCourseFinder);
    const element = await basic({ q: '太极' });
    expect(titles(element).length).to.equal(20);
  });
});

describe('<lc-course-finder> rendering data as text', () => {
  /** A new course from the sandbox's test helper (a copy of a seeded course, with its offerings). */
  async function createCourse(body: { title?: string; summary?: string }): Promise<CourseDetail> {
    const response = await fetch('/__sandbox/v1/test-helpers/courses', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify(body),
    });
    expect(response.status, await response.clone().text()).to.equal(201);
    return (await response.json()) as CourseDetail;
  }

  it('shows a sandbox course titled <img src=x onerror=alert(1)> as text in the card, the details and the JSON-LD, and runs nothing', async () => {
    const title = '<img src=x onerror=alert(1)>';
    const summary = `${title}</script><script>alert(2)</script>`;
    const course = await createCourse({ title, summary });
    expect(course.title, 'the sandbox keeps the title as given').to.equal(title);
    const alerts: unknown[] = [];
    const originalAlert = window.alert;
    window.alert = (message?: unknown) => void alerts.push(message);
    try {
      const element = await basic({ q: 'onerror' });
      const card = await until(
        () => $<HTMLButtonElement>(element, `.result-title button[data-course="${course.id}"]`),
        'the created course is found by its title',
      );
      expect(card.textContent!.trim()).to.equal(title);
      const marks = $$(element, 'mark');
      expect(marks.length, 'the query is highlighted').to.be.greaterThan(0);
      for (const mark of marks) {
        expect(mark.textContent!.toLowerCase()).to.equal('onerror');
        expect(mark.children.length, 'a highlight holds only text').to.equal(0);
      }

      // The light-DOM JSON-LD for the results: the title in it, escaped so that nothing in it can end the script.
      const script = await until(() => {
        const found = element.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
        return found?.textContent?.includes(course.id) && found;
      }, 'the JSON-LD script for the search results');
      expect(script.textContent, 'no raw < can close the script').to.not.contain('<');
      expect(script.textContent).to.contain('\\u003c/script>');
      const data = JSON.parse(script.textContent!) as { itemListElement: { item: { name: string } }[] };
      expect(data.itemListElement.map((entry) => entry.item.name)).to.include(title);

      card.click();
      await until(() => $(element, '.offering'), 'the details open with the offerings');
      expect($(element, '#detail-title')!.textContent).to.equal(title);
      expect(element.shadowRoot!.textContent).to.contain(summary);

      expect(
        element.shadowRoot!.querySelectorAll('img, script').length,
        'no element made from data',
      ).to.equal(0);
      expect([...element.querySelectorAll('script')].map((s) => s.type)).to.deep.equal([
        'application/ld+json',
      ]);
      expect(element.querySelectorAll('img').length).to.equal(0);
      await aTimeout(100); // an image's onerror would fire by now
      expect(alerts).to.deep.equal([]);
    } finally {
      window.alert = originalAlert;
    }
  });
});
