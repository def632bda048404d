// One small icon per activity status, always beside the status in words (never colour or icon alone).
// Drawn by CSS (event-calendar.styles.ts: a border ring, gradients, a clip-path polygon, all in currentColor)
// on one empty span: a month grid shows 126 of them, and an inline <svg> each cost about a fifth of the
// month switch's layout (measured). Gradients and clip paths are not images, so a strict CSP allows them.
import { html, type TemplateResult } from 'lit';
import type { ActivityStatusKind } from './activity-status.js';

/** Icons by status: a tick for seats, a clock for the waitlist, a barred circle for full, a cross for cancelled. */
export const STATUS_ICONS: Record<ActivityStatusKind, TemplateResult> = {
  seats: html`<span class="icon icon-seats" aria-hidden="true"></span>`,
  waitlist: html`<span class="icon icon-waitlist" aria-hidden="true"></span>`,
  full: html`<span class="icon icon-full" aria-hidden="true"></span>`,
  cancelled: html`<span class="icon icon-cancelled" aria-hidden="true"></span>`,
  postponed: html`<span class="icon icon-postponed" aria-hidden="true"></span>`,
  walk_in: html`<span class="icon icon-walk_in" aria-hidden="true"></span>`,
  ended: html`<span class="icon icon-ended" aria-hidden="true"></span>`,
};
