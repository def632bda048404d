// Calendar arithmetic in Asia/Shanghai: days, weeks from Monday or a series' first day, months, grid keys.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addMonths,
  dayForKey,
  dayOfInstant,
  dayStartTimestamp,
  formatDay,
  parseDay,
  periodOf,
  shiftPeriod,
  weekdayOf,
} from './calendar-dates.js';

const day = (date: string) => parseDay(date)!;

describe('days', () => {
  it('parses real dates only and formats them back', () => {
    assert.equal(formatDay(day('2026-05-15')), '2026-05-15');
    assert.equal(parseDay('2026-02-30'), null);
    assert.equal(parseDay('2026-5-1'), null);
    assert.equal(parseDay(undefined), null);
  });

  it('takes the Shanghai date of an instant, whatever its offset', () => {
    assert.equal(formatDay(dayOfInstant(Date.parse('2026-05-15T23:30:00+08:00'))), '2026-05-15');
    assert.equal(formatDay(dayOfInstant(Date.parse('2026-05-15T16:30:00Z'))), '2026-05-16');
    assert.equal(dayStartTimestamp(day('2026-05-15')), '2026-05-15T00:00:00+08:00');
  });

  it('counts weekdays from Monday', () => {
    assert.equal(weekdayOf(day('2026-05-11')), 0);
    assert.equal(weekdayOf(day('2026-05-15')), 4);
    assert.equal(weekdayOf(day('2026-05-17')), 6);
  });

  it('adds months, clamping to the shorter month', () => {
    assert.equal(formatDay(addMonths(day('2026-01-31'), 1)), '2026-02-28');
    assert.equal(formatDay(addMonths(day('2026-05-15'), -12)), '2025-05-15');
  });
});

describe('periods', () => {
  it('shows six whole weeks from the Monday on or before the 1st, whatever the month', () => {
    const { start, end } = periodOf('month', day('2026-05-15'));
    assert.equal(formatDay(start), '2026-04-27');
    assert.equal(formatDay(end), '2026-06-08');
    // June 2026 starts on a Monday and needs five weeks; February 2027 four: both still get six.
    const june = periodOf('month', day('2026-06-30'));
    assert.deepEqual([formatDay(june.start), formatDay(june.end)], ['2026-06-01', '2026-07-13']);
    const february = periodOf('month', day('2027-02-01'));
    assert.deepEqual([formatDay(february.start), formatDay(february.end)], ['2027-02-01', '2027-03-15']);
  });

  it('starts the week on Monday, or on the given weekday (a series starting on a Friday)', () => {
    assert.equal(formatDay(periodOf('week', day('2026-05-15')).start), '2026-05-11');
    const friday = periodOf('week', day('2026-05-18'), 4);
    assert.deepEqual([formatDay(friday.start), formatDay(friday.end)], ['2026-05-15', '2026-05-22']);
  });

  it('gives the agenda the month itself, and moves by a month or a week', () => {
    const { start, end } = periodOf('agenda', day('2026-05-15'));
    assert.deepEqual([formatDay(start), formatDay(end)], ['2026-05-01', '2026-06-01']);
    assert.equal(formatDay(shiftPeriod('week', day('2026-05-15'), 1)), '2026-05-22');
    assert.equal(formatDay(shiftPeriod('month', day('2026-05-31'), 1)), '2026-06-30');
  });
});

describe('month grid keys (WAI-ARIA grid and date picker patterns)', () => {
  const focus = day('2026-05-15'); // a Friday
  const key = (name: string, extra: object = {}) => {
    const next = dayForKey({ key: name, ...extra }, focus);
    return next === null ? null : formatDay(next);
  };

  it('moves by a day, a week, to the week ends, by a month and a year', () => {
    assert.equal(key('ArrowRight'), '2026-05-16');
    assert.equal(key('ArrowLeft'), '2026-05-14');
    assert.equal(key('ArrowDown'), '2026-05-22');
    assert.equal(key('ArrowUp'), '2026-05-08');
    assert.equal(key('Home'), '2026-05-11');
    assert.equal(key('End'), '2026-05-17');
    assert.equal(key('PageDown'), '2026-06-15');
    assert.equal(key('PageUp'), '2026-04-15');
    assert.equal(key('PageDown', { shiftKey: true }), '2027-05-15');
    assert.equal(key('Home', { ctrlKey: true }), '2026-05-01');
    assert.equal(key('End', { ctrlKey: true }), '2026-05-31');
  });

  it('leaves other keys alone', () => {
    assert.equal(key('a'), null);
    assert.equal(key('Tab'), null);
  });
});
