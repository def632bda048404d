// The words on a poster, Simplified Chinese first and English second.
import type { Locale } from '@learning-city/core';

export interface PosterLabels {
  when: string;
  where: string;
  organiser: string;
  scan: string;
  activity: string;
  course: string;
  sessions(count: number): string;
  weekdays(days: readonly number[]): string;
  /** Said on stderr when a course has no offering still to come. */
  noUpcoming(id: string): string;
}

const WEEKDAYS_ZH = ['', '一', '二', '三', '四', '五', '六', '日'];
const WEEKDAYS_EN = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const zh: PosterLabels = {
  when: '时间',
  where: '地点',
  organiser: '主办',
  scan: '微信或手机相机扫码，查看详情并报名',
  activity: '活动',
  course: '课程',
  sessions: (count) => `共 ${count} 次课`,
  weekdays: (days) => '每周' + days.map((day) => WEEKDAYS_ZH[day]).join('、'),
  noUpcoming: (id) => `提示：课程 ${id} 没有尚未结束的开班，海报上不印时间和地点（只印所在区）。`,
};

const en: PosterLabels = {
  when: 'When',
  where: 'Where',
  organiser: 'Organiser',
  scan: 'Scan with WeChat or your phone camera for details and registration',
  activity: 'Activity',
  course: 'Course',
  sessions: (count) => `${count} sessions`,
  weekdays: (days) => days.map((day) => WEEKDAYS_EN[day]).join(', '),
  noUpcoming: (id) =>
    `Note: course ${id} has no offering still to come, so its poster shows no time and only the district.`,
};

export function posterLabels(locale: Locale): PosterLabels {
  return locale === 'en' ? en : zh;
}
