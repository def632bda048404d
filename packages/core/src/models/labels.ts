// Chinese (zh-CN) labels of the domain enums: what the platform shows and the facets answer with.
import type { Audience, DeliveryMode } from './common.js';
import type { DefaultCourseCategory } from './course.js';

/** Luoyang's "1+8" categories (实用技能 + 8). */
export const CATEGORY_LABELS: Record<DefaultCourseCategory, string> = {
  practical_skills: '实用技能',
  heluo_culture: '河洛文化',
  social_science: '社会科学',
  cultural_literacy: '文化素养',
  family_education: '家庭教育',
  arts: '艺术修养',
  health: '健康养生',
  sports: '体育健身',
  featured: '特色课程',
};

/** 服务对象. */
export const AUDIENCE_LABELS: Record<Audience, string> = {
  seniors: '老年人',
  youth: '青少年',
  farmers: '农民',
  employees: '在职职工',
  veterans: '退役军人',
  disabled: '残障人士',
  residents: '社区居民',
  parents: '家长',
};

/** 线下 / 线上 / 混合. */
export const MODE_LABELS: Record<DeliveryMode, string> = {
  offline: '线下',
  online: '线上',
  blended: '混合',
};

/** The `free` facet: `true` is 免费, `false` is 收费. */
export const FREE_LABELS = { true: '免费', false: '收费' } as const;
