// One small inline SVG per activity status, always beside the status in words (never colour or icon alone).
import { svg, type SVGTemplateResult } from 'lit';
import type { ActivityStatusKind } from './activity-status.js';

const icon = (shape: SVGTemplateResult) =>
  svg`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${shape}</svg>`;

/** Icons by status: a tick for seats, a clock for the waitlist, a barred circle for full, a cross for cancelled. */
export const STATUS_ICONS: Record<ActivityStatusKind, SVGTemplateResult> = {
  seats: icon(svg`<path d="M3 8.5l3.2 3.2L13 5"/>`),
  waitlist: icon(svg`<circle cx="8" cy="8" r="6"/><path d="M8 4.8V8l2.4 1.6"/>`),
  full: icon(svg`<circle cx="8" cy="8" r="6"/><path d="M3.8 12.2l8.4-8.4"/>`),
  cancelled: icon(svg`<path d="M4 4l8 8M12 4l-8 8"/>`),
  postponed: icon(svg`<path d="M2 8h9M8 4.5L11.5 8 8 11.5M14 3v10"/>`),
  walk_in: icon(svg`<circle cx="8" cy="8" r="6"/><path d="M8 7.5V11M8 5h.01"/>`),
  ended: icon(svg`<path d="M4 14V2.5h7.5L10 5.5l1.5 3H4"/>`),
};
