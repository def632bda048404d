// Fictional people: Chinese names, mobile numbers, checksum-valid resident ID numbers and the seed's learners.
import { residentIdCheckCharacter } from '@learning-city/core';
import { MAGIC } from '../magic.js';
import { ALL_DISTRICTS } from './divisions.js';
import type { IdFactory, Random } from './random.js';
import { addDays } from './time.js';
import type { SeedLearner } from './types.js';
import { GIVEN_CHARS, SURNAMES } from './words/names.js';

const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '156',
  '157',
  '158',
  '159',
  '166',
  '176',
  '177',
  '180',
  '181',
  '182',
  '185',
  '186',
  '187',
  '188',
  '189',
  '199',
];

/** A Chinese name: a surname and one or two given-name characters. */
export function chineseName(random: Random): string {
  const surname = random.weighted(SURNAMES);
  const given = random.pick(GIVEN_CHARS) + (random.chance(0.7) ? random.pick(GIVEN_CHARS) : '');
  return surname + given;
}

/** A mobile number matching `^1[3-9]\d{9}$`. */
export function mobileNumber(random: Random): string {
  return random.pick(MOBILE_PREFIXES) + random.digits(8);
}

/** A checksum-valid resident ID number for a region code and birth date (`YYYY-MM-DD`). */
function residentIdNumber(regionCode: string, birthDate: string, sequence: number): string {
  const first17 = `${regionCode}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** The seed's learners; the first one carries the magic "always rejected" ID number. */
export function generateLearners(random: Random, ids: IdFactory, today: string, count = 50): SeedLearner[] {
  const learners: SeedLearner[] = [
    {
      id: ids.next('lrn'),
      name: chineseName(random),
      residentId: MAGIC.rejectedLearnerResidentId,
      mobile: mobileNumber(random),
    },
  ];
  const used = new Set<string>([MAGIC.rejectedLearnerResidentId]);
  while (learners.length < count) {
    const district = random.pick(ALL_DISTRICTS);
    // Adults from 18 to 75, plus the odd teenager (credit for youth programmes).
    const ageDays = random.chance(0.1) ? random.int(14 * 365, 17 * 365) : random.int(18 * 365 + 5, 75 * 365);
    const residentId = residentIdNumber(district.code, addDays(today, -ageDays), random.int(1, 999));
    if (used.has(residentId)) continue;
    used.add(residentId);
    learners.push({
      id: ids.next('lrn'),
      name: chineseName(random),
      residentId,
      mobile: mobileNumber(random),
    });
  }
  return learners;
}
