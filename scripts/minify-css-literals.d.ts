import type { Plugin } from 'rollup';

export function squeezeCss(text: string): string;
export function minifyCssLiterals(options?: { include?: RegExp }): Plugin;
