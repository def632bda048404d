// A failed assertion on a DOM node must fail at once with a readable message, not hang the page: the
// converter in assertion-values.ts and its install in mocha-setup.ts (loaded on every test page).
import { expect, fixture, html } from '@open-wc/testing';
import { describeNode, makeFailureReportable, toReportable } from './assertion-values.js';

/** A thrown chai AssertionError, as far as web-test-runner reads it. */
type AssertionFailure = Error & { actual: unknown; expected: unknown };

/** What chai throws for `expect(actual).to.equal(expected)` when they differ. */
function failedEqual(actual: unknown, expected: unknown): AssertionFailure {
  try {
    expect(actual).to.equal(expected);
  } catch (error) {
    return error as AssertionFailure;
  }
  throw new Error('the assertion passed');
}

describe('failed assertions on DOM nodes', () => {
  it('structuredClone (how web-test-runner sends results) refuses a DOM node: the cause of the hang', () => {
    expect(() => structuredClone(document.createElement('div')))
      .to.throw(DOMException)
      .with.property('name', 'DataCloneError');
  });

  it('turns an element in a failed assertion into its outerHTML, which structuredClone accepts', async () => {
    const element = await fixture(html`<div class="result">${'hello'}</div>`);
    const error = failedEqual(element, null);

    makeFailureReportable(error);

    expect(error.actual).to.equal('<div class="result">hello</div>'); // Lit's marker comments dropped
    expect(error.expected).to.equal(null);
    expect(structuredClone({ actual: error.actual, expected: error.expected })).to.deep.equal({
      actual: '<div class="result">hello</div>',
      expected: null,
    });
  });

  it('names a shadow root by its host, and says so in the assertion message too', async () => {
    const host = await fixture(html`<lc-probe-host lang="en"></lc-probe-host>`);
    const shadowRoot = host.attachShadow({ mode: 'open' });

    expect(toReportable(shadowRoot)).to.equal('#shadow-root (open) of <lc-probe-host lang="en">');
    expect(failedEqual(shadowRoot, null).message).to.equal(
      'expected #shadow-root (open) of <lc-probe-host lang="en"> to equal null',
    );
  });

  it('cuts a long element to 200 characters', () => {
    const list = document.createElement('ul');
    list.innerHTML = '<li>course</li>'.repeat(50);

    const description = describeNode(list);

    expect(description).to.have.length(200);
    expect(description.startsWith('<ul><li>course</li>')).to.equal(true);
    expect(description.endsWith('…')).to.equal(true);
  });

  it('keeps the shape of arrays and objects, replacing only what cannot be sent', () => {
    const item = document.createElement('li');
    item.textContent = 'one';
    const looped: Record<string, unknown> = { node: item, onPick: function onPick() {} };
    looped['self'] = looped;

    expect(toReportable([item, 1, 'two'])).to.deep.equal(['<li>one</li>', 1, 'two']);
    expect(toReportable(looped)).to.deep.equal({
      node: '<li>one</li>',
      onPick: '[function onPick]',
      self: '[Circular]',
    });
    expect(toReportable(Promise.resolve(1))).to.equal('[object Promise]');
    expect(toReportable(new CustomEvent('lc-select'))).to.equal('[CustomEvent "lc-select"]');
  });

  it('leaves values that can already be sent as they are (same object)', () => {
    const plain = { seatsLeft: 3, tags: ['zh-CN'] };

    expect(toReportable(plain)).to.equal(plain);
    expect(toReportable(null)).to.equal(null);
    expect(toReportable(undefined)).to.equal(undefined);
  });

  it('is installed on this page: mocha hands the reporter an element failure already converted', () => {
    const { Runner, Suite, Test } = Mocha;
    const runner = new Runner(new Suite('probe'), { delay: false });
    const test = new Test('fails on an element', () => {});
    let reported: AssertionFailure | undefined;
    runner.on('fail', (_test, error) => (reported = error as AssertionFailure));

    (runner as unknown as { fail(test: Mocha.Test, err: unknown): void }).fail(
      test,
      failedEqual(document.createElement('p'), null),
    );

    // String(): were the setup missing, an element here would be the very value that hangs the page.
    expect(String(reported?.actual)).to.equal('<p></p>');
    expect(test.state).to.equal('failed');
  });
});
