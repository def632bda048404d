// The seed's divisions (Beijing's 16 districts, Luoyang's 14), read from data/divisions.json next to the package.
import { readFileSync } from 'node:fs';

/** The two cities the sandbox seeds. */
export type CityKey = 'beijing' | 'luoyang';

export interface District {
  code: string;
  name: string;
  city: CityKey;
  cityName: string;
}

interface DivisionsFile {
  version: string;
  cities: { code: string; name: string; districts: { code: string; name: string }[] }[];
}

// Read rather than `import … with { type: 'json' }`: the path resolves the same from src/seed and dist/seed,
// and the build (rollup without a JSON plugin) needs nothing extra.
const file = JSON.parse(
  readFileSync(new URL('../../data/divisions.json', import.meta.url), 'utf8'),
) as DivisionsFile;

const CITY_KEYS: Record<string, CityKey> = { '110000': 'beijing', '410300': 'luoyang' };

/** The GB/T 2260 edition the codes come from. */
export const DIVISION_VERSION = Number(file.version);

function districtsOf(city: CityKey): District[] {
  const entry = file.cities.find((c) => CITY_KEYS[c.code] === city);
  if (!entry) throw new Error(`divisions.json has no ${city}`);
  return entry.districts.map((d) => ({ code: d.code, name: d.name, city, cityName: entry.name }));
}

export const CITY_DISTRICTS: Record<CityKey, District[]> = {
  beijing: districtsOf('beijing'),
  luoyang: districtsOf('luoyang'),
};

/** Every district of both cities, Beijing first. */
export const ALL_DISTRICTS: District[] = [...CITY_DISTRICTS.beijing, ...CITY_DISTRICTS.luoyang];

/** Looks a district up by name. */
export function districtByName(name: string): District {
  const found = ALL_DISTRICTS.find((d) => d.name === name);
  if (!found) throw new Error(`unknown district ${name}`);
  return found;
}
