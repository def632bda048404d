// The year's programmes: both cities' 全民终身学习活动周, a month-long 读书节, and the 百姓学习之星 campaigns.
import type { NominationCampaign, Series } from '@learning-city/core';
import { toTimestamp } from '../time.js';
import type { IdFactory } from './random.js';
import { addDays, atShanghai } from './time.js';

export interface SeedSeries {
  beijingWeek: Series;
  luoyangWeek: Series;
  readingFestival: Series;
}

/** The lifelong-learning weeks start a few days after `today`; the reading festival is under way. */
export function generateSeries(ids: IdFactory, today: string): SeedSeries {
  const year = today.slice(0, 4);
  const beijingStart = addDays(today, 5);
  const luoyangStart = addDays(today, 8);
  const readingStart = addDays(today, -12);
  return {
    beijingWeek: {
      id: ids.next('ser'),
      title: `${year}年北京市全民终身学习活动周`,
      startsOn: beijingStart,
      endsOn: addDays(beijingStart, 6),
    },
    luoyangWeek: {
      id: ids.next('ser'),
      title: `${year}年洛阳市全民终身学习活动周`,
      startsOn: luoyangStart,
      endsOn: addDays(luoyangStart, 6),
    },
    readingFestival: {
      id: ids.next('ser'),
      title: `${year}年“书香京城”全民读书节`,
      startsOn: readingStart,
      endsOn: addDays(readingStart, 30),
    },
  };
}

const LIMITS: NominationCampaign['limits'] = {
  summaryMaxChars: 200,
  deedsMinChars: 300,
  deedsMaxChars: 1500,
  honoursMax: 10,
  photosMax: 6,
  photoMaxBytes: 5 * 1024 * 1024,
  photoTypes: ['image/jpeg', 'image/png', 'image/webp'],
};

function statusAt(nowMs: number, opensAt: number, closesAt: number): NominationCampaign['status'] {
  if (nowMs < opensAt) return 'upcoming';
  return nowMs < closesAt ? 'open' : 'closed';
}

/** This year's campaign (open around `now`) and last year's (closed). */
export function generateCampaigns(ids: IdFactory, nowMs: number, today: string): NominationCampaign[] {
  const year = Number(today.slice(0, 4));
  const opens = atShanghai(addDays(today, -20), '09:00');
  const closes = atShanghai(addDays(today, 42), '17:00');
  const lastOpens = atShanghai(`${year - 1}-04-01`, '09:00');
  const lastCloses = atShanghai(`${year - 1}-06-30`, '17:00');
  const summary = (y: number) =>
    `${y}年“百姓学习之星”推荐活动面向全市各行各业、各年龄段的市民，推荐在终身学习中成绩突出、带动身边人学习、` +
    '服务社会的普通百姓。请由所在社区、单位或学习组织作为推荐单位，如实填写学习事迹并上传照片。';
  return [
    {
      id: ids.next('cmp'),
      title: `${year}年“百姓学习之星”推荐活动`,
      year,
      summary: summary(year),
      opensAt: toTimestamp(opens),
      closesAt: toTimestamp(closes),
      status: statusAt(nowMs, opens, closes),
      limits: { ...LIMITS, photoTypes: [...LIMITS.photoTypes] },
    },
    {
      id: ids.next('cmp'),
      title: `${year - 1}年“百姓学习之星”推荐活动`,
      year: year - 1,
      summary: summary(year - 1),
      opensAt: toTimestamp(lastOpens),
      closesAt: toTimestamp(lastCloses),
      status: statusAt(nowMs, lastOpens, lastCloses),
      limits: { ...LIMITS, photoTypes: [...LIMITS.photoTypes] },
    },
  ];
}
