// Partner institutions beyond each district's community college and cultural centre (fictional but plausible).
import type { InstitutionKind } from '@learning-city/core';
import type { CityKey } from '../divisions.js';

/** One named institution in a district. */
export type InstitutionSpec = readonly [kind: InstitutionKind, name: string, district: string];

/** Name patterns every district gets: `{d}` is the district's name. */
export const PER_DISTRICT: Record<CityKey, readonly (readonly [InstitutionKind, string])[]> = {
  beijing: [
    ['community_college', '{d}社区学院'],
    ['cultural_center', '{d}文化馆'],
  ],
  luoyang: [
    ['community_college', '{d}社区教育学院'],
    ['cultural_center', '{d}文化馆'],
  ],
};

export const NAMED: Record<CityKey, readonly InstitutionSpec[]> = {
  beijing: [
    ['library', '北京市西城区第一图书馆', '西城区'],
    ['library', '东城区第二图书馆', '东城区'],
    ['library', '海淀区图书馆', '海淀区'],
    ['library', '朝阳区城市书房总馆', '朝阳区'],
    ['library', '通州区运河图书馆', '通州区'],
    ['library', '昌平区图书馆', '昌平区'],
    ['museum', '北京城市记忆博物馆', '东城区'],
    ['museum', '京西古道民俗博物馆', '门头沟区'],
    ['museum', '大运河文化展示馆', '通州区'],
    ['museum', '长城文化展示中心', '延庆区'],
    ['museum', '京郊农耕文化博物馆', '房山区'],
    ['school', '海淀区实验中学', '海淀区'],
    ['school', '朝阳区育才学校', '朝阳区'],
    ['school', '丰台区第五小学', '丰台区'],
    ['vocational_college', '北京城市建设职业学院', '大兴区'],
    ['vocational_college', '北京现代服务职业技术学院', '朝阳区'],
    ['vocational_college', '昌平区职业技能学校', '昌平区'],
    ['university', '北京开放大学', '西城区'],
    ['university', '北京城市学院继续教育学院', '海淀区'],
    ['university', '首都社区教育研究院', '东城区'],
    ['senior_college', '北京老年开放大学', '西城区'],
    ['senior_college', '海淀区老年大学', '海淀区'],
    ['senior_college', '朝阳区老年大学', '朝阳区'],
    ['senior_college', '丰台区乐龄学院', '丰台区'],
    ['enterprise', '京华智造科技有限公司培训中心', '大兴区'],
    ['enterprise', '中关村数字技能实训基地', '海淀区'],
    ['enterprise', '京能职工技能学校', '石景山区'],
    ['social_organization', '北京市社区教育协会', '西城区'],
    ['social_organization', '东城区家庭教育指导服务中心', '东城区'],
    ['social_organization', '北京乐龄公益服务中心', '朝阳区'],
    ['social_organization', '海淀区阅读推广协会', '海淀区'],
  ],
  luoyang: [
    ['community_college', '洛阳社区大学', '西工区'],
    ['library', '洛阳市图书馆', '洛龙区'],
    ['library', '涧西区图书馆', '涧西区'],
    ['library', '老城区图书馆', '老城区'],
    ['library', '偃师区图书馆', '偃师区'],
    ['library', '栾川县图书馆', '栾川县'],
    ['museum', '洛阳河洛文化博物馆', '洛龙区'],
    ['museum', '隋唐大运河文化展示馆', '瀍河回族区'],
    ['museum', '洛阳牡丹文化展示馆', '西工区'],
    ['museum', '孟津黄河文化展示馆', '孟津区'],
    ['museum', '偃师夏都文化展示馆', '偃师区'],
    ['school', '西工区实验小学', '西工区'],
    ['school', '洛龙区第一实验学校', '洛龙区'],
    ['school', '宜阳县第一高级中学', '宜阳县'],
    ['vocational_college', '洛阳职业技术学院', '洛龙区'],
    ['vocational_college', '洛阳市第一职业高级中学', '涧西区'],
    ['vocational_college', '洛阳技师学院', '涧西区'],
    ['university', '洛阳开放大学', '西工区'],
    ['university', '河洛理工学院继续教育学院', '洛龙区'],
    ['university', '洛阳师范学院继续教育学院', '洛龙区'],
    ['senior_college', '洛阳市老年大学', '西工区'],
    ['senior_college', '涧西区老年大学', '涧西区'],
    ['senior_college', '老城区老年大学', '老城区'],
    ['senior_college', '偃师区老年大学', '偃师区'],
    ['enterprise', '中州装备制造有限公司职工学校', '涧西区'],
    ['enterprise', '洛阳牡丹瓷文化创意有限公司', '孟津区'],
    ['enterprise', '栾川文旅集团培训中心', '栾川县'],
    ['social_organization', '洛阳市社区教育协会', '西工区'],
    ['social_organization', '洛龙区家庭教育指导服务中心', '洛龙区'],
    ['social_organization', '洛阳市志愿服务联合会', '老城区'],
    ['social_organization', '洛阳市阅读推广协会', '涧西区'],
  ],
};
