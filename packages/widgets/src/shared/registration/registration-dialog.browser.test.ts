// <lc-registration-dialog> in headless Chromium against the real sandbox: one fresh activity per test.
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import {
  $,
  click,
  createActivity as createTestActivity,
  expectNoAxeViolations,
  registrationsOf,
  sandbox,
  type,
  until,
} from '../../../../../test/browser/widget-testing.js';
import type { WidgetConfig } from '../config.js';
import { registrationTarget } from './activity-target.js';
import './define.js';
import type { LcRegistrationDialog, RegistrationTarget } from './registration-dialog.js';

const originalFetch = window.fetch;

function config(overrides: Partial<WidgetConfig> = {}): WidgetConfig {
  return {
    apiBase: sandbox.url,
    publishableKey: sandbox.publishableKey,
    locale: 'zh-CN',
    senior: false,
    ...overrides,
  };
}

/** A fresh activity: 5 seats and 1 waitlist place, no ID number, unless `options` say otherwise. */
const createActivity = (
  options: { capacity?: number; waitlistCapacity?: number; requiresResidentId?: boolean } = {},
) => createTestActivity({ capacity: 5, waitlistCapacity: 1, requiresResidentId: false, ...options });

async function openDialog(target: RegistrationTarget, overrides: Partial<WidgetConfig> = {}) {
  const element = await fixture<LcRegistrationDialog>(
    html`<lc-registration-dialog .config=${config(overrides)} .target=${target}></lc-registration-dialog>`,
  );
  element.show();
  await element.updateComplete;
  return element;
}

function field(element: LcRegistrationDialog, name: string): HTMLInputElement {
  const input = $<HTMLInputElement>(element, `input[name='${name}']`);
  if (!input) throw new Error(`no field ${name}`);
  return input;
}

async function fill(element: LcRegistrationDialog, values: { name?: string; mobile?: string } = {}) {
  await type(element, 'name', values.name ?? '王芳');
  await type(element, 'mobile', values.mobile ?? '13800000000');
  await click(element, "input[name='ageGroup'][value='18_59']");
  await click(element, "input[name='privacyNotice']");
}

const resultOf = (element: LcRegistrationDialog) => until(() => $<HTMLElement>(element, "[part='result']"));

/**
 * Wraps fetch around registration POSTs: records each attempt's Idempotency-Key and what came back (`error`, or
 * the status with ` replayed` when the sandbox answered a stored response). `offline()` makes an attempt fail
 * as a browser without network does; `dropAfterCommit(n)` adds the sandbox's magic header to attempt n.
 */
function spyOnRegistrationPosts(
  faults: { offline?(): boolean; dropAfterCommit?(attempt: number): boolean } = {},
) {
  const keys: string[] = [];
  const outcomes: string[] = [];
  window.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (init?.method !== 'POST' || !/\/registrations$/.test(url)) return originalFetch(input, init);
    const headers = init.headers as Record<string, string>;
    keys.push(headers['idempotency-key'] ?? '');
    try {
      if (faults.offline?.()) throw new TypeError('Failed to fetch');
      const drop: Record<string, string> = faults.dropAfterCommit?.(keys.length)
        ? { 'Sandbox-Drop-After-Commit': '1' }
        : {};
      const response = await originalFetch(input, { ...init, headers: { ...headers, ...drop } });
      const replayed = response.headers.get('idempotent-replayed') === 'true';
      outcomes.push(`${response.status}${replayed ? ' replayed' : ''}`);
      return response;
    } catch (error) {
      outcomes.push('error');
      throw error;
    }
  };
  return { keys, outcomes };
}

afterEach(() => {
  window.fetch = originalFetch;
});

describe('<lc-registration-dialog>', () => {
  it('confirms the first, waitlists the second at position 1 and reports the third as full (已满)', async () => {
    const activity = await createActivity({ capacity: 1, waitlistCapacity: 1 });

    const first = await openDialog(registrationTarget(activity));
    await fill(first, { name: '王芳', mobile: '13800000001' });
    const firstDone = oneEvent(first, 'lc-registration-complete');
    await click(first, "[part='submit']");
    expect((await firstDone).detail.registration.status).to.equal('confirmed');
    expect((await resultOf(first)).dataset['status']).to.equal('confirmed');

    const second = await openDialog(registrationTarget(activity));
    await fill(second, { name: '李强', mobile: '13800000002' });
    await click(second, "[part='submit']");
    const waitlisted = await resultOf(second);
    expect(waitlisted.dataset['status']).to.equal('waitlisted');
    expect(waitlisted.textContent).to.contain('候补第 1 位');

    const third = await openDialog(registrationTarget(activity));
    await fill(third, { name: '赵敏', mobile: '13800000003' });
    const failed = oneEvent(third, 'lc-registration-error');
    await click(third, "[part='submit']");
    const { detail } = await failed;
    expect(detail.target.id).to.equal(activity.id);
    expect((detail.error as Error & { code?: string }).code).to.equal('activity_full');
    await third.updateComplete;
    expect($(third, '[role=alert]')!.textContent).to.contain('已满');
    expect(field(third, 'name').value).to.equal('赵敏');
    expect(await registrationsOf(activity.id)).to.have.length(2);
  });

  it('makes exactly one registration from two rapid clicks on submit', async () => {
    const activity = await createActivity();
    const { keys } = spyOnRegistrationPosts();
    const element = await openDialog(registrationTarget(activity));
    await fill(element);
    const submit = $(element, "[part='submit']")!;
    submit.click();
    submit.click();
    expect(submit.getAttribute('aria-busy')).to.equal('false'); // not re-rendered yet: the guard is synchronous
    await element.updateComplete;
    expect(submit.getAttribute('aria-busy')).to.equal('true');
    expect(submit.getAttribute('aria-disabled')).to.equal('true');
    submit.click();
    await resultOf(element);
    await aTimeout(200);
    expect(keys).to.have.length(1);
    expect(await registrationsOf(activity.id)).to.have.length(1);
  });

  it('makes one registration when the connection drops after the server committed and the client retries', async () => {
    const activity = await createActivity();
    const { keys, outcomes } = spyOnRegistrationPosts({ dropAfterCommit: (attempt) => attempt === 1 });
    const element = await openDialog(registrationTarget(activity));
    await fill(element);
    await click(element, "[part='submit']");
    const result = await resultOf(element);
    expect(result.dataset['status']).to.equal('confirmed');
    // The answer that arrived is the stored one: the first attempt was committed, then its socket destroyed.
    // (Chromium itself resends a POST whose reused keep-alive socket closed before any response, with the same
    // headers; otherwise the core client's retry does, with the same key. Either way the sandbox replays.)
    expect(outcomes.at(-1)).to.equal('201 replayed');
    expect(new Set(keys).size).to.equal(1);
    expect(await registrationsOf(activity.id)).to.have.length(1);
  });

  it('keeps everything typed when the network is down, and "retry" resends with the same key', async () => {
    const activity = await createActivity();
    let offline = true;
    const { keys, outcomes } = spyOnRegistrationPosts({ offline: () => offline });
    const element = await openDialog(registrationTarget(activity));
    await fill(element, { name: '陈静', mobile: '13912345678' });
    const failed = oneEvent(element, 'lc-registration-error');
    await click(element, "[part='submit']");
    expect((await failed).detail.error.name).to.equal('ConnectionError');
    await element.updateComplete;
    expect($(element, '[role=alert]')!.textContent).to.contain('网络连接中断');
    expect(field(element, 'name').value).to.equal('陈静');
    expect(field(element, 'mobile').value).to.equal('13912345678');
    expect(field(element, 'privacyNotice').checked).to.equal(true);
    offline = false;
    await click(element, "[part='retry']");
    expect((await resultOf(element)).dataset['status']).to.equal('confirmed');
    // The client's own two retries, then the widget's "retry": four attempts, one key, one registration.
    expect(outcomes).to.deep.equal(['error', 'error', 'error', '201']);
    expect(new Set(keys).size).to.equal(1);
    expect(await registrationsOf(activity.id)).to.have.length(1);
  });

  it('asks for an ID number only when required, with its purpose and a separate unticked consent', async () => {
    const plain = await openDialog(registrationTarget(await createActivity()));
    expect($(plain, "input[name='residentId']")).to.equal(null);

    const activity = await createActivity({ requiresResidentId: true });
    const element = await openDialog(registrationTarget(activity));
    expect($(element, '#residentId-purpose')!.textContent).to.contain(activity.residentIdPurpose!);
    expect(field(element, 'residentIdConsent').checked).to.equal(false);
    await fill(element);
    await type(element, 'residentId', '11010519491231002x');
    await click(element, "[part='submit']");
    expect(field(element, 'residentIdConsent').getAttribute('aria-invalid')).to.equal('true');
    expect(element.shadowRoot!.activeElement).to.equal(field(element, 'residentIdConsent'));
    expect(await registrationsOf(activity.id)).to.have.length(0);

    await click(element, "input[name='residentIdConsent']");
    await click(element, "[part='submit']");
    expect((await resultOf(element)).textContent).not.to.contain('11010519491231002');
  });

  it('shows field messages for an invalid ID number and mobile, and keeps everything typed', async () => {
    const activity = await createActivity({ requiresResidentId: true });
    const element = await openDialog(registrationTarget(activity));
    await fill(element, { name: '周杰', mobile: '12345' });
    await type(element, 'residentId', '110105194912310021');
    await click(element, "input[name='residentIdConsent']");
    await click(element, "[part='submit']");

    const mobile = field(element, 'mobile');
    const residentId = field(element, 'residentId');
    expect(residentId.getAttribute('aria-invalid')).to.equal('true');
    expect(mobile.getAttribute('aria-invalid')).to.equal('true');
    expect($(element, '#residentId-error')!.textContent).to.contain('身份证号码校验位不正确');
    expect($(element, '#mobile-error')!.textContent).to.contain('手机号码格式不正确');
    expect(residentId.getAttribute('aria-describedby')).to.contain('residentId-error');
    expect(element.shadowRoot!.activeElement).to.equal(mobile);
    expect(mobile.value).to.equal('12345');
    expect(residentId.value).to.equal('110105194912310021');
    expect(field(element, 'name').value).to.equal('周杰');
    expect(field(element, 'residentIdConsent').checked).to.equal(true);
    expect(field(element, 'privacyNotice').checked).to.equal(true);
    expect(await registrationsOf(activity.id)).to.have.length(0);

    await type(element, 'mobile', '13800000000');
    expect($(element, '#mobile-error')).to.equal(null);
  });

  it('maps the platform’s 422 issues onto fields, revealing the ID number the activity turned out to need', async () => {
    const activity = await createActivity({ requiresResidentId: true });
    const element = await openDialog({ ...registrationTarget(activity), requiresResidentId: false }); // a stale target
    await fill(element, { name: '孙丽' });
    const failed = oneEvent(element, 'lc-registration-error');
    await click(element, "[part='submit']");
    expect((await failed).detail.error.name).to.equal('ValidationError');
    await element.updateComplete;
    const residentId = field(element, 'residentId');
    expect(residentId.getAttribute('aria-invalid')).to.equal('true');
    expect($(element, '#residentId-error')!.textContent).to.contain('请输入身份证号码');
    expect(element.shadowRoot!.activeElement).to.equal(residentId);
    expect(field(element, 'name').value).to.equal('孙丽');

    await type(element, 'residentId', '11010519491231002X');
    await click(element, "input[name='residentIdConsent']");
    await click(element, "[part='submit']");
    expect((await resultOf(element)).dataset['status']).to.equal('confirmed');
  });

  it('asks for a guardian’s consent for a learner under 14 and sends it', async () => {
    const activity = await createActivity();
    const element = await openDialog(registrationTarget(activity), { locale: 'en' });
    await fill(element, { name: 'Li Xiaoming' });
    expect($(element, "[part='guardian']")).to.equal(null);
    await click(element, "input[name='ageGroup'][value='under_14']");
    expect($(element, "[part='guardian']")).not.to.equal(null);
    await click(element, "[part='submit']");
    expect($(element, '#guardianName-error')!.textContent).to.contain('guardian');
    expect($(element, '#guardianConsent-error')).not.to.equal(null);

    await type(element, 'guardianName', 'Li Hua');
    await type(element, 'guardianMobile', '13700000000');
    await click(element, "input[name='guardianRelationship'][value='parent']");
    await click(element, "input[name='guardianConsent']");
    await click(element, "[part='submit']");
    expect((await resultOf(element)).textContent).to.contain('You are registered');
  });

  it('registers and reaches the confirmed screen using only the keyboard', async () => {
    const activity = await createActivity();
    const element = await openDialog(registrationTarget(activity));
    expect(element.shadowRoot!.activeElement).to.equal(field(element, 'name'));
    await sendKeys({ type: 'Wang Fang' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '13800000000' });
    await sendKeys({ press: 'Tab' }); // into the age group: the first radio
    await sendKeys({ press: 'ArrowDown' }); // 14–17
    await sendKeys({ press: 'ArrowDown' }); // 18–59
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // the privacy notice
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal($(element, "[part='submit']"));
    await sendKeys({ press: 'Enter' });
    const result = await resultOf(element);
    expect(result.dataset['status']).to.equal('confirmed');
    expect(element.shadowRoot!.activeElement).to.equal($(element, '#result-heading'));
    expect((await registrationsOf(activity.id))[0]?.nameMasked).to.equal('W*** F***');
  });

  for (const senior of [false, true]) {
    it(`has no axe violations on the form, its errors and the result${senior ? ' in senior mode' : ''}`, async () => {
      const activity = await createActivity({ requiresResidentId: true });
      const element = await openDialog(registrationTarget(activity), { senior });
      expect(element.hasAttribute('senior')).to.equal(senior);
      expect($(element, 'dialog') !== null).to.equal(!senior);
      if (!senior) expect($<HTMLDialogElement>(element, 'dialog')!.matches(':modal')).to.equal(true);
      await expectNoAxeViolations(element);
      await click(element, "input[name='ageGroup'][value='under_14']");
      await click(element, "[part='submit']");
      await expectNoAxeViolations(element);
      await click(element, "input[name='ageGroup'][value='60_plus']");
      await fill(element);
      await type(element, 'residentId', '11010519491231002X');
      await click(element, "input[name='residentIdConsent']");
      await click(element, "[part='submit']");
      await resultOf(element);
      await expectNoAxeViolations(element);
    });
  }

  it('renders a title with markup as text', async () => {
    const activity = await createActivity();
    const title = '<img src=x onerror="window.__xss=1">';
    const element = await openDialog({ ...registrationTarget(activity), title });
    await aTimeout(100);
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect($(element, "[part='title']")!.textContent).to.equal(title);
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('offers an .ics on the confirmed screen that parses, with UID, DTSTAMP and TZID=Asia/Shanghai', async () => {
    const activity = await createActivity();
    const element = await openDialog(registrationTarget(activity));
    await fill(element);
    await click(element, "[part='submit']");
    await resultOf(element);
    const link = $<HTMLAnchorElement>(element, "[part='calendar-link']")!;
    expect(link.href).to.match(/^blob:/);
    expect(link.download).to.equal(`${activity.id}.ics`);
    const text = await (await originalFetch(link.href)).text();
    const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('uid')).to.be.a('string').and.not.equal('');
    expect(event.getFirstPropertyValue('dtstamp')).not.to.equal(null);
    expect(event.getFirstProperty('dtstart')!.getParameter('tzid')).to.equal('Asia/Shanghai');
  });

  it('cancels with the registration token, after asking in place', async () => {
    const activity = await createActivity({ capacity: 1 });
    const element = await openDialog(registrationTarget(activity));
    await fill(element);
    await click(element, "[part='submit']");
    await resultOf(element);
    await click(element, '#cancel');
    expect(element.shadowRoot!.activeElement).to.equal($(element, '#cancel-no'));
    const cancelled = oneEvent(element, 'lc-registration-cancel');
    await click(element, "[part='cancel-confirm']");
    expect((await cancelled).detail.registration.status).to.equal('cancelled');
    await element.updateComplete;
    expect($(element, "[part='result']")!.dataset['status']).to.equal('cancelled');
    expect((await registrationsOf(activity.id))[0]?.status).to.equal('cancelled');
  });

  it('opens inline in senior mode, not as a pop-up, and returns to a fresh form after "done"', async () => {
    const activity = await createActivity();
    const element = await openDialog(registrationTarget(activity), { senior: true });
    expect($(element, 'dialog')).to.equal(null);
    expect($(element, "[part='panel']")).not.to.equal(null);
    await fill(element);
    await click(element, "[part='submit']");
    await resultOf(element);
    await click(element, "[part='done']");
    expect(element.open).to.equal(false);
    expect($(element, "[part='panel']")).to.equal(null);
    element.show();
    await element.updateComplete;
    expect(field(element, 'name').value).to.equal('');
    expect(field(element, 'privacyNotice').checked).to.equal(false);
  });
});
