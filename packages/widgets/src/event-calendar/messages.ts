// Every string <lc-event-calendar> shows, Chinese first (English in messages-en.ts, loaded on first use);
// `{name}` placeholders are filled by `format()`.
import type { ActivityKind } from '@learning-city/core';
import { AUDIENCE_LABELS } from '@learning-city/core';
import { localeStrings, type Locale } from '../shared/locale.js';
import type { ActivityStatusKind } from './activity-status.js';
import type { CalendarView } from './calendar-dates.js';

const zhCN = {
  calendar: '终身学习活动日历',
  views: { month: '月', week: '周', agenda: '列表' } satisfies Record<CalendarView, string>,
  viewGroup: '视图',
  previous: { month: '上个月', week: '上一周', agenda: '上个月' } satisfies Record<CalendarView, string>,
  next: { month: '下个月', week: '下一周', agenda: '下个月' } satisfies Record<CalendarView, string>,
  goToToday: '回到今天',
  today: '今天',
  filters: '筛选',
  kind: '活动类型',
  district: '区县',
  audience: '服务对象',
  all: '全部',
  availableOnly: '只看有空位或可候补',
  kinds: {
    lecture: '讲座',
    reading: '阅读',
    study_tour: '研学游学',
    open_day: '开放日',
    star_presentation: '百姓学习之星展示',
    workshop: '工作坊',
    exhibition: '展览',
    performance: '展演',
  } satisfies Record<ActivityKind, string>,
  audiences: AUDIENCE_LABELS,
  status: {
    seats: '余{n}位',
    waitlist: '可候补',
    full: '已满',
    cancelled: '已取消',
    postponed: '已延期',
    walk_in: '无需报名',
    ended: '已结束',
  } satisfies Record<ActivityStatusKind, string>,
  seatOne: '余1位',
  zone: '北京时间',
  zoneNote: '所有时间均为北京时间（UTC+8）。',
  loading: '正在加载活动…',
  empty: '这段时间没有符合条件的活动。',
  error: '活动加载失败。',
  connectionError: '无法连接到活动服务，请检查网络后重试。',
  offline: '网络已断开，恢复连接后会自动重新加载。',
  requestId: '请求编号：{id}',
  retry: '重试',
  announce: '{period}，{count}',
  count: '共{n}项活动',
  countOne: '共1项活动',
  more: '另有{n}项',
  showMore: '显示更多',
  dayCount: '{n}项活动',
  dayCountOne: '1项活动',
  /** A month cell's name for screen readers: its date and how many activities it holds. */
  dayLabel: '{date}，{count}',
  dayList: '{date}的活动',
  noActivitiesOnDay: '当天没有活动。',
  backToCalendar: '返回日历',
  details: '活动详情',
  time: '时间',
  place: '地点',
  host: '主办',
  kindLabel: '类型',
  audienceLabel: '对象',
  fee: '费用',
  free: '免费',
  feeAmount: '{n}元',
  seats: '名额',
  seatsDetail: '共{capacity}位，余{left}位',
  waitlistDetail: '候补{n}人',
  register: '报名',
  registerWaitlist: '报名候补',
  blocked: {
    full: '已满，无法报名',
    cancelled: '活动已取消，无法报名',
    ended: '活动已结束',
    walk_in: '无需报名，可直接到场',
  },
  close: '关闭详情',
  subscribe: '订阅日历（.ics）',
  subscribeCount: '下载本期{n}项活动的日历文件',
  separator: '、',
};

export type CalendarMessages = typeof zhCN;

/** The calendar's strings, by locale; English is loaded on first use. */
export const STRINGS = localeStrings(zhCN, () => import('./messages-en.js').then((module) => module.en));

/** The strings for a locale (Chinese until that locale's are loaded). */
export const messagesFor = (locale: Locale): CalendarMessages => STRINGS.get(locale);
