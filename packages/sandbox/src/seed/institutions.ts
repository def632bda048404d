// Partner institutions of every kind in both cities, and an index to find them by city, district and kind.
import type { Institution, InstitutionKind } from '@learning-city/core';
import { CITY_DISTRICTS, districtByName, type CityKey, type District } from './divisions.js';
import type { IdFactory, Random } from './random.js';
import { NAMED, PER_DISTRICT } from './words/institutions.js';
import { ROADS } from './words/course-text.js';

/** An institution with the district it sits in. */
export interface PlacedInstitution {
  institution: Institution;
  district: District;
  address: string;
  /** Whether it serves the whole city (and so runs teaching points in other districts). */
  cityWide: boolean;
}

const CITY_WIDE_KINDS: readonly InstitutionKind[] = [
  'university',
  'vocational_college',
  'enterprise',
  'social_organization',
];
/** City-level names: 北京老年开放大学, 洛阳市老年大学 — but not 北京市西城区第一图书馆. */
const CITY_LEVEL_NAME = /^(北京|首都|洛阳)(?!市.{1,4}区)/;

const AREA_CODES: Record<CityKey, string> = { beijing: '010', luoyang: '0379' };

/** A fictional street address in a district, e.g. 涧西区中州路128号. */
export function streetAddress(random: Random, district: District): string {
  return `${district.name}${random.pick(ROADS[district.city])}${random.int(1, 299)}号`;
}

function place(random: Random, ids: IdFactory, kind: InstitutionKind, name: string, district: District) {
  const address = streetAddress(random, district);
  const phone = `${AREA_CODES[district.city]}-${random.int(6, 8)}${random.digits(7)}`;
  const institution: Institution = {
    id: ids.next('ins'),
    name,
    kind,
    divisionCode: district.code,
    address,
    phone,
  };
  const cityWide = CITY_WIDE_KINDS.includes(kind) || CITY_LEVEL_NAME.test(name);
  return { institution, district, address, cityWide };
}

/** Every institution: each district's community college and cultural centre, then the named ones. */
export function generateInstitutions(random: Random, ids: IdFactory): PlacedInstitution[] {
  const out: PlacedInstitution[] = [];
  for (const city of ['beijing', 'luoyang'] as const) {
    for (const district of CITY_DISTRICTS[city]) {
      for (const [kind, pattern] of PER_DISTRICT[city]) {
        out.push(place(random, ids, kind, pattern.replace('{d}', district.name), district));
      }
    }
    for (const [kind, name, districtName] of NAMED[city]) {
      out.push(place(random, ids, kind, name, districtByName(districtName)));
    }
  }
  return out;
}

/** Lookups over the generated institutions. */
export class InstitutionIndex {
  private readonly byDistrict = new Map<string, PlacedInstitution[]>();
  private readonly byCityKind = new Map<string, PlacedInstitution[]>();
  private readonly chooseCache = new Map<
    string,
    { localFit: PlacedInstitution[]; cityFit: PlacedInstitution[] }
  >();

  constructor(readonly all: PlacedInstitution[]) {
    for (const entry of all) {
      const code = entry.district.code;
      this.byDistrict.set(code, [...(this.byDistrict.get(code) ?? []), entry]);
      const key = `${entry.district.city}:${entry.institution.kind}`;
      this.byCityKind.set(key, [...(this.byCityKind.get(key) ?? []), entry]);
    }
  }

  /** Institutions in a district (every district has at least two). */
  inDistrict(code: string): PlacedInstitution[] {
    return this.byDistrict.get(code) ?? [];
  }

  /** Institutions of some kinds in a city. */
  ofKinds(city: CityKey, kinds: readonly InstitutionKind[]): PlacedInstitution[] {
    return kinds.flatMap((kind) => this.byCityKind.get(`${city}:${kind}`) ?? []);
  }

  /**
   * An institution to run something in `district`: preferably a local one of the wanted kinds, otherwise a
   * city-wide one of those kinds (at one of its teaching points), otherwise any local one.
   */
  choose(random: Random, district: District, kinds: readonly InstitutionKind[], localBias = 0.65) {
    const local = this.inDistrict(district.code);
    const key = `${district.code}:${kinds.join(',')}`;
    let fits = this.chooseCache.get(key);
    if (!fits) {
      fits = {
        localFit: local.filter((e) => kinds.includes(e.institution.kind)),
        cityFit: this.ofKinds(district.city, kinds).filter((e) => e.cityWide || e.district === district),
      };
      this.chooseCache.set(key, fits);
    }
    if (fits.localFit.length > 0 && random.chance(localBias)) return random.pick(fits.localFit);
    if (fits.cityFit.length > 0) return random.pick(fits.cityFit);
    return random.pick(local);
  }
}
