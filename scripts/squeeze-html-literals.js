// A rollup plugin that drops the indentation inside Lit's html`…` and svg`…` templates of the widgets' sources
// (after esbuild, on JavaScript): terser keeps template literals as written, so every indented line of every
// template would otherwise ship (about 0.4 KiB gzip of the CDN file).
// Only the spaces and tabs that follow a line break go; the line break stays, so rendering is unchanged (HTML
// collapses "\n      " and "\n" alike in normal text, attribute tokens split on either) and so are the
// chunk's line numbers (the source map keeps pointing at the right lines). The widgets' templates keep no
// meaningful indentation: nothing in them is preformatted (the one `white-space: pre-wrap` element holds a
// binding only). Used by the package build (rollup.config.js), the CDN build and the size benches alike.

/** The template's text with the indentation after each line break removed. */
export function squeezeHtml(text) {
  return text.replace(/\n[ \t]+/g, '\n');
}

const TAG = /^(?:html|svg)$/;

/** Calls `visit` for every node of an ESTree AST. */
function walk(node, visit) {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    if (key !== 'type' && key !== 'start' && key !== 'end') walk(node[key], visit);
  }
}

/** @param {{ include?: RegExp }} [options] which module ids to treat (default: the widgets' sources) */
export function squeezeHtmlLiterals(options = {}) {
  const include = options.include ?? /packages\/widgets\/src\/.*\.ts$/;
  return {
    name: 'squeeze-html-literals',
    // Runs after esbuild (list it after esbuild): the code is JavaScript, which rollup's parser reads.
    transform(code, id) {
      if (!include.test(id) || (!code.includes('html`') && !code.includes('svg`'))) return null;
      /** @type {{ start: number; end: number }[]} */
      const quasis = [];
      walk(this.parse(code), (node) => {
        if (
          node.type === 'TaggedTemplateExpression' &&
          node.tag.type === 'Identifier' &&
          TAG.test(node.tag.name)
        )
          quasis.push(...node.quasi.quasis);
      });
      if (quasis.length === 0) return null;
      quasis.sort((a, b) => a.start - b.start);
      let out = '';
      let at = 0;
      for (const quasi of quasis) {
        out += code.slice(at, quasi.start) + squeezeHtml(code.slice(quasi.start, quasi.end));
        at = quasi.end;
      }
      out += code.slice(at);
      // Lines are kept, so esbuild's mappings still hold line for line: `map: null` keeps them.
      return out === code ? null : { code: out, map: null };
    },
  };
}
