// Wording for course titles and summaries: level and season suffixes, lead sentences per category, audience labels.
import { AUDIENCE_LABELS, type Audience, type DefaultCourseCategory } from '@learning-city/core';

/** Suffixes that tell runs of the same topic apart (the empty string keeps the bare topic). */
export const LEVEL_SUFFIXES: readonly (readonly [string, number])[] = [
  ['', 30],
  ['入门班', 8],
  ['初级班', 8],
  ['中级班', 6],
  ['提高班', 6],
  ['进阶班', 4],
  ['研修班', 2],
  ['第二期', 4],
  ['第三期', 3],
  ['周末班', 4],
  ['晚间班', 3],
  ['春季', 3],
  ['暑期', 2],
  ['秋季', 3],
];

/** Lead sentences per category; `{t}` is the topic. */
export const SUMMARY_LEADS: Record<DefaultCourseCategory, readonly string[]> = {
  practical_skills: [
    '从零开始，手把手讲解{t}的基本方法与常见技巧。',
    '结合生活与工作中的真实场景，系统学习{t}。',
    '以实操练习为主，帮助学员掌握{t}的核心技能。',
    '课程对接职业技能等级要求，讲练结合学习{t}。',
  ],
  heluo_culture: [
    '走进河洛文化，讲述{t}背后的历史故事。',
    '由文博专家带领，深入了解{t}。',
    '结合考古新发现与文献记载，解读{t}。',
  ],
  social_science: [
    '用身边的案例讲清{t}的要点。',
    '围绕{t}，解答居民日常关心的常见问题。',
    '课程邀请专业人士系统讲解{t}。',
  ],
  cultural_literacy: [
    '在阅读与交流中品味{t}。',
    '循序渐进地学习{t}，提升人文素养。',
    '通过讲授、诵读与讨论学习{t}。',
  ],
  family_education: [
    '围绕{t}，帮助家长掌握科学的家庭教育方法。',
    '家庭教育指导师结合案例讲解{t}，并现场答疑。',
    '课程聚焦{t}，促进家校社协同育人。',
  ],
  arts: [
    '从基础入手学习{t}，在创作中陶冶情操。',
    '名师示范、逐一点评，学习{t}。',
    '以兴趣为先，循序渐进地学习{t}。',
  ],
  health: [
    '由医护人员讲解{t}，传授实用的健康知识。',
    '围绕{t}，普及科学的健康生活方式。',
    '理论与练习结合，学习{t}。',
  ],
  sports: [
    '在专业教练指导下学习{t}，动作规范、循序渐进。',
    '学练{t}，增强体质、愉悦身心。',
    '分解教学、集体练习，掌握{t}的基本要领。',
  ],
  featured: [
    '体验{t}，感受本地特色文化的魅力。',
    '由传承人与专家带领学习{t}。',
    '课程立足本地特色，讲练结合学习{t}。',
  ],
};

/** How each audience is named in a sentence (适合…参加): core's labels, two of them warmer. */
export const AUDIENCE_IN_SENTENCE: Record<Audience, string> = {
  ...AUDIENCE_LABELS,
  seniors: '老年朋友',
  farmers: '农民朋友',
};

/** Sentences describing the delivery mode. */
export const MODE_SENTENCES = {
  offline: ['线下小班授课，老师现场指导。', '在社区学习点面授，就近方便。', '面授为主，每次课后布置练习。'],
  online: ['线上直播授课，可反复观看回放。', '通过终身学习平台在线学习，随时随地可学。'],
  blended: ['线上学理论、线下练实操。', '线上微课预习，线下集中练习与答疑。'],
} as const;

/** Rooms inside a venue where each category's classes meet. */
export const ROOMS: Record<DefaultCourseCategory, readonly string[]> = {
  practical_skills: ['电脑教室', '实训车间', '烹饪实训室', '多功能教室', '302教室'],
  heluo_culture: ['一楼报告厅', '多功能教室', '201教室'],
  social_science: ['一楼报告厅', '多功能教室', '201教室', '302教室'],
  cultural_literacy: ['阅览室', '201教室', '多功能教室'],
  family_education: ['家长学校教室', '多功能教室', '一楼报告厅'],
  arts: ['书画室', '音乐教室', '舞蹈室', '多功能教室'],
  health: ['多功能教室', '一楼报告厅', '201教室'],
  sports: ['健身活动室', '舞蹈室', '室外活动场地'],
  featured: ['非遗传习室', '多功能教室', '手工坊'],
};

/** Road names for fictional addresses. */
export const ROADS: Record<'beijing' | 'luoyang', readonly string[]> = {
  beijing: [
    '学院路',
    '光华路',
    '安华里',
    '复兴路',
    '永定路',
    '西直门北大街',
    '知春路',
    '望京街',
    '左家庄路',
    '广安门内大街',
    '和平里东街',
    '新华大街',
    '府前街',
    '长安街西延',
    '京顺路',
    '鼓楼大街',
    '滨河路',
    '双清路',
  ],
  luoyang: [
    '中州路',
    '九都路',
    '凯旋路',
    '景华路',
    '定鼎路',
    '开元大道',
    '南昌路',
    '长春路',
    '太康路',
    '厘臣路',
    '龙门大道',
    '王城大道',
    '西苑路',
    '联盟路',
    '涧河路',
    '翠云路',
    '九龙鼎路',
    '通济街',
  ],
};
