// Offerings (开班) of one course: terms around "now", weekly schedules, venues, teachers and seats.
import type { Course, DefaultCourseCategory, Offering, Place } from '@learning-city/core';
import { DIVISION_VERSION, type District } from './divisions.js';
import { streetAddress, type PlacedInstitution } from './institutions.js';
import { chineseName } from './people.js';
import type { IdFactory, Random } from './random.js';
import { addDays, addMinutes, isoWeekday } from './time.js';
import { ROOMS } from './words/course-text.js';

const START_TIMES = ['08:30', '09:00', '09:30', '10:00', '14:00', '14:30', '15:00', '19:00'];
const SESSION_MINUTES = [90, 90, 120, 120, 150, 180];
const WEEKDAY_COUNTS = [
  [1, 45],
  [2, 40],
  [3, 15],
] as const;
const CLASS_NUMBERS = ['', '（二班）', '（三班）'];

/** 春季班 / 暑期班 / 秋季班 / 冬季班 by the month a class starts. */
function termTitle(startsOn: string): string {
  const year = startsOn.slice(0, 4);
  const month = Number(startsOn.slice(5, 7));
  if (month >= 3 && month <= 6) return `${year}年春季班`;
  if (month >= 7 && month <= 8) return `${year}年暑期班`;
  if (month >= 9 && month <= 11) return `${year}年秋季班`;
  return `${year}年冬季班`;
}

/** Weekdays a class meets: weekday evenings and mornings, or weekends. */
function pickWeekdays(random: Random): number[] {
  if (random.chance(0.2)) return random.pick([[6], [7], [6, 7]]);
  const count = random.weighted(WEEKDAY_COUNTS);
  return random.sample([1, 2, 3, 4, 5], count).sort((a, b) => a - b);
}

/** The date of the `sessions`-th meeting, when the first is on `first` (a day in `weekdays`). */
function lastSessionDate(first: string, weekdays: number[], sessions: number): string {
  const firstIndex = weekdays.indexOf(isoWeekday(first));
  const monday = addDays(first, -(isoWeekday(first) - 1));
  const last = firstIndex + sessions - 1;
  const week = Math.floor(last / weekdays.length);
  const day = weekdays[last % weekdays.length] ?? 1;
  return addDays(monday, week * 7 + day - 1);
}

/** Where a course meets: the institution itself when local, else one of its teaching points in the district. */
export function coursePlace(
  random: Random,
  course: Course,
  host: PlacedInstitution,
  district: District,
): Place {
  const base = { divisionCode: district.code, divisionVersion: DIVISION_VERSION, district: district.name };
  if (course.mode === 'online') return { name: '线上直播课堂（终身学习平台）', ...base };
  if (host.district.code === district.code) {
    return {
      name: `${host.institution.name}${random.pick(ROOMS[course.category as DefaultCourseCategory] ?? ROOMS.practical_skills)}`,
      address: host.address,
      ...base,
    };
  }
  return {
    name: `${host.institution.name}${district.name}教学点`,
    address: streetAddress(random, district),
    ...base,
  };
}

/** `count` offerings of a course around `today`. */
export function generateOfferings(
  random: Random,
  ids: IdFactory,
  course: Course,
  place: Place,
  today: string,
  count: number,
): Offering[] {
  const offerings: Offering[] = [];
  const titles = new Set<string>();
  for (let k = 0; k < count; k++) {
    const weekdays = pickWeekdays(random);
    const minutes = random.pick(SESSION_MINUTES);
    const sessions = Math.min(500, Math.max(1, Math.round((course.hours * 60) / minutes)));
    // Long courses meet more often, so a term stays within about 20 weeks.
    while (Math.ceil(sessions / weekdays.length) > 20 && weekdays.length < 5) {
      const extra = [1, 2, 3, 4, 5, 6, 7].find((d) => !weekdays.includes(d));
      if (extra === undefined) break;
      weekdays.push(extra);
      weekdays.sort((a, b) => a - b);
    }
    const offset = random.chance(0.25) ? -random.int(1, 90) : random.int(1, 180);
    let startsOn = addDays(today, offset);
    while (!weekdays.includes(isoWeekday(startsOn))) startsOn = addDays(startsOn, 1);
    const endsOn = lastSessionDate(startsOn, weekdays, sessions);
    const startTime = minutes > 150 && random.chance(0.5) ? '14:00' : random.pick(START_TIMES);

    let title = termTitle(startsOn);
    for (const suffix of CLASS_NUMBERS) {
      if (!titles.has(title + suffix)) {
        title += suffix;
        break;
      }
    }
    titles.add(title);

    const capacity = random.int(15, 60);
    let seatsLeft = 0;
    let status: Offering['status'];
    if (endsOn < today) status = 'closed';
    else if (random.chance(0.02)) status = 'cancelled';
    else if (random.chance(startsOn <= today ? 0.35 : 0.12)) status = 'full';
    else {
      status = 'open';
      seatsLeft = random.int(1, startsOn <= today ? Math.max(1, Math.floor(capacity / 4)) : capacity);
    }

    offerings.push({
      id: ids.next('off'),
      courseId: course.id,
      title,
      startsOn,
      endsOn,
      weekdays,
      startTime,
      endTime: addMinutes(startTime, minutes),
      sessions,
      place,
      teacher: chineseName(random),
      capacity,
      seatsLeft,
      status,
    });
  }
  return offerings;
}
