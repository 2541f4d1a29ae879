import type { Db } from '../../db/client.ts';
import { TtlCache } from '../../lib/ttl-cache.ts';
import {
  type CountyRow,
  findMunicipalities,
  getMunicipality,
  listCounties,
  type MunicipalityFilter,
  type MunicipalityRow,
} from './tenancy.queries.ts';

/**
 * The municipality registry changes only when it is re-seeded (a new municipal division), so every
 * process keeps a short-lived copy of what it read. Nothing here is private or per-user, and a
 * minute of staleness after a re-seed is harmless; sessions, limits and anything users write are
 * never cached.
 */
export type RegistryCache = {
  municipalities(filter: MunicipalityFilter): Promise<{ total: number; items: MunicipalityRow[] }>;
  municipality(id: string): Promise<MunicipalityRow | undefined>;
  counties(country?: 'SE' | 'NO'): Promise<CountyRow[]>;
  /** Rendered fragments of public registry pages, keyed by the caller. */
  fragments: TtlCache<string>;
  /** Whole responses that are the same for every anonymous visitor, as bytes ready to send. */
  responses: TtlCache<Uint8Array>;
};

export function createRegistryCache(db: Db, ttlMs = 60_000): RegistryCache {
  const lists = new TtlCache<{ total: number; items: MunicipalityRow[] }>(ttlMs, 500);
  const singles = new TtlCache<MunicipalityRow | undefined>(ttlMs, 2000);
  const countyLists = new TtlCache<CountyRow[]>(ttlMs, 10);
  return {
    municipalities: (f) =>
      lists.get(JSON.stringify([f.country, f.countyCode, f.q, f.page, f.pageSize]), () =>
        findMunicipalities(db, f),
      ),
    municipality: (id) => singles.get(id, () => getMunicipality(db, id)),
    counties: (country) => countyLists.get(country ?? '', () => listCounties(db, country)),
    fragments: new TtlCache<string>(ttlMs, 500),
    responses: new TtlCache<Uint8Array>(ttlMs, 500),
  };
}

declare module '../../web/env.ts' {
  interface AppServices {
    registry: RegistryCache;
  }
}
