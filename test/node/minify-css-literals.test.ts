// The CSS-literal minifier of the builds: it must shrink stylesheets without changing what they select or compute.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCssLiterals, squeezeCss } from '../../scripts/minify-css-literals.js';

describe('squeezeCss', () => {
  it('drops comments and the whitespace around braces, semicolons and commas', () => {
    const css = `
      /* the wrapper */
      :host {
        display: block;
        font-family: inherit, sans-serif;
      }
    `;
    assert.equal(squeezeCss(css), ':host{display:block;font-family:inherit,sans-serif}');
  });

  it('keeps the spaces that carry meaning: calc operators, descendant selectors, shorthand values', () => {
    const css = `.a :focus-visible { width: calc(100% - 2rem); margin: 0 auto; }`;
    assert.equal(squeezeCss(css), '.a :focus-visible{width:calc(100% - 2rem);margin:0 auto}');
  });

  it('keeps quoted strings as written', () => {
    assert.equal(squeezeCss(`p::before { content: '⚠ : , ' ; }`), `p::before{content:'⚠ : , '}`);
  });
});

describe('minifyCssLiterals', () => {
  const plugin = minifyCssLiterals() as { transform(code: string, id: string): { code: string } | null };
  const id = '/repo/packages/widgets/src/x/x.styles.ts';

  it('squeezes css`…` literals and leaves html`…` and other code alone', () => {
    const code = 'const s = css`\n  :host {\n    display: block;\n  }\n`;\nconst t = html`<p>\n  a\n</p>`;';
    assert.equal(
      plugin.transform(code, id)?.code,
      'const s = css`:host{display:block}`;\nconst t = html`<p>\n  a\n</p>`;',
    );
  });

  it('keeps interpolations as they are', () => {
    const code = 'css`\n  a { color: ${unsafeCSS(c)}; }\n`';
    assert.equal(plugin.transform(code, id)?.code, 'css`a{color:${unsafeCSS(c)}}`');
  });

  it('touches only the widgets’ sources', () => {
    assert.equal(plugin.transform('css`  a { }  `', '/repo/node_modules/lib/x.js'), null);
  });
});
