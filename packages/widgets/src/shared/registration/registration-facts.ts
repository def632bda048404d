// The facts above the form: when and where, and how many seats are left.
import { html, nothing } from 'lit';
import type { Locale } from '../locale.js';
import type { RegistrationTarget } from './registration-dialog.js';
import { message, type MessageKey } from './registration-messages.js';

const TIME_ZONE = 'Asia/Shanghai';

/** The seats line, if the target says how many are left. */
function seatsNotice(target: RegistrationTarget): MessageKey | undefined {
  if (target.seatsLeft === undefined) return undefined;
  if (target.seatsLeft > 0) return 'seatsLeft';
  return target.waitlistOpen === false ? 'fullNotice' : 'waitlistNotice';
}

/** "2026年5月16日 09:30–11:30" in Asia/Shanghai wall time, in the widget's locale. */
export function formatWhen(target: RegistrationTarget, locale: Locale): string {
  if (!target.startsAt) return '';
  const start = new Date(target.startsAt);
  if (Number.isNaN(start.getTime())) return '';
  const formatter = new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const end = target.endsAt ? new Date(target.endsAt) : null;
  return end && !Number.isNaN(end.getTime()) && end > start
    ? formatter.formatRange(start, end)
    : formatter.format(start);
}

/** When and where; the seats line only before registering (it would be stale after). */
export function factsTemplate(target: RegistrationTarget, locale: Locale, showSeats: boolean) {
  const when = formatWhen(target, locale);
  const seats = showSeats ? seatsNotice(target) : undefined;
  return html`${
    when || target.placeName
      ? html`<dl class="facts">
          ${
            when
              ? html`<dt>${message(locale, 'when')}</dt>
                  <dd>${when}</dd>`
              : nothing
          }
          ${
            target.placeName
              ? html`<dt>${message(locale, 'where')}</dt>
                  <dd lang="zh-CN">${target.placeName}</dd>`
              : nothing
          }
        </dl>`
      : nothing
  }
  ${seats ? html`<p class="notice">${message(locale, seats, { count: target.seatsLeft ?? 0 })}</p>` : nothing}`;
}
