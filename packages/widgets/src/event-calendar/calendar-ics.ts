// The .ics download of the visible activities; loaded on first use, so the calendar's entry stays small.
import { activitiesToICalendar, type Activity } from '@learning-city/core';

/**
 * Offers `activities` as an iCalendar file (`text/calendar`, Asia/Shanghai times) through a Blob URL.
 * @example downloadICalendar(list, { name: '2026年北京市全民终身学习活动周', fileName: 'ser_x-2026-05-15.ics' });
 */
export function downloadICalendar(activities: Activity[], options: { name: string; fileName: string }): void {
  const ics = activitiesToICalendar(activities, { name: options.name });
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = options.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
