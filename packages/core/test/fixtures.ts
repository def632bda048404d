// Model instances for tests, each checked against its schema so a fixture can never drift from the contract.
import { Activity, Course, Registration, type ListPage } from '../src/models/index.js';

export function course(n = 1, overrides: Partial<Course> = {}): Course {
  return Course.parse({
    id: `crs_test${String(n).padStart(4, '0')}`,
    title: `太极拳（二十四式）第${n}期`,
    summary: '零基础入门，适合中老年学员。',
    category: 'sports',
    audiences: ['seniors', 'residents'],
    mode: 'offline',
    institution: { id: 'ins_test0001', name: '海淀区社区学院' },
    divisionCode: '110108',
    district: '海淀区',
    fee: 0,
    hours: 24,
    startsOn: '2026-06-01',
    endsOn: '2026-07-20',
    seatsLeft: 12,
    updatedAt: '2026-05-01T09:00:00+08:00',
    ...overrides,
  });
}

export function coursePage(from: number, count: number, nextCursor: string | null): ListPage<Course> {
  return { data: Array.from({ length: count }, (_, i) => course(from + i)), nextCursor };
}

export function activity(overrides: Partial<Activity> = {}): Activity {
  return Activity.parse({
    id: 'act_AbCdEf12',
    title: '市民大讲堂：宋代的城市生活',
    summary: '从《清明上河图》看宋代市民的学习与生活。',
    kind: 'lecture',
    status: 'scheduled',
    series: {
      id: 'ser_Wk2026bj',
      title: '2026年北京市全民终身学习活动周',
      startsOn: '2026-05-15',
      endsOn: '2026-05-21',
    },
    institution: { id: 'ins_HdLib001', name: '海淀区图书馆' },
    place: {
      name: '海淀区图书馆报告厅',
      address: '北京市海淀区丹棱街16号',
      divisionCode: '110108',
      divisionVersion: 2023,
      latitude: 39.98,
      longitude: 116.31,
      district: '海淀区',
    },
    audiences: ['residents', 'seniors'],
    startsAt: '2026-05-16T09:30:00+08:00',
    endsAt: '2026-05-16T11:00:00+08:00',
    capacity: 120,
    seatsLeft: 37,
    waitlistOpen: false,
    waitlistCount: 0,
    fee: 0,
    requiresResidentId: false,
    registrationOpen: true,
    url: 'https://learn.example.cn/activities/act_AbCdEf12',
    updatedAt: '2026-04-20T10:00:00+08:00',
    ...overrides,
  });
}

export function registration(overrides: Partial<Registration> = {}): Registration {
  return Registration.parse({
    id: 'reg_test0001',
    status: 'confirmed',
    waitlistPosition: null,
    activityId: 'act_test0001',
    offeringId: null,
    nameMasked: '王*',
    mobileMasked: '138****0000',
    createdAt: '2026-05-10T09:00:00+08:00',
    updatedAt: '2026-05-10T09:00:00+08:00',
    cancelledAt: null,
    token: 'rtok_0123456789abcdef',
    ...overrides,
  });
}
