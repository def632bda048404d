// Two copies of the bundle on one page: the second definition warns and changes nothing.
import { expect } from '@open-wc/testing';
import { defineElement } from './define.js';
import { readConfig } from './config.js';
import '../provider/lc-provider.js';

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
  it('takes attributes from the element first, then from the enclosing <lc-provider>', () => {
    const provider = document.createElement('lc-provider');
    provider.setAttribute('api-base', 'https://api.example.cn');
    provider.setAttribute('publishable-key', 'lc_pk_test_abc');
    provider.setAttribute('senior', '');
    const widget = document.createElement('div');
    widget.setAttribute('locale', 'en');
    provider.append(widget);
    document.body.append(provider);
    expect(readConfig(widget)).to.deep.equal({
      apiBase: 'https://api.example.cn',
      publishableKey: 'lc_pk_test_abc',
      locale: 'en',
      senior: true,
    });
    provider.remove();
  });
});
