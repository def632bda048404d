// The reserved height (shared/styles.ts) holds while a widget loads, and gives way once its first data or error
// shows (shared/settled.ts), in headless Chromium against the real sandbox. The calendar's own test covers it
// in event-calendar.browser.test.ts.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../course-finder/define.js';
import type { LcCourseFinder } from '../course-finder/course-finder.js';
import '../star-nomination/define.js';
import type { LcStarNomination } from '../star-nomination/star-nomination.js';
import { sandbox } from '../../../../test/browser/widget-testing.js';

const rem = () => parseFloat(getComputedStyle(document.documentElement).fontSize);
const state = (element: Element, name: string) => element.shadowRoot!.querySelector(`[data-state=${name}]`);

describe('reserved height', () => {
  it('<lc-course-finder> keeps 30rem while it loads, and its own height once an error shows', async () => {
    // Loading: the sandbox's slow key holds every answer for 10 s (localhost: a separate HTTP cache lock).
    const waiting = await fixture<LcCourseFinder>(
      html`<lc-course-finder
        api-base=${sandbox.url.replace('127.0.0.1', 'localhost')}
        publishable-key="lc_pk_test_slow"
      ></lc-course-finder>`,
    );
    await waitUntil(() => state(waiting, 'loading'), 'loading state');
    expect(waiting.matches(':state(settled)')).to.equal(false);
    expect(parseFloat(getComputedStyle(waiting).minHeight)).to.equal(30 * rem());
    waiting.remove(); // its requests are aborted

    const failed = await fixture<LcCourseFinder>(
      html`<lc-course-finder
        api-base="http://127.0.0.1:9"
        publishable-key=${sandbox.publishableKey}
      ></lc-course-finder>`,
    );
    await waitUntil(() => state(failed, 'error'), 'error state', { timeout: 15000 });
    await failed.updateComplete;
    expect(failed.matches(':state(settled)')).to.equal(true);
    expect(getComputedStyle(failed).minHeight).to.equal('0px');
  });

  it('<lc-star-nomination> keeps 30rem while it loads, and its own height once an error shows', async () => {
    const waiting = await fixture<LcStarNomination>(
      html`<lc-star-nomination
        api-base=${sandbox.url.replace('127.0.0.1', 'localhost')}
        publishable-key="lc_pk_test_slow"
      ></lc-star-nomination>`,
    );
    await waiting.updateComplete;
    expect(waiting.matches(':state(settled)')).to.equal(false);
    expect(parseFloat(getComputedStyle(waiting).minHeight)).to.equal(30 * rem());
    waiting.remove();

    const failed = await fixture<LcStarNomination>(
      html`<lc-star-nomination
        api-base="http://127.0.0.1:9"
        publishable-key=${sandbox.publishableKey}
      ></lc-star-nomination>`,
    );
    await waitUntil(() => failed.matches(':state(settled)'), 'settled after the error', { timeout: 15000 });
    expect(failed.shadowRoot!.textContent).to.match(/无法|连接/);
    expect(getComputedStyle(failed).minHeight).to.equal('0px');
  });
});
