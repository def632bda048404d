import type { Plugin } from 'rollup';

export function squeezeHtml(text: string): string;
export function squeezeHtmlLiterals(): Plugin;
