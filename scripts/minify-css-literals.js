// A rollup plugin that minifies the CSS inside Lit's css`…` literals of the widgets' sources: comments go,
// runs of whitespace become one space, and the space around `{`, `}`, `;` and `,` and after `:` goes. Terser leaves
// template literals as written, so without this every indent of every stylesheet ships. Spaces inside
// values (`calc(100% - 2rem)`) and before `:` (descendant selectors like `a :focus`) are kept.
// Used by the package build (rollup.config.js), the CDN build and the size benches alike.

/** Minifies one stylesheet's text; quoted strings (`content: '⚠ '`) are kept as written. */
export function squeezeCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^']*'|"[^"]*")/)
    .map((part, i) => (i % 2 === 1 ? part : squeezeCode(part)))
    .join('')
    .trim();
}

function squeezeCode(text) {
  return (
    text
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      // After a colon a space is never needed (declarations, media features; pseudo-classes have none).
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
  );
}

const CSS_LITERAL = /\bcss`([^`]*)`/g;

/** @param {{ include?: RegExp }} [options] which module ids to treat (default: the widgets' sources) */
export function minifyCssLiterals(options = {}) {
  const include = options.include ?? /packages\/widgets\/src\/.*\.ts$/;
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!include.test(id) || !code.includes('css`')) return null;
      const next = code.replace(CSS_LITERAL, (literal, body) => {
        // Interpolations (`${…}`) are kept as they are; only the text between them is squeezed.
        if (body.includes('${')) {
          return `css\`${body
            .split(/(\$\{[^}]*\})/)
            .map((part, i) => (i % 2 === 1 ? part : squeezeCss(part)))
            .join('')}\``;
        }
        return `css\`${squeezeCss(body)}\``;
      });
      // Stylesheet modules hold nothing to step through; an empty map keeps rollup's source maps honest.
      return next === code ? null : { code: next, map: { mappings: '' } };
    },
  };
}
