import type { Branding } from '../../web/layout.tsx';
import type { BrandingRow } from './branding.queries.ts';

const extension = { 'image/png': 'png', 'image/svg+xml': 'svg' } as const;

/** Where a municipality's logo is served: its hash in the name, so it is cached for a year. */
export function logoPath(municipalityId: string, logo: NonNullable<BrandingRow['logo']>): string {
  return `/branding/${municipalityId}/logo-${logo.hash}.${extension[logo.type]}`;
}

/** Where a municipality's colour is served as a stylesheet: the colour is its name. */
export function accentPath(municipalityId: string, accentColour: string): string {
  return `/branding/${municipalityId}/accent-${accentColour.slice(1)}.css`;
}

/** The stylesheet that gives a municipality's pages its colour. */
export function accentStylesheet(accentColour: string): string {
  return `:root{--samskap-accent:${accentColour}}\n`;
}

/** What the layout needs to show a municipality's own look; undefined when it has none. */
export function brandingOf(
  municipalityId: string,
  row: BrandingRow | null | undefined,
): Branding | undefined {
  if (!row || (!row.logo && !row.accentColour)) return undefined;
  return {
    logoUrl: row.logo ? logoPath(municipalityId, row.logo) : undefined,
    stylesheetUrl: row.accentColour ? accentPath(municipalityId, row.accentColour) : undefined,
  };
}
