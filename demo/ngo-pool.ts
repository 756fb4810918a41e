/** Picks ACTIVE NGOs for council seats and grants: by region, preferring given sectors, registered before a date. */
import { pick, type Random } from './random.js';
import type { NgoRow } from './types.js';

export interface NgoWish {
  /** Where to look; all active NGOs when omitted. */
  pool?: readonly NgoRow[];
  /** Preferred sectors: tried first, then any sector. */
  sectors?: readonly string[];
  /** Registered strictly before this date. */
  before?: string;
  /** BINs already taken. */
  exclude?: ReadonlySet<string>;
}

const ATTEMPTS = 60;

export class NgoPool {
  private readonly byRegion = new Map<string, NgoRow[]>();

  constructor(readonly active: readonly NgoRow[]) {
    for (const ngo of active) {
      const list = this.byRegion.get(ngo.regionCode) ?? [];
      list.push(ngo);
      this.byRegion.set(ngo.regionCode, list);
    }
  }

  inRegion(regionCode: string): readonly NgoRow[] {
    return this.byRegion.get(regionCode) ?? [];
  }

  pick(random: Random, wish: NgoWish = {}): NgoRow | null {
    const pool = wish.pool?.length ? wish.pool : this.active;
    const fits = (ngo: NgoRow, withSectors: boolean): boolean =>
      (!wish.before || ngo.registeredOn < wish.before) &&
      !wish.exclude?.has(ngo.bin) &&
      (!withSectors || !wish.sectors || ngo.sectors.some((s) => wish.sectors!.includes(s)));
    for (const withSectors of [true, false]) {
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const ngo = pick(random, pool);
        if (fits(ngo, withSectors)) return ngo;
      }
    }
    return null;
  }
}
