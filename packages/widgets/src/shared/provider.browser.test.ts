// <lc-provider> settings changed after load reach the widgets inside at once, in headless Chromium against the
// real sandbox: senior mode on and off again, the language, the API key.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../course-finder/define.js';
import type { LcCourseFinder } from '../course-finder/course-finder.js';
import '../event-calendar/define.js';
import type { LcEventCalendar } from '../event-calendar/event-calendar.js';

const sandbox = (window as unknown as { __LC_SANDBOX__: { url: string; publishableKey: string } })
  .__LC_SANDBOX__;

const inShadow = (element: Element, selector: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(selector);

/** A provider around a calendar and a second calendar made senior by the page itself; no requests (given data). */
async function providerWithCalendars(attributes: string) {
  const provider = await fixture<HTMLElement>(
    html`<lc-provider api-base=${sandbox.url} publishable-key=${sandbox.publishableKey}>
      <lc-event-calendar id="plain" date="2026-05-15" view="month" .activities=${[]}></lc-event-calendar>
      <lc-event-calendar id="own" senior date="2026-05-15" view="month" .activities=${[]}></lc-event-calendar>
    </lc-provider>`,
  );
  for (const [name, value] of new URLSearchParams(attributes)) provider.setAttribute(name, value);
  const plain = provider.querySelector<LcEventCalendar>('#plain')!;
  const own = provider.querySelector<LcEventCalendar>('#own')!;
  await plain.updateComplete;
  await own.updateComplete;
  return { provider, plain, own };
}

describe('<lc-provider> changed after load', () => {
  it("turns senior mode on and off again in the widgets inside, leaving a widget's own senior alone", async () => {
    const { provider, plain, own } = await providerWithCalendars('');
    const fontSize = (element: Element) =>
      parseFloat(getComputedStyle(inShadow(element, '.calendar')!).fontSize);
    expect(plain.hasAttribute('senior')).to.equal(false);
    const normal = fontSize(plain);
    // The page's "关怀版" switch on…
    provider.setAttribute('senior', '');
    await plain.updateComplete;
    expect(plain.hasAttribute('senior')).to.equal(true);
    expect(fontSize(plain)).to.be.at.least(18);
    expect(inShadow(plain, '.day-count, .senior')).to.not.equal(null);
    // …and off again: the provider's senior mode is taken back; the one the page set on #own stays.
    provider.removeAttribute('senior');
    await plain.updateComplete;
    await own.updateComplete;
    expect(plain.hasAttribute('senior')).to.equal(false);
    expect(fontSize(plain)).to.equal(normal);
    expect(own.hasAttribute('senior')).to.equal(true);
    expect(fontSize(own)).to.be.at.least(18);
  });

  it('switches the widgets inside to the language it is given', async () => {
    const { provider, plain } = await providerWithCalendars('locale=zh-CN');
    expect(inShadow(plain, '#period-label')!.textContent!.trim()).to.equal('2026年5月');
    provider.setAttribute('locale', 'en'); // English strings are a chunk of their own: they load first
    await waitUntil(() => inShadow(plain, '#period-label')!.textContent!.trim() === 'May 2026', 'English');
    expect(inShadow(plain, '.calendar')!.getAttribute('lang')).to.equal('en');
  });

  it('makes a course finder load again when its publishable key is set or changed', async () => {
    const provider = await fixture<HTMLElement>(
      html`<lc-provider api-base=${sandbox.url} publishable-key="lc_pk_test_unknown0000000000000000">
        <lc-course-finder></lc-course-finder>
      </lc-provider>`,
    );
    const finder = provider.querySelector<LcCourseFinder>('lc-course-finder')!;
    // An unknown key: the platform answers 401 and the finder says so (nothing to show).
    await waitUntil(() => inShadow(finder, '[data-state=error]'), 'error with the unknown key', {
      timeout: 15000,
    });
    expect(finder.shadowRoot!.querySelectorAll('.result')).to.have.length(0);
    provider.setAttribute('publishable-key', sandbox.publishableKey);
    await waitUntil(() => finder.shadowRoot!.querySelectorAll('.result').length > 0, 'results with the key', {
      timeout: 15000,
    });
    expect(inShadow(finder, '[data-state=error]')).to.equal(null);
  });
});
