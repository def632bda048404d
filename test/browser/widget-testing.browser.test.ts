// The shared helpers of the browser tests can fail: axe's assertion names what is wrong, polling gives up.
import { expect, fixture, html } from '@open-wc/testing';
import { expectNoAxeViolations, until, WCAG_22_AA } from './widget-testing.js';

/** The message `promise` rejects with (it must reject). */
async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return String(error);
  }
  throw new Error('it did not fail');
}

describe('expectNoAxeViolations', () => {
  it("fails on an image without a text alternative, with the rule, the element and axe's summary", async () => {
    const root = await fixture(html`<main><img id="photo" src="data:," /></main>`);
    const message = await rejection(expectNoAxeViolations(root, WCAG_22_AA, 'axe violations in the fixture'));
    expect(message).to.contain('axe violations in the fixture');
    expect(message).to.contain('image-alt');
    expect(message).to.contain('#photo');
    expect(message).to.contain('Fix any of the following');
  });

  it("runs axe's default rules, best practices included, unless told to run only WCAG 2.2 AA", async () => {
    const root = await fixture(html`<main><h2></h2></main>`);
    expect(await rejection(expectNoAxeViolations(root))).to.contain('empty-heading');
    await expectNoAxeViolations(root, WCAG_22_AA);
  });

  it("checks WCAG 2.2's target size (which axe leaves off by default) both by default and with WCAG_22_AA", async () => {
    const root = await fixture(
      html`<main>
        <button style="width: 10px; height: 10px; padding: 0">a</button
        ><button style="width: 10px; height: 10px; padding: 0">b</button>
      </main>`,
    );
    expect(await rejection(expectNoAxeViolations(root))).to.contain('target-size');
    expect(await rejection(expectNoAxeViolations(root, WCAG_22_AA))).to.contain('target-size');
  });
});

describe('until', () => {
  it('answers what the probe answers once it is truthy, and says what it waited for when it never is', async () => {
    let calls = 0;
    expect(await until(() => ++calls >= 3 && 'ready', 'three calls')).to.equal('ready');
    expect(await rejection(until(() => false, 'the impossible', 50))).to.contain('timed out: the impossible');
  });
});
