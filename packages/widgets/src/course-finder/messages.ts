// Every string <lc-course-finder> shows, Chinese first (English in messages-en.ts, loaded on first use);
// `{name}` placeholders are filled by `format()`.
import { AUDIENCE_LABELS, CATEGORY_LABELS, MODE_LABELS, type CourseSort } from '@learning-city/core';
import { localeStrings, type Locale } from '../shared/locale.js';
import type { ListDimension } from './finder-state.js';

const zhCN = {
  finder: '课程搜索',
  search: '搜索课程',
  searchHint: '课程名称、简介或开课机构，如：太极、书法',
  searchButton: '搜索',
  filters: '筛选条件',
  dimensions: {
    category: '课程类别',
    audience: '适用人群',
    district: '区县',
    mode: '上课方式',
  } satisfies Record<ListDimension, string>,
  allDistricts: '全部区县',
  fee: '费用',
  anyFee: '不限',
  free: '免费',
  paid: '收费',
  dates: '开课时间',
  from: '从',
  to: '至',
  sort: '排序',
  sorts: {
    relevance: '最相关',
    starts_on: '开课时间',
    title: '课程名称',
    fee: '费用从低到高',
  } satisfies Record<CourseSort, string>,
  active: '已选条件',
  chip: '{name}：{value}',
  remove: '移除：{label}',
  clearAll: '清除全部',
  results: '课程列表',
  count: '共找到{n}门课程',
  countOne: '共找到1门课程',
  loading: '正在搜索课程…',
  empty: '没有找到相关课程',
  emptyHint: '试试清除筛选条件，或换个关键词。',
  clearFilters: '清除筛选条件',
  error: '课程加载失败。',
  malformed: '课程服务返回的数据有误（字段 {path}）。',
  connectionError: '无法连接到课程服务，请检查网络后重试。',
  offline: '网络已断开，恢复连接后会自动重新加载。',
  requestId: '请求编号：{id}',
  retry: '重试',
  loadMore: '加载更多',
  shown: '已显示{shown}门，共{total}门',
  moreError: '更多课程加载失败。',
  feeAmount: '{n}元',
  hours: '{n}学时',
  seatsLeft: '余{n}位',
  noSeats: '已满',
  range: '{from}至{to}',
  noOfferings: '暂无开班',
  back: '返回课程列表',
  institution: '开课机构',
  offerings: '开班信息',
  detailLoading: '正在加载开班信息…',
  detailError: '开班信息加载失败。',
  details: '课程详情',
  notFound: '找不到这门课程，它可能已经下架。',
  schedule: '上课时间',
  weekly: '每周{days} {start}–{end}',
  sessions: '共{n}次课',
  place: '上课地点',
  teacher: '授课教师',
  seats: '名额',
  seatsDetail: '共{capacity}位，余{left}位',
  register: '报名',
  registerFor: '{action}：{title}',
  offeringStatus: { full: '已满', closed: '报名已截止', cancelled: '已取消' },
  dialogFailed: '报名表加载失败，请检查网络后重试。',
  weekdays: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  separator: '、',
  categories: CATEGORY_LABELS as Record<string, string>,
  audiences: AUDIENCE_LABELS as Record<string, string>,
  modes: MODE_LABELS as Record<string, string>,
};

export type FinderMessages = typeof zhCN;

/** The finder's strings, by locale; English is loaded on first use. */
export const STRINGS = localeStrings(zhCN, () => import('./messages-en.js').then((module) => module.en));

/** The strings for a locale (Chinese until that locale's are loaded). */
export const messagesFor = (locale: Locale): FinderMessages => STRINGS.get(locale);
