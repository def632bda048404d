// Validates Chinese administrative division codes (GB/T 2260 and the 12-digit statistical codes below county level).

/**
 * The two-digit province-level codes of GB/T 2260, plus 81/82/83, the prefixes that
 * residence permits for Hong Kong, Macao and Taiwan residents use.
 *
 * @example
 * PROVINCE_CODES.has('11'); // true (Beijing)
 * PROVINCE_CODES.has('99'); // false
 */
export const PROVINCE_CODES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  [
    '11 12 13 14 15', // North China
    '21 22 23', // North-east
    '31 32 33 34 35 36 37', // East China
    '41 42 43 44 45 46', // Central and South China
    '50 51 52 53 54', // South-west
    '61 62 63 64 65', // North-west
    '71', // Taiwan
    '81 82 83', // Residence permits: Hong Kong, Macao, Taiwan residents
  ]
    .join(' ')
    .split(' '),
);

/**
 * Matches the shape of a division code: 6 digits (GB/T 2260, down to county level) or
 * 12 digits (statistical codes, down to township and village level).
 *
 * @example
 * DIVISION_CODE_PATTERN.test('110105'); // true
 * DIVISION_CODE_PATTERN.test('110105001001'); // true
 * DIVISION_CODE_PATTERN.test('11010'); // false
 */
export const DIVISION_CODE_PATTERN = /^\d{6}(\d{6})?$/;

/**
 * Every reason {@link validateDivisionCode} can fail with, in the order the checks run.
 *
 * @example
 * DIVISION_CODE_FAILURES.includes('province'); // true
 */
export const DIVISION_CODE_FAILURES = ['empty', 'format', 'province'] as const;

/**
 * Why a division code was rejected.
 *
 * @example
 * const reason: DivisionCodeFailure = 'format';
 */
export type DivisionCodeFailure = (typeof DIVISION_CODE_FAILURES)[number];

/**
 * The administrative level a division code denotes.
 *
 * @example
 * const level: DivisionLevel = 'county';
 */
export type DivisionLevel = 'province' | 'prefecture' | 'county' | 'township' | 'village';

/**
 * The outcome of {@link validateDivisionCode}. The parent codes are given in their
 * 6-digit GB/T 2260 form (`'110000'`, `'110100'`, `'110105'`), or `null` when the code
 * does not reach that level (or, for prefectures without counties, skips it).
 *
 * @example
 * const result: DivisionCodeResult = validateDivisionCode('110105');
 * if (result.ok) console.log(result.level); // 'county'
 */
export type DivisionCodeResult =
  | {
      ok: true;
      level: DivisionLevel;
      provinceCode: string;
      prefectureCode: string | null;
      countyCode: string | null;
    }
  | { ok: false; reason: DivisionCodeFailure };

/**
 * Validates an administrative division code and tells which level it denotes.
 *
 * Six digits: `110000` is a province, `110100` a prefecture, `110105` a county.
 * Twelve digits: `110105000000` is still the county, `110105001000` a township
 * (last three digits `000`) and `110105001001` a village. Codes that skip a level in an
 * impossible way (a county under prefecture `00`, a village under township `000`) are
 * rejected as `'format'`; townships directly under a prefecture (as in Dongguan,
 * `441900003000`) are accepted with `countyCode: null`.
 *
 * @example
 * validateDivisionCode('410300');
 * // { ok: true, level: 'prefecture', provinceCode: '410000', prefectureCode: '410300', countyCode: null }
 * validateDivisionCode('990000'); // { ok: false, reason: 'province' }
 */
export function validateDivisionCode(value: string): DivisionCodeResult {
  const code = value.trim();
  if (code === '') return { ok: false, reason: 'empty' };
  if (!DIVISION_CODE_PATTERN.test(code)) return { ok: false, reason: 'format' };

  const province = code.slice(0, 2);
  const prefecture = code.slice(2, 4);
  const county = code.slice(4, 6);
  const township = code.slice(6, 9) || '000';
  const village = code.slice(9, 12) || '000';
  if (!PROVINCE_CODES.has(province)) return { ok: false, reason: 'province' };

  const hasPrefecture = prefecture !== '00';
  const hasCounty = county !== '00';
  const hasTownship = township !== '000';
  const hasVillage = village !== '000';
  if ((hasCounty || hasTownship) && !hasPrefecture) return { ok: false, reason: 'format' };
  if (hasVillage && !hasTownship) return { ok: false, reason: 'format' };

  const provinceCode = `${province}0000`;
  const prefectureCode = hasPrefecture ? `${province}${prefecture}00` : null;
  const countyCode = hasCounty ? code.slice(0, 6) : null;
  const level: DivisionLevel = hasVillage
    ? 'village'
    : hasTownship
      ? 'township'
      : hasCounty
        ? 'county'
        : hasPrefecture
          ? 'prefecture'
          : 'province';
  return { ok: true, level, provinceCode, prefectureCode, countyCode };
}
