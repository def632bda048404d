// The districts offered by default: the two cities the platform serves (GB/T 2260, 2023 edition).
// A page for another city sets the `districts` property instead.

/** One choice of the district field. */
export interface DistrictOption {
  /** GB/T 2260 code (6 digits, or 12 below county level). */
  code: string;
  /** The name shown, e.g. 海淀区. */
  name: string;
  /** The English name, when the form is in English. */
  nameEn?: string;
  /** The city it belongs to, for grouping, e.g. 北京市. */
  city?: string;
  cityEn?: string;
}

const city = (name: string, nameEn: string, list: string) =>
  list.split(',').map((entry): DistrictOption => {
    const [code = '', zh = '', enName = ''] = entry.split(':');
    return { code, name: zh, nameEn: enName, city: name, cityEn: nameEn };
  });

/** Beijing's 16 districts and Luoyang's 14 county-level divisions. */
export const DEFAULT_DISTRICTS: readonly DistrictOption[] = [
  ...city(
    '北京市',
    'Beijing',
    '110101:东城区:Dongcheng,110102:西城区:Xicheng,110105:朝阳区:Chaoyang,110106:丰台区:Fengtai,' +
      '110107:石景山区:Shijingshan,110108:海淀区:Haidian,110109:门头沟区:Mentougou,110111:房山区:Fangshan,' +
      '110112:通州区:Tongzhou,110113:顺义区:Shunyi,110114:昌平区:Changping,110115:大兴区:Daxing,' +
      '110116:怀柔区:Huairou,110117:平谷区:Pinggu,110118:密云区:Miyun,110119:延庆区:Yanqing',
  ),
  ...city(
    '洛阳市',
    'Luoyang',
    '410302:老城区:Laocheng,410303:西工区:Xigong,410304:瀍河回族区:Chanhe,410305:涧西区:Jianxi,' +
      '410307:偃师区:Yanshi,410308:孟津区:Mengjin,410311:洛龙区:Luolong,410323:新安县:Xin’an,' +
      '410324:栾川县:Luanchuan,410325:嵩县:Song,410326:汝阳县:Ruyang,410327:宜阳县:Yiyang,' +
      '410328:洛宁县:Luoning,410329:伊川县:Yichuan',
  ),
];
