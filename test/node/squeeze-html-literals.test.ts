// The html-literal squeezer of the builds: indentation inside Lit templates goes, lines and everything else stay.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAst } from 'rollup/parseAst';
import { squeezeHtmlLiterals } from '../../scripts/squeeze-html-literals.js';

const plugin = squeezeHtmlLiterals() as unknown as {
  transform(this: { parse: typeof parseAst }, code: string, id: string): { code: string; map: null } | null;
};
const id = '/repo/packages/widgets/src/x/x.ts';
const run = (code: string, file = id) => plugin.transform.call({ parse: parseAst }, code, file);

describe('squeezeHtmlLiterals', () => {
  it('drops the indentation inside html templates, nested ones included, and keeps every line', () => {
    const code = [
      'const view = html`<ul>',
      '    ${items.map((item) => html`<li>',
      '        ${item}',
      '      </li>`)}',
      '  </ul>`;',
    ].join('\n');
    const result = run(code);
    assert.ok(result);
    assert.equal(
      result.code,
      ['const view = html`<ul>', '${items.map((item) => html`<li>', '${item}', '</li>`)}', '</ul>`;'].join(
        '\n',
      ),
    );
    assert.equal(
      result.code.split('\n').length,
      code.split('\n').length,
      'the source map still holds by line',
    );
    assert.equal(result.map, null);
  });

  it('leaves other template literals, strings and modules outside the widgets as written', () => {
    const other = 'const text = `BEGIN:VCALENDAR\n  folded`;\nconst view = html`<p>\n  hi</p>`;';
    assert.equal(
      run(other)!.code,
      'const text = `BEGIN:VCALENDAR\n  folded`;\nconst view = html`<p>\nhi</p>`;',
    );
    assert.equal(run('const view = html`<p>\n  hi</p>`;', '/repo/node_modules/lit/index.js'), null);
    assert.equal(run('const n = 1;'), null);
  });
});
