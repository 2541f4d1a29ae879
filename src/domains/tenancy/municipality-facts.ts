import type { Db } from '../../db/client.ts';
import { NotifiedCache } from '../../db/notified-cache.ts';
import { findOidcProvider } from '../identity/oidc/oidc.queries.ts';
import { listDepartments } from './tenancy.queries.ts';

/** The channel departments and login providers announce their changes on. */
export const TENANCY_CHANNEL = 'samskap_tenancy';

/** What a municipality's own page shows of it besides the registry row. */
export type MunicipalityFacts = {
  departments: Awaited<ReturnType<typeof listDepartments>>;
  oidcAvailable: boolean;
};

/**
 * A municipality's departments and whether it offers login through its own provider: read on
 * every visit to its page, changed by its admins now and then; forgotten whenever either changes
 * anywhere (NotifiedCache).
 */
export class MunicipalityFactsCache extends NotifiedCache<MunicipalityFacts> {
  constructor(maxEntries = 1_000) {
    super(TENANCY_CHANNEL, maxEntries);
  }

  of(db: Db, municipalityId: string): Promise<MunicipalityFacts> {
    return this.get(municipalityId, async () => {
      const [departments, provider] = await Promise.all([
        listDepartments(db, municipalityId),
        findOidcProvider(db, municipalityId),
      ]);
      return Object.freeze({ departments, oidcAvailable: Boolean(provider?.enabled) });
    });
  }
}

declare module '../../web/env.ts' {
  interface AppServices {
    municipalityFacts: MunicipalityFactsCache;
  }
}
