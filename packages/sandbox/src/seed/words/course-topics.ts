// Course topics for the first five "1+8" categories, grouped by who they serve (and, where local, by city).
import type { Audience } from '@learning-city/core';
import type { CityKey } from '../divisions.js';

/** Topics that share audiences (and, when set, belong to one city only). */
export interface TopicGroup {
  city?: CityKey;
  audiences: Audience[];
  topics: string[];
}

export const PRACTICAL_SKILLS: TopicGroup[] = [
  {
    audiences: ['seniors', 'residents'],
    topics: [
      '智能手机应用入门',
      '智能手机拍照与修图',
      '微信使用与视频通话',
      '手机支付与网上挂号',
      '老年人防诈骗知识',
      '短视频拍摄与剪辑',
      '用手机查公交、打车与导航',
      '电脑基础与文字录入',
      '网上办事：政务服务App使用',
      'AI助手日常应用入门',
      '家用电器安全使用与维护',
      '家庭理财与防范非法集资',
    ],
  },
  {
    audiences: ['employees', 'veterans', 'farmers'],
    topics: [
      '电工技能（1+X）',
      '低压电工作业（特种作业操作证）',
      '焊工基础与实训',
      '汽车维修基础',
      '新能源汽车维护',
      '无人机操控与应用（1+X）',
      '工业机器人操作与运维（1+X）',
      '数控车床操作',
      '物流管理与仓储实务',
      '电子商务运营（1+X）',
      '直播带货与网店运营',
      '办公软件高级应用（WPS/Office）',
      'Python编程入门',
      '数据分析与可视化入门',
      '网络安全基础',
      '叉车司机技能培训',
    ],
  },
  {
    audiences: ['residents', 'employees', 'disabled'],
    topics: [
      '中式面点制作',
      '中式烹调师（初级）',
      '西式面点与烘焙',
      '咖啡制作与服务',
      '茶艺师技能',
      '育婴员技能培训',
      '养老护理员技能培训',
      '家政服务员技能培训',
      '收纳整理师入门',
      '美容美发基础',
      '手语入门',
      '盲人保健按摩基础',
      '插花与花艺设计',
      '服装裁剪与缝纫',
    ],
  },
  {
    audiences: ['farmers', 'residents'],
    topics: [
      '果树修剪与病虫害防治',
      '设施蔬菜种植技术',
      '食用菌栽培技术',
      '中药材种植技术',
      '牡丹种植与养护',
      '乡村民宿经营与服务',
      '农产品电商与品牌推广',
      '畜禽养殖与防疫',
      '高素质农民培育：合作社经营管理',
      '农机驾驶与维修',
    ],
  },
];

export const HELUO_CULTURE: TopicGroup[] = [
  {
    audiences: ['residents', 'youth', 'seniors'],
    topics: [
      '河洛文化与二里头遗址',
      '河洛文化概论',
      '河图洛书与中华文明起源',
      '十三朝古都洛阳史话',
      '隋唐洛阳城的前世今生',
      '龙门石窟艺术赏析',
      '白马寺与佛教东传',
      '汉魏洛阳故城考古发现',
      '丝绸之路起点洛阳',
      '隋唐大运河与洛阳',
      '洛阳牡丹文化',
      '洛阳古墓博物馆里的壁画',
      '唐三彩的历史与鉴赏',
      '洛阳水席与豫西饮食文化',
      '河洛大鼓欣赏与学唱',
      '洛阳方言与民俗',
      '二程理学与洛学传统',
      '杜甫、白居易与洛阳',
      '洛阳古代书法碑刻欣赏',
      '东周王城与天子驾六',
      '关林与关公文化',
      '河洛民居与古村落',
      '偃师商城遗址导读',
      '黄河文化与小浪底',
      '洛阳非遗：宫灯制作',
    ],
  },
];

export const SOCIAL_SCIENCE: TopicGroup[] = [
  {
    audiences: ['residents', 'employees', 'veterans'],
    topics: [
      '民法典与百姓生活',
      '劳动合同与劳动者权益',
      '个人信息保护常识',
      '社区治理与居民议事',
      '公共政策解读',
      '退役军人优待政策解读',
      '社会保险与医疗保障政策',
      '城市垃圾分类与绿色生活',
      '消费者权益保护',
      '新时代文明实践与志愿服务',
      '心理学与日常生活',
      '婚姻家庭法律常识',
      '生态文明与碳中和',
    ],
  },
  {
    audiences: ['seniors', 'residents'],
    topics: [
      '老年人权益保障法解读',
      '遗嘱与继承法律常识',
      '积极老龄观：退休生活规划',
      '代际沟通与家庭和谐',
      '养老服务政策解读',
      '社区志愿服务实务',
    ],
  },
];

export const CULTURAL_LITERACY: TopicGroup[] = [
  {
    audiences: ['residents', 'youth', 'seniors'],
    topics: [
      '唐诗宋词鉴赏',
      '《论语》导读',
      '《红楼梦》人物品读',
      '中国古代史通识',
      '普通话水平提升',
      '演讲与口才',
      '文学写作与散文创作',
      '家风家训与中华传统美德',
      '中华传统节日文化',
      '现代诗歌朗诵',
      '世界文明简史',
      '科学素养：身边的物理',
      '天文观测入门',
      '英语口语（日常交际）',
      '实用应用文写作',
      '经典诵读与吟诵',
      '中国传统礼仪',
      '《史记》故事选读',
      '汉字的故事',
      '诗经楚辞选读',
    ],
  },
];

export const FAMILY_EDUCATION: TopicGroup[] = [
  {
    audiences: ['parents', 'residents'],
    topics: [
      '家庭教育：如何陪伴青春期孩子',
      '0～3岁婴幼儿科学养育',
      '幼小衔接家长课堂',
      '亲子沟通技巧',
      '孩子的情绪管理与心理健康',
      '家庭阅读与亲子共读',
      '隔代教养：祖辈如何帮带孙辈',
      '中考升学规划家长课',
      '儿童近视防控与用眼卫生',
      '青少年网络素养与防沉迷',
      '家庭劳动教育实践',
      '家风建设与书香家庭',
      '二孩家庭的手足关系',
      '学习习惯养成与时间管理',
      '儿童安全教育与防拐防骗',
      '特殊需要儿童家庭支持',
    ],
  },
  {
    audiences: ['youth', 'parents'],
    topics: ['青少年生涯规划', '青春期健康教育', '中学生学习方法指导', '青少年自护与防欺凌'],
  },
];
