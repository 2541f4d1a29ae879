import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { LogoType } from './branding-rules.ts';
import { municipalityBranding } from './tenancy.schema.ts';

/** A municipality's colour and what is known of its logo, without the logo's bytes. */
export type BrandingRow = {
  accentColour: string | null;
  logo: { type: LogoType; hash: string } | null;
};

/** The municipality's branding, or null when its admin has set none. */
export async function findBranding(db: Db, municipalityId: string): Promise<BrandingRow | null> {
  const [row] = await db
    .select({
      accentColour: municipalityBranding.accentColour,
      logoType: municipalityBranding.logoType,
      logoHash: municipalityBranding.logoHash,
    })
    .from(municipalityBranding)
    .where(eq(municipalityBranding.municipalityId, municipalityId));
  if (!row) return null;
  return {
    accentColour: row.accentColour,
    logo:
      row.logoType && row.logoHash ? { type: row.logoType as LogoType, hash: row.logoHash } : null,
  };
}

/** The logo's bytes, type and hash, or undefined when the municipality has none. */
export async function findLogo(
  db: Db,
  municipalityId: string,
): Promise<{ bytes: Uint8Array; type: LogoType; hash: string } | undefined> {
  const [row] = await db
    .select({
      logo: municipalityBranding.logo,
      logoType: municipalityBranding.logoType,
      logoHash: municipalityBranding.logoHash,
    })
    .from(municipalityBranding)
    .where(eq(municipalityBranding.municipalityId, municipalityId));
  if (!row?.logo || !row.logoType || !row.logoHash) return undefined;
  return { bytes: row.logo, type: row.logoType as LogoType, hash: row.logoHash };
}

/**
 * Sets the colour and, unless `logo` is undefined (keep it), the logo: bytes to replace it, null
 * to remove it.
 */
export async function saveBranding(
  db: Db,
  municipalityId: string,
  values: {
    accentColour: string | null;
    logo?: { bytes: Uint8Array; type: LogoType; hash: string } | null | undefined;
    now: Date;
  },
): Promise<void> {
  const logoColumns =
    values.logo === undefined
      ? {}
      : {
          logo: values.logo?.bytes ?? null,
          logoType: values.logo?.type ?? null,
          logoHash: values.logo?.hash ?? null,
        };
  const set = { accentColour: values.accentColour, ...logoColumns, updatedAt: values.now };
  await db
    .insert(municipalityBranding)
    .values({ municipalityId, ...set })
    .onConflictDoUpdate({ target: municipalityBranding.municipalityId, set });
}
