// <lc-event-calendar> in headless Chromium against the real sandbox (seeded around 2026-05-10).
import type { Activity } from '@learning-city/core';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  $$,
  click,
  createActivity,
  deepActive,
  expectNoAxeViolations,
  registrationsOf,
  sandbox,
  tabUntil,
  type,
  until,
} from '../../../../test/browser/widget-testing.js';
import type { LcRegistrationDialog } from '../shared/registration/registration-dialog.js';
import './define.js';
import type { LcEventCalendar } from './event-calendar.js';

/** Beijing's lifelong-learning week 2026 runs 15–21 May. */
const WEEK_START = '2026-05-15';
const WEEK_NOW = new Date('2026-05-15T08:00:00+08:00');

let beijingWeek: string | undefined;
/** The id of the seed's 2026 Beijing lifelong-learning week, found through the public API. */
async function beijingWeekId(): Promise<string> {
  if (beijingWeek) return beijingWeek;
  const from = encodeURIComponent('2026-05-15T00:00:00+08:00');
  const to = encodeURIComponent('2026-05-16T00:00:00+08:00');
  const response = await fetch(`${sandbox.url}/v1/activities?limit=100&from=${from}&to=${to}`, {
    headers: { authorization: `Bearer ${sandbox.publishableKey}` },
  });
  const { data } = (await response.json()) as { data: Activity[] };
  const series = data.find((a) => a.series?.title.includes('北京市全民终身学习活动周'))?.series;
  if (!series) throw new Error('the seed has no Beijing lifelong-learning week');
  return (beijingWeek = series.id);
}

/** The Shanghai date (YYYY-MM-DD) of an ISO timestamp. */
function shanghaiDate(timestamp: string): string {
  return new Date(Date.parse(timestamp) + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Day number (days since 1970-01-01) of a YYYY-MM-DD date, as the grid's `data-day`. */
function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

/** Waits until the calendar has loaded (no spinner, some state settled). */
async function loaded(element: LcEventCalendar) {
  await element.updateComplete;
  await waitUntil(() => element.hasUpdated && !$(element, '.spinner'), 'calendar did not load', {
    timeout: 8000,
  });
  await element.updateComplete;
}

async function calendar(template: ReturnType<typeof html>): Promise<LcEventCalendar> {
  const element = await fixture<LcEventCalendar>(template);
  await loaded(element);
  return element;
}

/** A calendar 1000 px wide (so a month view unless `view` says otherwise) showing `date` (YYYY-MM-DD). */
function calendarOn(date: string, view?: string): Promise<LcEventCalendar> {
  return calendar(
    html`<lc-event-calendar
      api-base=${sandbox.url}
      publishable-key=${sandbox.publishableKey}
      date=${date}
      view=${view ?? nothing}
      style="width: 1000px"
    ></lc-event-calendar>`,
  );
}

async function weekCalendar(attributes: { view?: string; senior?: boolean } = {}) {
  const series = await beijingWeekId();
  return calendar(
    html`<lc-event-calendar
      api-base=${sandbox.url}
      publishable-key=${sandbox.publishableKey}
      series=${series}
      date=${WEEK_START}
      view=${attributes.view ?? 'month'}
      ?senior=${attributes.senior ?? false}
      .now=${WEEK_NOW}
      style="width: 1000px"
    ></lc-event-calendar>`,
  );
}

/** The focused element inside the calendar's shadow root. */
function focused(element: LcEventCalendar): HTMLElement | null {
  return element.shadowRoot!.activeElement as HTMLElement | null;
}

async function press(element: LcEventCalendar, key: string) {
  await sendKeys({ press: key });
  await element.updateComplete;
  await element.updateComplete;
}

/** No axe violations in the calendar (its `.calendar` root), with axe's default rules. */
const expectAccessible = (element: LcEventCalendar) => expectNoAxeViolations($(element, '.calendar')!);

/** No axe violations in the month grid, with the first day's list and an activity's details open, in week and agenda. */
async function expectAccessibleInEveryView(element: LcEventCalendar) {
  await expectAccessible(element);
  $(element, `[role=gridcell][data-day="${dayNumber(WEEK_START)}"]`)!.focus();
  await press(element, 'Enter');
  $(element, '.day-list [data-activity]')!.click();
  await element.updateComplete;
  await expectAccessible(element);
  element.view = 'week';
  await loaded(element);
  await expectAccessible(element);
  element.view = 'agenda';
  await loaded(element);
  await expectAccessible(element);
}

const STATUS_WORDS = /^(余\d+位|可候补|已满|已取消|已延期|无需报名|已结束)$/;

describe('<lc-event-calendar>', () => {
  it("lists the series' activities in the month grid with statuses in words and icons, and marks today", async () => {
    const element = await weekCalendar();
    expect($(element, '#period-label')!.textContent!.trim()).to.equal('2026年5月');
    const cell = $(element, `[role=gridcell][data-day="${dayNumber(WEEK_START)}"]`)!;
    expect(cell.getAttribute('aria-current')).to.equal('date');
    expect(cell.querySelector('.today-marker')!.textContent).to.equal('今天');
    expect(cell.getAttribute('tabindex')).to.equal('0');
    // A screen reader hears the date and the day's count before the chips.
    const listed =
      cell.querySelectorAll('.chip').length +
      Number(/\d+/.exec(cell.querySelector('.more')?.textContent ?? '0'));
    expect(cell.querySelector('.visually-hidden')!.textContent).to.match(
      new RegExp(`^5月\\d+日星期.，${listed}项活动$`),
    );
    const chips = $$(element, '.chip');
    expect(chips.length).to.be.greaterThan(10);
    const icons = new Map<string, string>();
    for (const chip of chips) {
      const status = chip.querySelector<HTMLElement>('.status')!;
      const word = status.textContent!.trim();
      expect(word).to.match(STATUS_WORDS);
      // The icon is painted in the status's own start padding, beside the words and silent (no text of its
      // own): one drawing per status, different from every other status's.
      const style = getComputedStyle(status);
      expect(style.backgroundImage).to.match(/gradient\(/);
      expect(parseFloat(style.paddingInlineStart)).to.be.at.least(parseFloat(style.fontSize));
      const icon = [style.backgroundImage, style.backgroundSize, style.backgroundPosition].join(' / ');
      const kind = word.startsWith('余') ? '余N位' : word;
      expect(icons.get(kind) ?? icon, kind).to.equal(icon);
      icons.set(kind, icon);
    }
    expect(new Set(icons.values()).size, [...icons.keys()].join()).to.equal(icons.size);
    expect(icons.size).to.be.greaterThan(3);
    // Every activity of the week is in some day's list; the agenda shows each status word.
    (element as LcEventCalendar).view = 'agenda';
    await element.updateComplete;
    const words = $$(element, '.item .status').map((s) => s.textContent!.trim());
    expect(words.length).to.be.greaterThan(90);
    for (const word of ['可候补', '已满', '已取消', '已延期']) expect(words).to.include(word);
    expect(words.some((w) => /^余\d+位$/.test(w))).to.equal(true);
  });

  it('moves focus in the month grid per the WAI-ARIA grid pattern and updates the period', async () => {
    const element = await weekCalendar();
    const start = dayNumber(WEEK_START);
    $(element, `[role=gridcell][data-day="${start}"]`)!.focus();
    await press(element, 'ArrowRight');
    expect(focused(element)!.dataset['day']).to.equal(String(start + 1));
    expect(focused(element)!.getAttribute('tabindex')).to.equal('0');
    expect($$(element, '[role=gridcell][tabindex="0"]')).to.have.length(1);
    await press(element, 'ArrowDown');
    expect(focused(element)!.dataset['day']).to.equal(String(start + 8));
    await press(element, 'ArrowLeft');
    await press(element, 'ArrowUp');
    expect(focused(element)!.dataset['day']).to.equal(String(start));
    await press(element, 'Home'); // Monday 11 May
    expect(focused(element)!.dataset['day']).to.equal(String(dayNumber('2026-05-11')));
    await press(element, 'End'); // Sunday 17 May
    expect(focused(element)!.dataset['day']).to.equal(String(dayNumber('2026-05-17')));
    await press(element, 'PageDown');
    expect(focused(element)!.dataset['day']).to.equal(String(dayNumber('2026-06-17')));
    expect($(element, '#period-label')!.textContent!.trim()).to.equal('2026年6月');
    await waitUntil(() => $(element, '[role=status]')!.textContent!.includes('2026年6月'));
    await press(element, 'PageUp');
    expect(focused(element)!.dataset['day']).to.equal(String(dayNumber('2026-05-17')));
    expect($(element, '#period-label')!.textContent!.trim()).to.equal('2026年5月');
  });

  it('switches between month, week and agenda, and moves by period', async () => {
    const element = await weekCalendar();
    const [month, week, agenda] = $$(element, '.views button');
    week!.click();
    await loaded(element);
    expect(week!.getAttribute('aria-pressed')).to.equal('true');
    expect($$(element, '.week-day')).to.have.length(7);
    // The series starts on a Friday, so its week view runs Friday to Thursday.
    expect($(element, '#period-label')!.textContent).to.match(/2026年5月15日.*21日/);
    expect($$(element, '.week .item').length).to.be.greaterThan(90);
    agenda!.click();
    await loaded(element);
    expect($(element, '#period-label')!.textContent!.trim()).to.equal('2026年5月');
    expect($$(element, '.agenda-day').length).to.equal(7);
    month!.click();
    await loaded(element);
    expect($(element, '[role=grid]')).to.not.equal(null);
    const next = $$(element, '.nav button')[2]!;
    expect(next.textContent).to.contain('下个月');
    next.click();
    await loaded(element);
    expect($(element, '#period-label')!.textContent!.trim()).to.equal('2026年6月');
    $$(element, '.nav button')[1]!.click(); // today: 15 May per `now`
    await loaded(element);
    expect($(element, '#period-label')!.textContent!.trim()).to.equal('2026年5月');
  });

  it('shows the agenda by default when the calendar is 360 px wide', async () => {
    const series = await beijingWeekId();
    // A narrow container; rendered into it, so the fixture waits for the calendar itself.
    const narrow = document.createElement('div');
    narrow.style.width = '360px';
    const element = await fixture<LcEventCalendar>(
      html`<lc-event-calendar
        api-base=${sandbox.url}
        publishable-key=${sandbox.publishableKey}
        series=${series}
        date=${WEEK_START}
        .now=${WEEK_NOW}
      ></lc-event-calendar>`,
      { parentNode: narrow },
    );
    await loaded(element);
    expect($(element, '[role=grid]')).to.equal(null);
    expect($$(element, '.agenda-day').length).to.equal(7);
    expect($$(element, '.views button')[2]!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('shows each time in Asia/Shanghai, naming the zone when the visitor is elsewhere', async () => {
    // The week opens on Friday 15 May at 09:00 Beijing time (01:00 UTC).
    const week = await weekCalendar({ view: 'agenda' });
    const first = $(week, '.item')!;
    expect(first.querySelector('.item-time')!.textContent).to.match(/^09:00–/);
    const selected = oneEvent(week, 'lc-activity-select');
    first.click();
    const { activity } = (await selected).detail;
    // The same activity given with UTC times (01:30Z–03:00Z) still shows Beijing wall time.
    const utc = { ...activity, startsAt: '2026-05-15T01:30:00Z', endsAt: '2026-05-15T03:00:00Z' };
    const element = await calendar(
      html`<lc-event-calendar
        view="agenda"
        date="2026-05-15"
        .now=${WEEK_NOW}
        .activities=${[utc]}
      ></lc-event-calendar>`,
    );
    const item = $(element, `[data-activity="${activity.id}"]`)!;
    expect(item.querySelector('.item-time')!.textContent).to.equal('09:30–11:00');
    item.click();
    await element.updateComplete;
    const when = $(element, '.details time')!.textContent!;
    expect(when).to.contain('5月15日').and.to.contain('09:30–11:00');
    const differs = !['Asia/Shanghai', 'Asia/Chongqing', 'Asia/Harbin', 'PRC'].includes(
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
    expect(when.includes('北京时间')).to.equal(differs);
    expect(Boolean($(element, '.zone-note'))).to.equal(differs);
  });

  it('registers until full through the calendar: confirmed, waitlisted with a position, then 已满', async () => {
    const activity = await createActivity({
      capacity: 1,
      waitlistCapacity: 1,
      title: '一座一候补的测试活动',
    });
    const date = shanghaiDate(activity.startsAt);
    const element = await calendarOn(date);
    const openDetails = async () => {
      const selected = oneEvent(element, 'lc-activity-select');
      $(element, `.day-list [data-activity="${activity.id}"]`)!.click();
      expect((await selected).detail.activity.id).to.equal(activity.id);
      await element.updateComplete;
    };
    // A click on a day (anywhere in it, "+k more" included) opens its list and takes the focus there,
    // since the grid it came from is gone.
    $(element, `[role=gridcell][data-day="${dayNumber(date)}"]`)!.click();
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement?.id).to.equal('day-list-title');
    await openDetails();
    expect($(element, '.details .status')!.textContent!.trim()).to.equal('余1位');

    const first = await registerThroughDialog(element, { name: '王芳', mobile: '13800000011' });
    expect(first.status).to.equal('confirmed');
    await waitUntil(
      () => $(element, '.details .status')?.textContent?.trim() === '可候补',
      'seats refreshed',
    );
    expect($(element, '[part=register]')!.textContent!.trim()).to.equal('报名候补');

    const second = await registerThroughDialog(element, { name: '李强', mobile: '13800000012' });
    expect(second.status).to.equal('waitlisted');
    expect(second.waitlistPosition).to.equal(1);
    await waitUntil(
      () => $(element, '.details .status')?.textContent?.trim() === '已满',
      'full after waitlist',
    );
    const register = $<HTMLButtonElement>(element, '[part=register]')!;
    expect(register.disabled).to.equal(true);
    expect(register.textContent!.trim()).to.equal('已满，无法报名');
    const listed = $(element, `.day-list [data-activity="${activity.id}"] .status`)!;
    expect(listed.textContent!.trim()).to.equal('已满');
    expect(await registrationsOf(activity.id)).to.have.length(2);
  });

  it('registers with the keyboard alone, from the grid to the confirmed screen', async () => {
    const activity = await createActivity({ capacity: 5, waitlistCapacity: 1, title: '键盘报名测试活动' });
    const date = shanghaiDate(activity.startsAt);
    const element = await calendarOn(date);
    (document.activeElement as HTMLElement | null)?.blur();
    await tabUntil((el) => el.getAttribute('role') === 'gridcell');
    expect(deepActive()!.dataset['day']).to.equal(String(dayNumber(date)));
    await press(element, 'Enter');
    expect(deepActive()!.id).to.equal('day-list-title');
    await tabUntil((el) => el.dataset['activity'] === activity.id);
    await press(element, 'Enter');
    expect(deepActive()!.id).to.equal('details-title');
    await tabUntil((el) => el.getAttribute('part') === 'register');
    const complete = oneEvent(element, 'lc-registration-complete');
    await press(element, 'Enter');
    const dialog = await until(
      () => $<LcRegistrationDialog>(element, 'lc-registration-dialog'),
      'the dialog',
    );
    await waitUntil(() => deepActive()?.getAttribute('name') === 'name', 'focus in the name field');
    await sendKeys({ type: '陈静' });
    await tabUntil((el) => el.getAttribute('name') === 'mobile');
    await sendKeys({ type: '13800000021' });
    await tabUntil((el) => el.getAttribute('name') === 'ageGroup');
    await sendKeys({ press: 'ArrowDown' }); // 14–17
    await sendKeys({ press: 'ArrowDown' }); // 18–59
    expect((deepActive() as HTMLInputElement).value).to.equal('18_59');
    await tabUntil((el) => el.getAttribute('name') === 'privacyNotice');
    await sendKeys({ press: 'Space' });
    await tabUntil((el) => el.getAttribute('part') === 'submit');
    await sendKeys({ press: 'Enter' });
    const { detail } = await complete;
    expect(detail.registration.status).to.equal('confirmed');
    const result = await until(
      () => dialog.shadowRoot!.querySelector<HTMLElement>("[part='result']"),
      'result',
    );
    expect(result.dataset['status']).to.equal('confirmed');
  });

  it("returns the focus to what opened the details: the day's list item, then the day cell", async () => {
    const activity = await createActivity({ capacity: 5, title: '焦点返回测试活动' });
    const date = shanghaiDate(activity.startsAt);
    const element = await calendarOn(date);
    (document.activeElement as HTMLElement | null)?.blur();
    await tabUntil((el) => el.getAttribute('role') === 'gridcell');
    await press(element, 'Enter');
    await tabUntil((el) => el.dataset['activity'] === activity.id);
    expect(deepActive()!.closest('.day-list')).to.not.equal(null);
    await press(element, 'Enter');
    expect(deepActive()!.id).to.equal('details-title');
    await press(element, 'Escape');
    // The item in the day's list (the grid's chip for the same activity is not in the tab order).
    expect(deepActive()!.dataset['activity']).to.equal(activity.id);
    expect(deepActive()!.closest('.day-list')).to.not.equal(null);
    await press(element, 'Escape');
    expect(deepActive()!.getAttribute('role')).to.equal('gridcell');
    expect(deepActive()!.dataset['day']).to.equal(String(dayNumber(date)));
  });

  it('has no axe violations in the month, week and agenda views, with a day and details open', async () => {
    await expectAccessibleInEveryView(await weekCalendar());
  });

  it('has no axe violations in senior mode, with large text and targets and counts in the grid', async () => {
    const element = await weekCalendar({ senior: true });
    const cell = $(element, `[role=gridcell][data-day="${dayNumber(WEEK_START)}"]`)!;
    expect($$(element, '.chip')).to.have.length(0);
    expect(cell.querySelector('.day-count')!.textContent).to.match(/^\d+项活动$/);
    expect(parseFloat(getComputedStyle(cell).fontSize)).to.be.at.least(18);
    for (const button of $$(element, '.header button')) {
      const box = button.getBoundingClientRect();
      expect(box.height, button.textContent!).to.be.at.least(60);
      expect(box.width, button.textContent!).to.be.at.least(60);
    }
    // No pop-ups in senior mode: the filters are list boxes, not drop-downs.
    const selects = $$<HTMLSelectElement>(element, '.filters select');
    expect(selects).to.have.length(3);
    for (const select of selects) expect(select.size, select.name).to.be.greaterThan(1);
    await expectAccessibleInEveryView(element);
  });

  it('renders an activity title with markup as text', async () => {
    const title = '<img src=x onerror=alert(1)>';
    const alerts: unknown[] = [];
    const originalAlert = window.alert;
    window.alert = (message?: unknown) => void alerts.push(message);
    try {
      const activity = await createActivity({ capacity: 3, waitlistCapacity: 1, title });
      const date = shanghaiDate(activity.startsAt);
      const element = await calendarOn(date, 'agenda');
      const item = $(element, `[data-activity="${activity.id}"]`)!;
      expect(item.querySelector('.item-title')!.textContent).to.equal(title);
      item.click();
      await element.updateComplete;
      expect($(element, '#details-title')!.textContent).to.equal(title);
      expect(element.shadowRoot!.querySelector('img')).to.equal(null);
      await aTimeout(50);
      expect(alerts).to.deep.equal([]);
    } finally {
      window.alert = originalAlert;
    }
  });

  it('filters by kind and free seats with labelled native controls', async () => {
    const element = await weekCalendar({ view: 'agenda' });
    const all = $$(element, '.item').length;
    const selects = $$<HTMLSelectElement>(element, '.filters select');
    expect(selects).to.have.length(3);
    for (const select of selects) expect(select.labels![0]!.textContent!.trim()).to.not.equal('');
    const [kind] = selects;
    kind!.value = 'lecture';
    kind!.dispatchEvent(new Event('change'));
    await loaded(element);
    const lectures = $$(element, '.item').length;
    expect(lectures).to.be.greaterThan(0).and.lessThan(all);
    const available = $<HTMLInputElement>(element, '.filters input[type=checkbox]')!;
    expect(available.labels![0]!.textContent!.trim()).to.equal('只看有空位或可候补');
    available.click();
    await loaded(element);
    const words = $$(element, '.item .status').map((s) => s.textContent!.trim());
    expect(words.length).to.be.at.most(lectures);
    expect(words).to.not.include('已满');
  });

  it("downloads the period's activities as an iCalendar file", async () => {
    const element = await weekCalendar({ view: 'week' });
    const blobs: Blob[] = [];
    const createObjectURL = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    const names: string[] = [];
    URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), 'blob:test');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      $(element, '[part=subscribe]')!.click();
      await until(() => names.length > 0, 'the download starts'); // the .ics writer loads on first use
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(blobs).to.have.length(1);
    const ics = await blobs[0]!.text();
    expect(ics).to.match(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).to.contain('X-WR-CALNAME:2026年北京市全民终身学习活动周');
    expect(ics.match(/BEGIN:VEVENT/g)).to.have.length($$(element, '.week .item').length);
    expect(names[0]).to.match(/^ser_\w+-2026-05-15\.ics$/);
  });

  it('shows an error with a retry button when the API cannot be reached', async () => {
    const element = await calendar(
      html`<lc-event-calendar
        api-base="http://127.0.0.1:9"
        publishable-key=${sandbox.publishableKey}
        date="2026-05-15"
      ></lc-event-calendar>`,
    );
    await waitUntil(() => $(element, '.state-error'), 'error state', { timeout: 9000 });
    expect($(element, '.state-error')!.textContent).to.contain('无法连接到活动服务');
    expect($(element, '.state-error button')!.textContent!.trim()).to.equal('重试');
    expect($(element, '[role=grid]')).to.not.equal(null); // still navigable
  });

  it('keeps its month grid in one place and size: loading, empty, full, and in a month of other weeks', async () => {
    const from = encodeURIComponent('2026-05-01T00:00:00+08:00');
    const to = encodeURIComponent('2026-06-01T00:00:00+08:00');
    const response = await fetch(`${sandbox.url}/v1/activities?limit=100&from=${from}&to=${to}`, {
      headers: { authorization: `Bearer ${sandbox.publishableKey}` },
    });
    const may = ((await response.json()) as { data: Activity[] }).data;
    expect(may.length).to.be.greaterThan(30);
    /** Where the grid sits in the element, and its size. */
    const place = (element: LcEventCalendar) => {
      const grid = $(element, '[role=grid]')!.getBoundingClientRect();
      const top = element.getBoundingClientRect().top;
      return { offset: Math.round(grid.top - top), height: Math.round(grid.height) };
    };
    const loading = await fixture<LcEventCalendar>(
      html`<lc-event-calendar
        api-base=${sandbox.url.replace('127.0.0.1', 'localhost')}
        publishable-key="lc_pk_test_slow"
        date="2026-05-15"
        view="month"
        style="width: 1000px"
      ></lc-event-calendar>`,
    );
    await loading.updateComplete;
    expect($(loading, '.overlay .spinner'), 'loading floats over the grid').to.not.equal(null);
    const whileLoading = place(loading);
    loading.remove();
    const element = await calendar(
      html`<lc-event-calendar
        date="2026-05-15"
        view="month"
        .now=${WEEK_NOW}
        .activities=${[]}
        style="width: 1000px"
      ></lc-event-calendar>`,
    );
    expect($(element, '.overlay .state')!.textContent).to.contain('没有'); // "no activities" floats too
    expect(place(element)).to.deep.equal(whileLoading);
    const empty = element.getBoundingClientRect().height;
    element.activities = may;
    await element.updateComplete;
    expect($$(element, '.chip').length).to.be.greaterThan(20);
    expect(place(element)).to.deep.equal(whileLoading);
    expect(element.getBoundingClientRect().height).to.equal(empty);
    // June 2026 starts on a Monday and fills five weeks: the grid still shows six.
    element.date = '2026-06-10';
    await element.updateComplete;
    expect($$(element, '[role=row]')).to.have.length(7); // the weekday names and six weeks
    expect(place(element)).to.deep.equal(whileLoading);
    expect(element.getBoundingClientRect().height).to.equal(empty);
  });

  it('keeps its reserved height while it loads, and its own height once an error (or data) shows', async () => {
    const reserve = 65.75 * parseFloat(getComputedStyle(document.documentElement).fontSize); // 65.75rem
    // Loading: the sandbox's slow key holds every answer for 10 s.
    const waiting = await fixture<LcEventCalendar>(
      html`<lc-event-calendar
        api-base=${sandbox.url.replace('127.0.0.1', 'localhost')}
        publishable-key="lc_pk_test_slow"
        date="2026-05-15"
        view="agenda"
      ></lc-event-calendar>`,
    );
    await waiting.updateComplete;
    expect($(waiting, '.spinner')).to.not.equal(null);
    expect(waiting.matches(':state(settled)')).to.equal(false);
    expect(waiting.getBoundingClientRect().height).to.be.at.least(reserve);
    waiting.remove(); // its request is aborted
    // An error in the agenda is short: no blank reserve below it.
    const failed = await fixture<LcEventCalendar>(
      html`<lc-event-calendar
        api-base="http://127.0.0.1:9"
        publishable-key=${sandbox.publishableKey}
        date="2026-05-15"
        view="agenda"
      ></lc-event-calendar>`,
    );
    await waitUntil(() => $(failed, '.state-error'), 'error state', { timeout: 9000 });
    await failed.updateComplete;
    expect(failed.matches(':state(settled)')).to.equal(true);
    expect(failed.getBoundingClientRect().height).to.be.below(reserve / 2);
  });

  it('takes its configuration from an enclosing <lc-provider>: English and senior mode', async () => {
    const series = await beijingWeekId();
    const provider = document.createElement('lc-provider');
    provider.setAttribute('api-base', sandbox.url);
    provider.setAttribute('publishable-key', sandbox.publishableKey);
    provider.setAttribute('locale', 'en');
    provider.setAttribute('senior', '');
    const element = await fixture<LcEventCalendar>(
      html`<lc-event-calendar
        series=${series}
        date=${WEEK_START}
        .now=${WEEK_NOW}
        style="width: 1000px"
      ></lc-event-calendar>`,
      { parentNode: provider },
    );
    await loaded(element);
    expect(element.hasAttribute('senior')).to.equal(true);
    expect($(element, '#period-label')!.textContent!.trim()).to.equal('May 2026');
    expect($(element, '.kicker')!.textContent).to.contain('全民终身学习活动周'); // data stays as published
    // …and is marked Chinese inside the English interface, for screen readers' voices (WCAG 3.1.2).
    const langOf = (node: Element) => node.closest<HTMLElement>('[lang]')!.lang;
    expect(langOf($(element, '.kicker')!)).to.equal('zh-CN');
    expect(langOf($(element, '#period-label')!)).to.equal('en');
    const cell = $(element, `[role=gridcell][data-day="${dayNumber(WEEK_START)}"]`)!;
    expect(cell.querySelector('.today-marker')!.textContent).to.equal('Today');
    expect(cell.querySelector('.day-count')!.textContent).to.match(/^\d+ activities$/);
    element.view = 'agenda';
    await loaded(element);
    const words = $$(element, '.item .status').map((s) => s.textContent!.trim());
    expect(words).to.include('Waitlist open').and.to.include('Full').and.to.include('Cancelled');
    expect(new Set($$(element, '.item-title, .item-place').map(langOf))).to.deep.equal(new Set(['zh-CN']));
    expect(langOf($(element, '.item .status')!)).to.equal('en');
  });

  it('speaks English from its first paint with `locale` set as a property (the strings are a chunk)', async () => {
    const element = await fixture<LcEventCalendar>(
      html`<lc-event-calendar
        .locale=${'en'}
        view="month"
        date=${WEEK_START}
        .now=${WEEK_NOW}
        .activities=${[]}
        style="width: 1000px"
      ></lc-event-calendar>`,
    );
    // The first update waited for the English strings and used the property (not yet an attribute).
    expect($(element, '#period-label')!.textContent!.trim()).to.equal('May 2026');
    expect($(element, '.calendar')!.lang).to.equal('en');
    element.locale = 'zh-CN';
    await element.updateComplete;
    expect($(element, '#period-label')!.textContent!.trim()).to.equal('2026年5月');
  });

  it('fires a cancelable lc-activity-select; cancelled, the built-in details stay closed', async () => {
    const element = await weekCalendar({ view: 'agenda' });
    element.addEventListener('lc-activity-select', (event) => event.preventDefault(), { once: true });
    const selected = oneEvent(element, 'lc-activity-select');
    $(element, '.item')!.click();
    const event = await selected;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.activity.id).to.match(/^act_/);
    await element.updateComplete;
    expect($(element, '.details')).to.equal(null);
  });
});

/** Opens the dialog from the details' register button, fills it and submits; answers the registration. */
async function registerThroughDialog(element: LcEventCalendar, person: { name: string; mobile: string }) {
  $(element, '[part=register]')!.click();
  const dialog = await until(() => {
    const found = $<LcRegistrationDialog>(element, 'lc-registration-dialog');
    return found?.open && found.shadowRoot?.querySelector("input[name='name']") ? found : null;
  }, 'the registration dialog opens');
  await type(dialog, 'name', person.name);
  await type(dialog, 'mobile', person.mobile);
  $(dialog, "input[name='ageGroup'][value='18_59']")!.click();
  await click(dialog, "input[name='privacyNotice']");
  const complete = oneEvent(element, 'lc-registration-complete');
  $(dialog, "[part='submit']")!.click();
  const { detail } = await complete;
  const result = await until(() => $(dialog, "[part='result']"), 'result screen');
  if (detail.registration.status === 'waitlisted') expect(result.textContent).to.contain('候补第 1 位');
  $(dialog, "[part='done']")!.click();
  await waitUntil(() => !dialog.open, 'the dialog closes');
  return detail.registration;
}
