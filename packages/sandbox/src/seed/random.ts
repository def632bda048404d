// A small seeded PRNG (sfc32, seeded through splitmix32) with the helpers the seed generator needs.

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Mixes a 32-bit state into a well-spread 32-bit value (splitmix32). */
function splitmix32(state: number): [value: number, next: number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [(z ^ (z >>> 16)) >>> 0, next];
}

/** FNV-1a hash of a label, so independent streams can be derived by name. */
function hashLabel(label: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Cumulative weights per list, computed once (weighted picks from the same list are frequent). */
const cumulativeCache = new WeakMap<readonly unknown[], number[]>();

function cumulative(entries: readonly (readonly [unknown, number])[]): number[] {
  let sums = cumulativeCache.get(entries);
  if (!sums) {
    let total = 0;
    sums = entries.map(([, weight]) => (total += weight));
    cumulativeCache.set(entries, sums);
  }
  return sums;
}

/** A deterministic random source: the same seed always yields the same sequence. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private readonly seed: number;

  constructor(seed: number) {
    this.seed = seed >>> 0;
    let state = this.seed;
    let value: number;
    [value, state] = splitmix32(state);
    this.a = value;
    [value, state] = splitmix32(state);
    this.b = value;
    [value, state] = splitmix32(state);
    this.c = value;
    [value] = splitmix32(state);
    this.d = value;
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** An independent stream for one part of the data, so changing one part leaves the others alone. */
  fork(label: string): Random {
    return new Random((this.seed ^ hashLabel(label)) >>> 0);
  }

  /** The next unsigned 32-bit value. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One value, chosen with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const sums = cumulative(entries);
    const roll = this.next() * (sums[sums.length - 1] ?? 0);
    let lo = 0;
    let hi = sums.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sums[mid] ?? 0) > roll) hi = mid;
      else lo = mid + 1;
    }
    const entry = entries[lo];
    if (!entry) throw new Error('weighted pick from an empty list');
    return entry[0];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }

  /** `count` distinct elements, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.min(count, items.length));
  }

  /** `length` base62 characters. */
  base62(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += BASE62[this.uint32() % 62];
    return out;
  }

  /** `length` decimal digits (leading zeros allowed). */
  digits(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += String(this.uint32() % 10);
    return out;
  }
}

/** Hands out prefixed IDs such as `crs_8fK2mQ1xA0bZ`, never the same one twice. */
export class IdFactory {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  /** A fresh random ID with this prefix. */
  next(prefix: string): string {
    for (;;) {
      const id = `${prefix}_${this.random.base62(12)}`;
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }

  /** Reserves a fixed ID (a magic value) so no random one collides with it. */
  reserve(id: string): string {
    if (this.used.has(id)) throw new Error(`duplicate id ${id}`);
    this.used.add(id);
    return id;
  }
}
