// Builds the package in the current directory: one ES module per source file (so bundlers can
// tree-shake by resource), source maps, every dependency left external. Declarations come from tsc.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCssLiterals } from './scripts/minify-css-literals.js';
import { squeezeHtmlLiterals } from './scripts/squeeze-html-literals.js';

const pkg = JSON.parse(readFileSync(resolve('package.json'), 'utf8'));
const SOURCE = '@learning-city/source';

/** Every entry point named by the exports map, read from its source condition. */
const input = Object.fromEntries(
  Object.entries(pkg.exports ?? {})
    .filter(([, target]) => typeof target === 'object' && target[SOURCE])
    .map(([, target]) => [target[SOURCE].replace(/^\.\/src\//, '').replace(/\.ts$/, ''), target[SOURCE]]),
);
for (const [name, file] of Object.entries(pkg.rollupExtraInputs ?? {})) input[name] = file;

const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const external = (id) =>
  id.startsWith('node:') ||
  builtinModules.includes(id) ||
  deps.some((d) => id === d || id.startsWith(`${d}/`));

export default {
  input,
  external,
  plugins: [
    minifyCssLiterals(),
    esbuild({ target: 'es2022', tsconfig: resolve('../../tsconfig.base.json') }),
    squeezeHtmlLiterals(), // after esbuild: it reads JavaScript
  ],
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    preserveModules: true,
    preserveModulesRoot: 'src',
    entryFileNames: '[name].js',
  },
};
