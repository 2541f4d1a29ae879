import type { Db } from '../db/client.ts';
import { getSetting, setSetting } from '../domains/platform/platform.queries.ts';
import { loadNordicMunicipalities } from '../domains/tenancy/reference-data.ts';
import { upsertRegistry } from '../domains/tenancy/tenancy.queries.ts';

// Bump when the bundled registry files change, so existing databases pick up the new division.
const registryVersion = 'se-2024+no-2024+population-2024';

/** Loads every Nordic municipality and county; skipped when this registry version is already in. */
export async function seedRegistry(
  db: Db,
  opts: { force?: boolean } = {},
): Promise<{ loaded: boolean; municipalities: number }> {
  if (!opts.force && (await getSetting(db, 'registry_version')) === registryVersion) {
    return { loaded: false, municipalities: 0 };
  }
  const { counties, municipalities } = loadNordicMunicipalities();
  await db.transaction(async (tx) => {
    await upsertRegistry(tx, counties, municipalities);
    await setSetting(tx, 'registry_version', registryVersion);
  });
  return { loaded: true, municipalities: municipalities.length };
}
