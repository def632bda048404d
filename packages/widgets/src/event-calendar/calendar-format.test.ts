// Times in Asia/Shanghai whatever the visitor's zone; period headings in Chinese and English.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { parseDay, periodOf } from './calendar-dates.js';
import { formatClock, formatPeriod, formatTimeRange, visitorZoneDiffers } from './calendar-format.js';

it('shows Beijing wall time for any offset, naming the zone when asked', () => {
  assert.equal(formatClock('2026-05-16T01:30:00Z', 'zh-CN'), '09:30');
  assert.equal(
    formatTimeRange('2026-05-16T09:30:00+08:00', '2026-05-16T11:00:00+08:00', 'en', null),
    '09:30–11:00',
  );
  assert.equal(
    formatTimeRange('2026-05-16T01:30:00Z', '2026-05-16T03:00:00Z', 'zh-CN', '北京时间'),
    '09:30–11:00 北京时间',
  );
});

it('knows which visitor zones are China Standard Time', () => {
  assert.equal(visitorZoneDiffers('Asia/Shanghai'), false);
  assert.equal(visitorZoneDiffers('Asia/Chongqing'), false);
  assert.equal(visitorZoneDiffers('Europe/Berlin'), true);
  assert.equal(visitorZoneDiffers('UTC'), true);
});

it('names months and weeks', () => {
  const focus = parseDay('2026-05-15')!;
  assert.equal(formatPeriod('month', periodOf('month', focus), focus, 'zh-CN'), '2026年5月');
  assert.equal(formatPeriod('month', periodOf('month', focus), focus, 'en'), 'May 2026');
  assert.equal(formatPeriod('week', periodOf('week', focus, 4), focus, 'zh-CN'), '2026年5月15日–21日');
  assert.equal(formatPeriod('week', periodOf('week', focus), focus, 'zh-CN'), '2026年5月11日–17日');
  const june = parseDay('2026-06-30')!;
  assert.equal(formatPeriod('week', periodOf('week', june), june, 'zh-CN'), '2026年6月29日–7月5日');
  assert.match(formatPeriod('week', periodOf('week', focus, 4), focus, 'en'), /^May 15\s–\s21, 2026$/);
});
