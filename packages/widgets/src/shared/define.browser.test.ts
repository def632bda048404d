// Two copies of the bundle on one page: the second definition warns and changes nothing. Where a widget's
// configuration comes from (readConfig): properties set from script, attributes, an enclosing <lc-provider>.
import { aTimeout, expect } from '@open-wc/testing';
import { LitElement, type PropertyValues } from 'lit';
import '../course-finder/define.js';
import '../event-calendar/define.js';
import '../provider/lc-provider.js';
import '../star-nomination/define.js';
import { sandbox, until } from '../../../../test/browser/widget-testing.js';
import { readConfig, type WidgetConfig } from './config.js';
import { defineElement } from './define.js';
import './registration/define.js';

/** `element` inside a new `<lc-provider>` with these attributes (not in the document yet). */
function inProvider(element: Element, attributes: Record<string, string>): HTMLElement {
  const provider = document.createElement('lc-provider');
  for (const [name, value] of Object.entries(attributes)) provider.setAttribute(name, value);
  provider.append(element);
  return provider;
}

describe('defineElement', () => {
  it('defines a tag once and warns, without throwing, when another copy defines it again', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      defineElement('lc-test-twice', First);
      expect(() => defineElement('lc-test-twice', Second)).not.to.throw();
    } finally {
      console.warn = original;
    }
    expect(customElements.get('lc-test-twice')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.contain('<lc-test-twice> is already defined');
  });
});

describe('readConfig', () => {
  /** Declares its configuration as every widget does (reflected properties, `senior` false by default). */
  class Configured extends LitElement {
    static override properties = {
      apiBase: { attribute: 'api-base', reflect: true },
      publishableKey: { attribute: 'publishable-key', reflect: true },
      locale: { reflect: true },
      senior: { type: Boolean, reflect: true },
    };
    declare apiBase: string | undefined;
    declare publishableKey: string | undefined;
    declare locale: string | undefined;
    declare senior: boolean;
    /** What readConfig said in each update, before the update reflected anything. */
    seen: WidgetConfig[] = [];
    constructor() {
      super();
      this.senior = false;
    }
    protected override willUpdate(changed: PropertyValues): void {
      super.willUpdate(changed);
      this.seen.push(readConfig(this));
    }
  }
  customElements.define('lc-test-configured', Configured);

  const PROVIDER = {
    'api-base': 'https://api.example.cn',
    'publishable-key': 'lc_pk_test_provider',
    locale: 'en',
    senior: '',
  };

  it('takes attributes from the element first, then from the enclosing <lc-provider>', () => {
    const widget = document.createElement('div');
    widget.setAttribute('locale', 'en');
    const provider = inProvider(widget, {
      'api-base': 'https://api.example.cn',
      'publishable-key': 'lc_pk_test_abc',
      senior: '',
    });
    document.body.append(provider);
    expect(readConfig(widget)).to.deep.equal({
      apiBase: 'https://api.example.cn',
      publishableKey: 'lc_pk_test_abc',
      locale: 'en',
      senior: true,
    });
    provider.remove();
  });

  it('takes properties set from script in the same update, before their attributes reflect them', async () => {
    const widget = new Configured();
    widget.setAttribute('api-base', 'https://own.example.cn');
    widget.setAttribute('locale', 'zh-CN');
    const provider = inProvider(widget, { 'publishable-key': 'lc_pk_test_provider' });
    document.body.append(provider);
    await widget.updateComplete;

    widget.locale = 'en';
    widget.publishableKey = 'lc_pk_test_own';
    widget.senior = true;
    widget.apiBase = undefined; // unset from script: the provider's (here none) applies, as once reflected
    // Nothing is reflected yet: the attributes still say what they said.
    expect(widget.getAttribute('locale')).to.equal('zh-CN');
    expect(widget.hasAttribute('senior')).to.equal(false);
    const expected = { apiBase: null, publishableKey: 'lc_pk_test_own', locale: 'en', senior: true };
    expect(readConfig(widget)).to.deep.equal(expected);
    await widget.updateComplete;
    expect(widget.seen.at(-1), 'in the update that reflects them').to.deep.equal(expected);
    expect(widget.getAttribute('locale')).to.equal('en');
    expect(readConfig(widget), 'once reflected').to.deep.equal(expected);

    widget.senior = false; // back to no attribute: nothing of its own, and the provider says nothing
    widget.locale = '';
    expect(readConfig(widget)).to.deep.include({ senior: false, locale: 'zh-CN' });
    provider.remove();
  });

  it("applies the provider's attributes where the element's properties were never set, defaults included", async () => {
    const widget = new Configured();
    const provider = inProvider(widget, PROVIDER);
    const fromProvider = {
      apiBase: 'https://api.example.cn',
      publishableKey: 'lc_pk_test_provider',
      locale: 'en',
      senior: true,
    };
    // `senior` is false from the constructor, yet never set: it hides nothing.
    expect(readConfig(widget), 'before the first update').to.deep.equal(fromProvider);
    document.body.append(provider);
    await widget.updateComplete;
    expect(widget.seen).to.deep.equal([fromProvider]);
    expect(readConfig(widget), 'after it').to.deep.equal(fromProvider);
    // An empty attribute (e.g. a framework binding an unset value) is no setting either.
    widget.setAttribute('publishable-key', '');
    expect(readConfig(widget).publishableKey).to.equal('lc_pk_test_provider');
    provider.remove();
  });

  it("lets no widget's defaults hide a provider's attributes", () => {
    for (const tag of [
      'lc-course-finder',
      'lc-event-calendar',
      'lc-star-nomination',
      'lc-registration-dialog',
    ] as const) {
      // A provider outside the document: the widget is never connected, so it loads nothing.
      const widget = document.createElement(tag);
      inProvider(widget, PROVIDER);
      expect(readConfig(widget), tag).to.deep.equal({
        apiBase: 'https://api.example.cn',
        publishableKey: 'lc_pk_test_provider',
        locale: 'en',
        senior: true,
      });
    }
  });

  it('does not call a getter of the same name that reads the configuration itself', () => {
    class SelfReading extends HTMLElement {
      get locale(): string {
        return readConfig(this).locale;
      }
    }
    customElements.define('lc-test-self-reading', SelfReading);
    const element = new SelfReading();
    element.setAttribute('locale', 'en');
    expect(element.locale).to.equal('en');
  });
});

describe('<lc-star-nomination> inside an <lc-provider>', () => {
  it("loads with the provider's API base, locale and senior mode, and a key set from script before it connects", async () => {
    const nomination = document.createElement('lc-star-nomination');
    nomination.publishableKey = sandbox.publishableKey; // not reflected until its first update
    nomination.draftId = `config-${Date.now()}`;
    nomination.now = new Date('2026-05-10T09:00:00+08:00'); // the seeded campaign is open then
    // The provider's own key answers every request with 429: only the property's key loads the campaign.
    const provider = inProvider(nomination, {
      'api-base': sandbox.url,
      'publishable-key': 'lc_pk_test_ratelimited',
      locale: 'en',
      senior: '',
    });
    document.body.append(provider);
    try {
      await until(
        () => nomination.shadowRoot?.querySelector('form, [part~=alert]'),
        'the nomination neither loaded nor failed',
      );
      // Text, not the element: a failed assertion on an element hangs the page while it is serialised.
      const alert = nomination.shadowRoot!.querySelector('[part~=alert]');
      expect(alert?.textContent?.trim() ?? '', 'no load error').to.equal('');
      expect(nomination.shadowRoot!.querySelector('[part~=base]')!.getAttribute('lang')).to.equal('en');
      expect(nomination.hasAttribute('senior')).to.equal(true);
      expect(nomination.getAttribute('publishable-key')).to.equal(sandbox.publishableKey);
      expect(nomination.hasAttribute('api-base'), "the API base stays the provider's").to.equal(false);
    } finally {
      provider.remove();
    }
  });
});

describe('the test page', () => {
  it('is visible, so frames run (open-wc fixtures of a plain element wait for one)', async () => {
    expect(document.visibilityState).to.equal('visible');
    const frame = await Promise.race([
      new Promise<string>((resolve) => requestAnimationFrame(() => resolve('frame'))),
      aTimeout(2000).then(() => 'no frame within 2 s'),
    ]);
    expect(frame).to.equal('frame');
  });
});
