// Bundles an entry for the browser the way a partner's bundler (or our CDN build) does: rollup + terser,
// sources via the `@learning-city/source` condition. Rollup honours zod's `@__NO_SIDE_EFFECTS__`
// annotations, so unused schemas drop out (esbuild alone keeps them). Used by the size benches.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terserPlugin from '@rollup/plugin-terser';
import { rollup, type OutputChunk, type Plugin } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCssLiterals } from './minify-css-literals.js';
import { squeezeHtmlLiterals } from './squeeze-html-literals.js';

// The plugin's types are CommonJS-shaped; under NodeNext its default export needs this cast.
const terser = terserPlugin as unknown as (options?: object) => Plugin;
const INLINE_ENTRY = '\0inline-entry.ts';

export interface BrowserBundleOptions {
  /** A file to bundle… */
  input?: string;
  /** …or module source to bundle, resolved from `rootDir`. */
  source?: string;
  /** Where bare imports resolve from (a package folder). */
  rootDir: string;
  /** One file, dynamic imports included (as the CDN build). @default false */
  inlineDynamicImports?: boolean;
}

/** The minified chunks of the bundle. */
export async function bundleForBrowser(options: BrowserBundleOptions): Promise<OutputChunk[]> {
  const inline: Plugin = {
    name: 'inline-entry',
    resolveId: (id) => (id === INLINE_ENTRY ? id : null),
    load: (id) => (id === INLINE_ENTRY ? (options.source ?? '') : null),
  };
  const bundle = await rollup({
    input: options.input ?? INLINE_ENTRY,
    plugins: [
      inline,
      nodeResolve({
        rootDir: options.rootDir,
        exportConditions: ['@learning-city/source', 'browser', 'import', 'default'],
        extensions: ['.ts', '.js'],
      }),
      minifyCssLiterals(),
      esbuild({ target: 'es2022', include: /\.[jt]s$/, exclude: [] }),
      squeezeHtmlLiterals(), // after esbuild: it reads JavaScript
    ],
    onwarn: () => undefined,
  });
  const { output } = await bundle.generate({
    format: 'es',
    inlineDynamicImports: options.inlineDynamicImports ?? false,
    plugins: [terser({ format: { comments: false } })],
  });
  await bundle.close();
  return output.filter((item): item is OutputChunk => item.type === 'chunk');
}

/**
 * An entry bundled as a page loads it: `code` is the entry and every chunk it imports statically (fetched at
 * once), `lazy` the chunks it imports dynamically (fetched on first use). With `inlineDynamicImports`, one file.
 */
export async function bundleEntry(
  input: string,
  rootDir: string,
  options: { inlineDynamicImports?: boolean } = {},
): Promise<{ code: string; lazy: string[] }> {
  const chunks = await bundleForBrowser({
    input,
    rootDir,
    inlineDynamicImports: options.inlineDynamicImports ?? false,
  });
  const eager = new Set<string>();
  const visit = (name: string) => {
    if (eager.has(name)) return;
    eager.add(name);
    chunks.find((c) => c.fileName === name)?.imports.forEach(visit);
  };
  visit(chunks.find((c) => c.isEntry)!.fileName);
  return {
    code: chunks
      .filter((c) => eager.has(c.fileName))
      .map((c) => c.code)
      .join('\n'),
    lazy: chunks.filter((c) => !eager.has(c.fileName)).map((c) => c.code),
  };
}
