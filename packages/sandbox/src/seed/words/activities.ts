// Activity wording: 市民大讲堂 topics, 研学游学 routes, reading events, workshops, exhibitions, performances.
import type { ActivityKind } from '@learning-city/core';
import type { CityKey } from '../divisions.js';

/** 市民大讲堂 topics; the shared ones suit either city. */
export const LECTURE_TOPICS: Record<CityKey | 'shared', readonly string[]> = {
  shared: [
    '人工智能与我们的日常生活',
    '中华优秀传统文化与家风传承',
    '老年人健康管理与慢病预防',
    '民法典里的百姓生活',
    '如何识别和防范电信网络诈骗',
    '家庭教育促进法与家长责任',
    '积极老龄观与乐享晚年',
    '科学健身与运动损伤预防',
    '心理健康：与焦虑和平相处',
    '终身学习与个人成长',
    '数字时代的阅读',
    '垃圾分类与绿色低碳生活',
  ],
  beijing: [
    '北京中轴线的前世今生',
    '大运河与北京城市副中心',
    '从胡同到四合院：老北京的生活智慧',
    '长城文化带的保护与传承',
    '京剧里的中国故事',
    '北京的中医药文化',
  ],
  luoyang: [
    '十三朝古都的文明密码',
    '二里头：最早的中国',
    '龙门石窟的艺术与保护',
    '隋唐洛阳城与大运河',
    '洛阳牡丹的历史与文化',
    '河洛文化与中华文明',
  ],
};

/** 研学游学 routes: title, meeting point and the district it starts in. */
export const STUDY_TOUR_ROUTES: Record<CityKey, readonly (readonly [string, string, string])[]> = {
  beijing: [
    ['北京中轴线文化研学', '永定门公园北门集合', '东城区'],
    ['大运河（通州段）生态研学', '大运河森林公园南门集合', '通州区'],
    ['长城文化带研学：八达岭—岔道古城', '延庆区游客服务中心集合', '延庆区'],
    ['西山永定河文化带研学', '模式口历史文化街区东口集合', '石景山区'],
    ['京西古道与古村落研学', '门头沟区斋堂镇游客中心集合', '门头沟区'],
    ['三山五园历史文化研学', '颐和园北宫门集合', '海淀区'],
    ['首都科技创新研学：中关村', '中关村展示中心门前集合', '海淀区'],
    ['京郊农耕文化研学', '房山区琉璃河遗址公园集合', '房山区'],
  ],
  luoyang: [
    ['龙门石窟研学', '龙门石窟景区北门集合', '洛龙区'],
    ['二里头夏都遗址研学', '二里头夏都遗址博物馆门前集合', '偃师区'],
    ['隋唐洛阳城国家遗址公园研学', '应天门遗址博物馆广场集合', '洛龙区'],
    ['白马寺与汉魏故城研学', '白马寺山门前集合', '洛龙区'],
    ['黄河小浪底生态研学', '孟津区小浪底游客中心集合', '孟津区'],
    ['老城历史街区研学：丽景门—洛邑古城', '丽景门广场集合', '老城区'],
    ['老君山道家文化与生态研学', '栾川县老君山景区游客中心集合', '栾川县'],
    ['工业遗产研学：涧西苏式建筑群', '涧西工业遗产街集合', '涧西区'],
  ],
};

export const READING_EVENTS: readonly string[] = [
  '亲子绘本共读会',
  '经典诗词诵读会',
  '《论语》读书分享会',
  '图书漂流与换书市集',
  '作家见面会：城市与文学',
  '“读书·悦老”长者读书会',
  '数字阅读体验课',
  '青少年读书征文颁奖',
  '书香家庭分享会',
  '非遗古籍修复体验',
  '朗读者：社区朗诵会',
  '名著导读：《平凡的世界》',
];

export const OPEN_DAY_EXPERIENCES: readonly string[] = [
  '书画、声乐体验课',
  '智能手机课程体验',
  '太极与八段锦体验',
  '摄影与短视频课程体验',
  '舞蹈与形体课程体验',
  '新学期课程咨询与报名指导',
];

export const WORKSHOPS: Record<CityKey | 'shared', readonly string[]> = {
  shared: [
    '智能手机拍照与修图工作坊',
    '急救技能（心肺复苏与AED）体验课',
    'AI助手办事体验工作坊',
    '剪纸非遗体验工作坊',
    '中式面点体验课',
    '家庭收纳整理工作坊',
    '亲子科学实验工作坊',
    '老年人防诈骗情景体验',
    '茶艺体验课',
  ],
  beijing: ['景泰蓝掐丝体验', '兔儿爷彩绘体验', '北京面人制作体验', '京剧脸谱绘制体验'],
  luoyang: ['牡丹瓷绘制体验', '唐三彩彩绘体验', '洛阳宫灯制作体验', '洛阳水席品鉴与烹饪体验'],
};

export const EXHIBITIONS: readonly string[] = [
  '终身学习成果展',
  '老年大学书画摄影作品展',
  '社区教育优秀课程成果展',
  '家风家训主题展',
  '学习型家庭风采展',
  '职业技能大赛作品展',
  '非遗传承与创新作品展',
];

export const PERFORMANCES: Record<CityKey | 'shared', readonly string[]> = {
  shared: [
    '社区文艺展演：学习点亮生活',
    '老年大学合唱团汇报演出',
    '广场舞展演',
    '乐龄才艺展演',
    '诗词朗诵专场',
  ],
  beijing: ['京韵大鼓与曲艺专场', '京剧票友专场'],
  luoyang: ['河洛大鼓专场展演', '豫剧经典唱段展演'],
};

/** One or two opening sentences per kind. */
export const ACTIVITY_SUMMARIES: Record<ActivityKind, readonly string[]> = {
  lecture: [
    '市民大讲堂邀请专家学者走进社区，用通俗的语言讲述专业知识。',
    '讲座结束后设有互动问答环节，欢迎市民带着问题来。',
  ],
  reading: ['以书为媒，共享阅读之乐。', '活动现场提供图书借阅与换书服务，欢迎全家参与。'],
  study_tour: [
    '由专业讲解员带队，沿线打卡重要遗址与场馆，边走边学。',
    '研学全程约半天，请穿舒适的鞋子，注意防晒补水。',
  ],
  open_day: ['开放日当天各班级敞开课堂，市民可随堂体验、现场咨询新学期课程。'],
  star_presentation: [
    '“百姓学习之星”走上讲台，分享终身学习的故事与心得。',
    '展示活动讲述身边人通过学习改变生活、服务社会的经历。',
  ],
  workshop: ['小班体验，老师现场示范并手把手指导，材料由主办方提供。', '动手做、当场学，作品可带回家。'],
  exhibition: ['展览集中呈现学员的学习成果与作品，免费参观。', '展期内每天定时安排讲解。'],
  performance: ['学员们登台展示一年来的学习成果，欢迎居民观看。', '演出节目包括合唱、舞蹈、戏曲与朗诵。'],
};

/** Why an activity needs a resident ID number, shown beside the field. */
export const RESIDENT_ID_PURPOSES = {
  study_tour: '研学游学活动需购买意外保险，须核验身份证号；仅用于投保，活动结束后30日内删除。',
  security: '场馆实行实名预约与入馆安检，须核验身份证号；仅用于入馆核验，不作他用。',
} as const;

/** Halls where activities take place. */
export const HALLS: readonly string[] = [
  '报告厅',
  '多功能厅',
  '一楼展厅',
  '小剧场',
  '学术交流中心',
  '活动室',
  '阅读空间',
];
