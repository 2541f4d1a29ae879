import type { Db } from '../../db/client.ts';
import { NotifiedCache } from '../../db/notified-cache.ts';
import { findOidcProvider } from '../identity/oidc/oidc.queries.ts';
import { offersLogin } from '../identity/oidc/oidc-client.ts';
import { type BrandingRow, findBranding } from './branding.queries.ts';
import { listDepartments } from './tenancy.queries.ts';

/** The channel departments and login providers announce their changes on. */
export const TENANCY_CHANNEL = 'samskap_tenancy';

/** What a municipality's own page shows of it besides the registry row. */
export type MunicipalityFacts = {
  departments: Awaited<ReturnType<typeof listDepartments>>;
  oidcAvailable: boolean;
  /** Its own colour and logo, shown on all its pages; null when its admin has set none. */
  branding: BrandingRow | null;
};

/**
 * A municipality's departments, whether it offers login through its own provider, and its colour
 * and logo: read on every visit to its pages, changed by its admins now and then; forgotten
 * whenever any of them changes anywhere (NotifiedCache).
 */
export class MunicipalityFactsCache extends NotifiedCache<MunicipalityFacts> {
  constructor(maxEntries = 1_000) {
    super(TENANCY_CHANNEL, maxEntries);
  }

  of(db: Db, municipalityId: string): Promise<MunicipalityFacts> {
    return this.get(municipalityId, async () => {
      const [departments, provider, branding] = await Promise.all([
        listDepartments(db, municipalityId),
        findOidcProvider(db, municipalityId),
        findBranding(db, municipalityId),
      ]);
      return Object.freeze({
        departments,
        oidcAvailable: provider ? offersLogin(provider) : false,
        branding,
      });
    });
  }
}

declare module '../../web/env.ts' {
  interface AppServices {
    municipalityFacts: MunicipalityFactsCache;
  }
}
