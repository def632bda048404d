// Tests for iCalendar output: parsed back with ical.js, plus line length, line endings and escaping.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';

import { activity } from '../../test/fixtures.js';
import { activitiesToICalendar, activityToICalendar, escapeText, foldLine } from './icalendar.js';

const NOW = new Date('2026-05-01T02:03:04.567Z');

/** The VCALENDAR and its VEVENTs, with the VTIMEZONE registered so times resolve to Asia/Shanghai. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const timezone = calendar.getFirstSubcomponent('vtimezone');
  assert.ok(timezone, 'VTIMEZONE present');
  ICAL.TimezoneService.register(timezone);
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

function firstEvent(ics: string) {
  const [event] = parse(ics).events;
  assert.ok(event, 'VEVENT present');
  return event;
}

/** The wall time and TZID of a DTSTART or DTEND. */
function localTime(event: ICAL.Component, name: 'dtstart' | 'dtend') {
  const property = event.getFirstProperty(name);
  assert.ok(property);
  const value = property.getFirstValue() as ICAL.Time;
  return { tzid: property.getParameter('tzid'), wall: value.toString(), utc: value.toUnixTime() };
}

function physicalLines(ics: string): string[] {
  assert.ok(ics.endsWith('\r\n'), 'ends with CRLF');
  return ics.slice(0, -2).split('\r\n');
}

describe('activityToICalendar', () => {
  it('writes a PUBLISH calendar with an Asia/Shanghai VTIMEZONE', () => {
    const { calendar } = parse(activityToICalendar(activity(), { now: NOW }));
    assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
    assert.equal(calendar.getFirstPropertyValue('calscale'), 'GREGORIAN');
    assert.equal(calendar.getFirstPropertyValue('method'), 'PUBLISH');
    assert.match(String(calendar.getFirstPropertyValue('prodid')), /Learning City/);
    const timezone = calendar.getFirstSubcomponent('vtimezone');
    assert.equal(timezone?.getFirstPropertyValue('tzid'), 'Asia/Shanghai');
    const standard = timezone?.getFirstSubcomponent('standard');
    assert.equal(standard?.getFirstPropertyValue('tzname'), 'CST');
    assert.equal(String(standard?.getFirstPropertyValue('tzoffsetto')), '+08:00');
    assert.equal(String(standard?.getFirstPropertyValue('tzoffsetfrom')), '+08:00');
  });

  it('writes UID, DTSTAMP in UTC, local start and end in Asia/Shanghai, and LAST-MODIFIED', () => {
    const ics = activityToICalendar(activity(), { now: NOW });
    assert.match(ics, /\r\nDTSTAMP:20260501T020304Z\r\n/);
    assert.match(ics, /\r\nDTSTART;TZID=Asia\/Shanghai:20260516T093000\r\n/);
    const event = firstEvent(ics);
    assert.equal(event.getFirstPropertyValue('uid'), 'act_AbCdEf12@learning-city');
    assert.equal(String(event.getFirstPropertyValue('dtstamp')), '2026-05-01T02:03:04Z');
    assert.deepEqual(localTime(event, 'dtstart'), {
      tzid: 'Asia/Shanghai',
      wall: '2026-05-16T09:30:00',
      utc: Date.parse('2026-05-16T01:30:00Z') / 1000,
    });
    assert.equal(localTime(event, 'dtend').wall, '2026-05-16T11:00:00');
    assert.equal(String(event.getFirstPropertyValue('last-modified')), '2026-04-20T02:00:00Z');
  });

  it('converts timestamps in UTC or another offset to Shanghai wall time', () => {
    const event = firstEvent(
      activityToICalendar(
        activity({ startsAt: '2026-05-16T17:30:00Z', endsAt: '2026-05-16T14:00:00-05:00' }),
        { now: NOW },
      ),
    );
    // 17:30 UTC is 01:30 the next day in Shanghai; 14:00 at UTC-5 is 19:00 UTC, 03:00 in Shanghai.
    assert.deepEqual(localTime(event, 'dtstart'), {
      tzid: 'Asia/Shanghai',
      wall: '2026-05-17T01:30:00',
      utc: Date.parse('2026-05-16T17:30:00Z') / 1000,
    });
    assert.equal(localTime(event, 'dtend').wall, '2026-05-17T03:00:00');
  });

  it('round-trips a title with a semicolon, a comma, a backslash and Chinese, and a summary with a newline', () => {
    // Titles are one line (the model refuses control characters there); summaries may run over lines.
    const title = '讲座; 第一讲, 上午 地点：报告厅 \\ A区';
    const summary = '第一部分：城市生活;\n第二部分：市民学习, 问答';
    const event = firstEvent(activityToICalendar(activity({ title, summary }), { now: NOW }));
    assert.equal(event.getFirstPropertyValue('summary'), title);
    assert.ok(String(event.getFirstPropertyValue('description')).startsWith(summary));
  });

  it('writes description, location, status, URL and category', () => {
    const event = firstEvent(activityToICalendar(activity(), { now: NOW }));
    const description = String(event.getFirstPropertyValue('description'));
    assert.ok(description.startsWith('从《清明上河图》看宋代市民的学习与生活。'));
    assert.match(description, /主办：海淀区图书馆/);
    assert.equal(event.getFirstPropertyValue('location'), '海淀区图书馆报告厅, 北京市海淀区丹棱街16号');
    assert.equal(event.getFirstPropertyValue('status'), 'CONFIRMED');
    assert.equal(event.getFirstPropertyValue('url'), 'https://learn.example.cn/activities/act_AbCdEf12');
    assert.equal(event.getFirstPropertyValue('categories'), 'lecture');
  });

  it('prefers the url option, and writes no URL when none is known', () => {
    const withOption = firstEvent(
      activityToICalendar(activity(), { now: NOW, url: 'https://a.example.cn/x' }),
    );
    assert.equal(withOption.getFirstPropertyValue('url'), 'https://a.example.cn/x');
    const withoutUrl = { ...activity() };
    delete withoutUrl.url;
    assert.equal(firstEvent(activityToICalendar(withoutUrl, { now: NOW })).getFirstProperty('url'), null);
  });

  it('gives STATUS:CANCELLED for a cancelled activity and TENTATIVE for a postponed one', () => {
    assert.equal(
      firstEvent(activityToICalendar(activity({ status: 'cancelled' }), { now: NOW })).getFirstPropertyValue(
        'status',
      ),
      'CANCELLED',
    );
    assert.equal(
      firstEvent(activityToICalendar(activity({ status: 'postponed' }), { now: NOW })).getFirstPropertyValue(
        'status',
      ),
      'TENTATIVE',
    );
  });

  it('uses CRLF everywhere and keeps every physical line within 75 octets', () => {
    const ics = activityToICalendar(activity({ summary: '终身学习'.repeat(300) }), { now: NOW });
    assert.doesNotMatch(ics.replace(/\r\n/g, ''), /[\r\n]/, 'no bare CR or LF');
    for (const line of physicalLines(ics)) {
      assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `too long: ${line}`);
    }
  });

  it('folds a long Chinese description without breaking UTF-8, and unfolds to the same text', () => {
    const summary = '学习型城市建设让每一位市民都能终身学习，😀共享优质教育资源。'.repeat(40);
    const ics = activityToICalendar(activity({ summary }), { now: NOW });
    const lines = physicalLines(ics);
    const start = lines.findIndex((line) => line.startsWith('DESCRIPTION:'));
    assert.ok(lines[start + 1]?.startsWith(' '), 'the description is folded');
    for (const line of lines) {
      const bytes = Buffer.from(line, 'utf8');
      assert.ok(bytes.length <= 75);
      // Every line decodes on its own: no character was split between two lines.
      assert.equal(new TextDecoder('utf-8', { fatal: true }).decode(bytes), line);
      assert.doesNotMatch(line, /\uFFFD/);
    }
    const description = String(firstEvent(ics).getFirstPropertyValue('description'));
    assert.ok(description.startsWith(summary));
  });

  it('rejects a timestamp without an offset', () => {
    const bad = { ...activity(), startsAt: '2026-05-16T09:30:00' };
    assert.throws(() => activityToICalendar(bad, { now: NOW }), RangeError);
  });
});

describe('activitiesToICalendar', () => {
  it('writes one VTIMEZONE and one VEVENT per activity, with the feed name', () => {
    const ics = activitiesToICalendar(
      [
        activity(),
        activity({ id: 'act_BcDeFg23', title: '读书分享会', kind: 'reading' }),
        activity({ id: 'act_CdEfGh34', title: '非遗工作坊', kind: 'workshop', status: 'cancelled' }),
      ],
      { now: NOW, name: '2026年北京市全民终身学习活动周' },
    );
    const { calendar, events } = parse(ics);
    assert.equal(events.length, 3);
    assert.equal(calendar.getAllSubcomponents('vtimezone').length, 1);
    assert.deepEqual(
      events.map((event) => event.getFirstPropertyValue('uid')),
      ['act_AbCdEf12@learning-city', 'act_BcDeFg23@learning-city', 'act_CdEfGh34@learning-city'],
    );
    assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), '2026年北京市全民终身学习活动周');
    assert.equal(calendar.getFirstPropertyValue('x-wr-timezone'), 'Asia/Shanghai');
    assert.equal(events[2]?.getFirstPropertyValue('status'), 'CANCELLED');
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks, and drops other control characters', () => {
    assert.equal(escapeText('a\\b;c,d\ne\r\nf\rg'), 'a\\\\b\\;c\\,d\\ne\\nf\\ng');
    assert.equal(escapeText('tab\tkept\u0007bell'), 'tab\tkeptbell');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone', () => {
    const line = 'X'.repeat(75);
    assert.equal(foldLine(line), line);
  });

  it('folds at 75 octets, counting the leading space of continuation lines', () => {
    const folded = foldLine('X'.repeat(200));
    assert.deepEqual(
      folded.split('\r\n').map((line) => line.length),
      [75, 75, 52], // 75 + 74 + 51 characters
    );
    assert.equal(folded.replace(/\r\n /g, ''), 'X'.repeat(200));
  });

  it('never splits a three-octet Chinese character or a four-octet emoji', () => {
    const line = 'SUMMARY:' + '学'.repeat(30) + '😀'.repeat(20);
    const folded = foldLine(line);
    for (const physical of folded.split('\r\n')) {
      assert.ok(Buffer.byteLength(physical, 'utf8') <= 75);
    }
    assert.deepEqual(
      folded.split('\r\n').map((physical) => Buffer.byteLength(physical, 'utf8')),
      // 8 + 22 × 3; then 1 + 8 × 3 + 12 × 4; then 1 + 8 × 4.
      [74, 73, 33],
    );
    assert.equal(folded.replace(/\r\n /g, ''), line);
  });
});
