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
    id: 'act_test0001',
    title: '市民大讲堂：数字时代的终身学习',
    summary: '',
    kind: 'lecture',
    status: 'scheduled',
    series: {
      id: 'ser_test0001',
      title: '2026年北京市全民终身学习活动周',
      startsOn: '2026-05-16',
      endsOn: '2026-05-22',
    },
    institution: { id: 'ins_test0001', name: '首都图书馆' },
    place: {
      name: '首都图书馆报告厅',
      address: '东三环南路88号',
      divisionCode: '110105',
      district: '朝阳区',
    },
    audiences: ['residents'],
    startsAt: '2026-05-16T09:30:00+08:00',
    endsAt: '2026-05-16T11:30:00+08:00',
    capacity: 50,
    seatsLeft: 10,
    waitlistOpen: false,
    waitlistCount: 0,
    fee: 0,
    requiresResidentId: false,
    registrationOpen: true,
    updatedAt: '2026-05-01T09:00:00+08:00',
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
