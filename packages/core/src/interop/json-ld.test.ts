// Tests for schema.org JSON-LD of courses and activities, and for safe <script> serialisation.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { Activity } from '../models/activity.js';
import { activity as sharedActivity } from '../../test/fixtures.js';
import { Course, CourseDetail } from '../models/course.js';
import {
  activityToJsonLd,
  courseToJsonLd,
  coursesToItemList,
  hoursToIsoDuration,
  jsonLdScript,
} from './json-ld.js';

const PLACE = {
  name: '涧西区社区学院',
  address: '河南省洛阳市涧西区景华路12号',
  divisionCode: '410305',
  divisionVersion: 2023,
  district: '涧西区',
};

function course(overrides: Partial<Course> = {}): Course {
  return Course.parse({
    id: 'crs_8fK2mQ1x',
    title: '河洛文化十二讲',
    summary: '从二里头到隋唐洛阳城，认识河洛文化。',
    category: 'heluo_culture',
    audiences: ['seniors', 'residents'],
    mode: 'offline',
    institution: { id: 'ins_LyCc0001', name: '洛阳市社区大学' },
    divisionCode: '410305',
    district: '涧西区',
    fee: 0,
    hours: 32,
    startsOn: '2026-03-03',
    endsOn: '2026-06-30',
    seatsLeft: 12,
    url: 'https://learn.example.cn/courses/crs_8fK2mQ1x',
    updatedAt: '2026-02-01T08:00:00+08:00',
    ...overrides,
  });
}

function detail(): CourseDetail {
  return CourseDetail.parse({
    ...course(),
    offerings: [
      {
        id: 'off_Spring26a',
        courseId: 'crs_8fK2mQ1x',
        title: '2026年春季班',
        startsOn: '2026-03-03',
        endsOn: '2026-06-30',
        weekdays: [2, 4],
        startTime: '09:00',
        endTime: '10:30',
        sessions: 32,
        place: PLACE,
        teacher: '王老师',
        capacity: 40,
        seatsLeft: 12,
        status: 'open',
      },
      {
        id: 'off_Spring26b',
        courseId: 'crs_8fK2mQ1x',
        title: '2026年春季晚班',
        startsOn: '2026-03-05',
        endsOn: '2026-06-25',
        weekdays: [4],
        startTime: '19:00',
        endTime: '21:00',
        sessions: 16,
        place: PLACE,
        capacity: 30,
        seatsLeft: 0,
        status: 'cancelled',
      },
    ],
  });
}

/** The shared lecture fixture, at the short street address these assertions expect. */
function activity(overrides: Partial<Activity> = {}): Activity {
  const base = sharedActivity();
  return sharedActivity({
    place: { ...base.place, address: '丹棱街16号' },
    audiences: ['residents'],
    ...overrides,
  });
}

describe('courseToJsonLd', () => {
  it('writes a schema.org Course with provider, offer, audience, timeRequired, language and URL', () => {
    const data = courseToJsonLd(course());
    assert.equal(data['@context'], 'https://schema.org');
    assert.equal(data['@type'], 'Course');
    assert.equal(data.name, '河洛文化十二讲');
    assert.equal(data.description, '从二里头到隋唐洛阳城，认识河洛文化。');
    assert.deepEqual(data.provider, { '@type': 'Organization', name: '洛阳市社区大学' });
    assert.deepEqual(data.offers, [
      {
        '@type': 'Offer',
        price: 0,
        priceCurrency: 'CNY',
        category: 'Free',
        url: 'https://learn.example.cn/courses/crs_8fK2mQ1x',
      },
    ]);
    assert.deepEqual(data.audience, [
      { '@type': 'EducationalAudience', educationalRole: '老年人' },
      { '@type': 'EducationalAudience', educationalRole: '社区居民' },
    ]);
    assert.equal(data.timeRequired, 'PT32H');
    assert.equal(data.inLanguage, 'zh-CN');
    assert.equal(data.url, 'https://learn.example.cn/courses/crs_8fK2mQ1x');
    assert.deepEqual(data.hasCourseInstance, [
      { '@type': 'CourseInstance', courseMode: 'Onsite', startDate: '2026-03-03', endDate: '2026-06-30' },
    ]);
  });

  it('writes one CourseInstance per offering, with mode, dates, place, schedule and status', () => {
    const data = courseToJsonLd(detail(), { url: 'https://museum.example.cn/c/1', inLanguage: 'zh-Hans-CN' });
    assert.equal(data.url, 'https://museum.example.cn/c/1');
    assert.equal(data.inLanguage, 'zh-Hans-CN');
    const [spring, evening] = data.hasCourseInstance ?? [];
    assert.equal(data.hasCourseInstance?.length, 2);
    assert.equal(spring?.['@type'], 'CourseInstance');
    assert.equal(spring?.courseMode, 'Onsite');
    assert.equal(spring?.startDate, '2026-03-03');
    assert.equal(spring?.endDate, '2026-06-30');
    assert.deepEqual(spring?.location, {
      '@type': 'Place',
      name: '涧西区社区学院',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '河南省洛阳市涧西区景华路12号',
        addressLocality: '涧西区',
        addressRegion: '河南省',
        addressCountry: 'CN',
      },
    });
    assert.deepEqual(spring?.instructor, { '@type': 'Person', name: '王老师' });
    assert.deepEqual(spring?.courseSchedule, {
      '@type': 'Schedule',
      startTime: '09:00',
      endTime: '10:30',
      startDate: '2026-03-03',
      endDate: '2026-06-30',
      repeatCount: 32,
      scheduleTimezone: 'Asia/Shanghai',
      repeatFrequency: 'P1W',
      byDay: ['https://schema.org/Tuesday', 'https://schema.org/Thursday'],
      duration: 'PT1H30M',
    });
    assert.equal(spring?.eventStatus, 'https://schema.org/EventScheduled');
    assert.equal(evening?.eventStatus, 'https://schema.org/EventCancelled');
    assert.equal(evening?.remainingAttendeeCapacity, 0);
  });

  it('maps online and blended modes, and a paid course', () => {
    assert.equal(courseToJsonLd(course({ mode: 'online' })).hasCourseInstance?.[0]?.courseMode, 'Online');
    assert.equal(courseToJsonLd(course({ mode: 'blended' })).hasCourseInstance?.[0]?.courseMode, 'Blended');
    const paid = courseToJsonLd(course({ fee: 200 }));
    assert.equal(paid.offers[0]?.price, 200);
    assert.equal(paid.offers[0]?.category, 'Paid');
    assert.equal(paid.isAccessibleForFree, false);
  });
});

describe('coursesToItemList', () => {
  it('writes an ItemList of ListItems at positions 1…n, each holding a Course without its own context', () => {
    const list = coursesToItemList(
      [course(), course({ id: 'crs_9gL3nR2y', title: '家庭教育讲堂' }), course({ id: 'crs_0hM4oS3z' })],
      { name: '河洛文化课程', courseUrl: (c) => `https://learn.example.cn/c/${c.id}` },
    );
    assert.equal(list['@context'], 'https://schema.org');
    assert.equal(list['@type'], 'ItemList');
    assert.equal(list.name, '河洛文化课程');
    assert.equal(list.numberOfItems, 3);
    assert.deepEqual(
      list.itemListElement.map((element) => [element['@type'], element.position, element.item['@type']]),
      [
        ['ListItem', 1, 'Course'],
        ['ListItem', 2, 'Course'],
        ['ListItem', 3, 'Course'],
      ],
    );
    assert.equal(list.itemListElement[1]?.item.name, '家庭教育讲堂');
    assert.equal(list.itemListElement[1]?.item.url, 'https://learn.example.cn/c/crs_9gL3nR2y');
    assert.equal('@context' in (list.itemListElement[0]?.item ?? {}), false);
  });
});

describe('activityToJsonLd', () => {
  it('writes a schema.org EducationEvent with dates, status, place, organizer, offer and capacities', () => {
    const data = activityToJsonLd(activity());
    assert.equal(data['@context'], 'https://schema.org');
    assert.equal(data['@type'], 'EducationEvent');
    assert.equal(data.name, '市民大讲堂：宋代的城市生活');
    assert.equal(data.description, '从《清明上河图》看宋代市民的学习与生活。');
    assert.equal(data.startDate, '2026-05-16T09:30:00+08:00');
    assert.equal(data.endDate, '2026-05-16T11:00:00+08:00');
    assert.equal(data.eventStatus, 'https://schema.org/EventScheduled');
    assert.equal(data.eventAttendanceMode, 'https://schema.org/OfflineEventAttendanceMode');
    assert.deepEqual(data.location, {
      '@type': 'Place',
      name: '海淀区图书馆报告厅',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '丹棱街16号',
        addressLocality: '海淀区',
        addressRegion: '北京市',
        addressCountry: 'CN',
      },
      geo: { '@type': 'GeoCoordinates', latitude: 39.98, longitude: 116.31 },
    });
    assert.deepEqual(data.organizer, { '@type': 'Organization', name: '海淀区图书馆' });
    assert.deepEqual(data.offers, {
      '@type': 'Offer',
      price: 0,
      priceCurrency: 'CNY',
      category: 'Free',
      availability: 'https://schema.org/InStock',
      url: 'https://learn.example.cn/activities/act_AbCdEf12',
    });
    assert.equal(data.maximumAttendeeCapacity, 120);
    assert.equal(data.remainingAttendeeCapacity, 37);
    assert.equal(data.superEvent?.name, '2026年北京市全民终身学习活动周');
    assert.equal(data.inLanguage, 'zh-CN');
  });

  it('maps cancelled and postponed statuses', () => {
    assert.equal(
      activityToJsonLd(activity({ status: 'cancelled' })).eventStatus,
      'https://schema.org/EventCancelled',
    );
    assert.equal(
      activityToJsonLd(activity({ status: 'postponed' })).eventStatus,
      'https://schema.org/EventPostponed',
    );
  });

  it('gives LimitedAvailability while the waitlist is open, and SoldOut when it is not', () => {
    const waitlist = activityToJsonLd(activity({ seatsLeft: 0, waitlistOpen: true }));
    assert.equal(waitlist.offers.availability, 'https://schema.org/LimitedAvailability');
    const full = activityToJsonLd(activity({ seatsLeft: 0, waitlistOpen: false }));
    assert.equal(full.offers.availability, 'https://schema.org/SoldOut');
    assert.equal(full.remainingAttendeeCapacity, 0);
  });
});

describe('jsonLdScript', () => {
  const title = '讲座</script><img src=x onerror=alert(1)>';

  it('escapes < so a title cannot close the script element', () => {
    const text = jsonLdScript(activityToJsonLd(activity({ title })));
    assert.doesNotMatch(text, /</);
    assert.doesNotMatch(text, /<\/script/i);
    assert.match(text, /\\u003c\/script>\\u003cimg src=x onerror=alert\(1\)>/);
  });

  it('parses back to the same data', () => {
    const data = activityToJsonLd(activity({ title }));
    const parsed = JSON.parse(jsonLdScript(data)) as typeof data;
    assert.equal(parsed.name, title);
    assert.deepEqual(parsed, data);
  });

  it('escapes U+2028 and U+2029', () => {
    const text = jsonLdScript({ name: 'a\u2028b\u2029c' });
    assert.equal(text, '{"name":"a\\u2028b\\u2029c"}');
    assert.deepEqual(JSON.parse(text), { name: 'a\u2028b\u2029c' });
  });

  it('refuses what JSON cannot represent', () => {
    assert.throws(() => jsonLdScript(undefined), TypeError);
  });
});

describe('hoursToIsoDuration', () => {
  it('writes hours and minutes', () => {
    assert.equal(hoursToIsoDuration(32), 'PT32H');
    assert.equal(hoursToIsoDuration(1.5), 'PT1H30M');
    assert.equal(hoursToIsoDuration(0.25), 'PT15M');
    assert.equal(hoursToIsoDuration(0), 'PT0M');
    assert.throws(() => hoursToIsoDuration(-1), RangeError);
  });
});
