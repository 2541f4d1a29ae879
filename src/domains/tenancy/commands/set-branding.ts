import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { CommandContext } from '../../../lib/context.ts';
import { fail, ok, type Result } from '../../../lib/result.ts';
import { inTransaction } from '../../../lib/transaction.ts';
import type { Actor } from '../../../vocabulary/actor.ts';
import { audit } from '../../audit/record.ts';
import { isAdminOf } from '../../identity/identity.policy.ts';
import { saveBranding } from '../branding.queries.ts';
import { checkLogo, parseHexColour, readableOnWhite } from '../branding-rules.ts';

/**
 * The colour field: empty for Samskap's own colour, else `#rrggbb` dark enough that white text on
 * it and links in it on white reach WCAG's 4.5:1.
 */
export const brandingInput = z.object({
  accentColour: z
    .string()
    .max(20, 'tenancy.branding.error.colourFormat')
    .transform((s) => s.trim())
    .refine((s) => s === '' || parseHexColour(s) !== null, 'tenancy.branding.error.colourFormat')
    .refine(
      (s) => s === '' || readableOnWhite(parseHexColour(s) ?? '#ffffff'),
      'tenancy.branding.error.contrast',
    )
    .transform((s) => (s === '' ? null : parseHexColour(s))),
  removeLogo: z
    .string()
    .optional()
    .transform((v) => v === 'on'),
});
export type BrandingInput = z.infer<typeof brandingInput>;

const logoErrors = {
  tooLarge: 'tenancy.branding.error.logoTooLarge',
  type: 'tenancy.branding.error.logoType',
  unsafe: 'tenancy.branding.error.logoUnsafe',
  dimensions: 'tenancy.branding.error.logoDimensions',
} as const;

/**
 * An admin sets their municipality's colour and logo. A new logo (bytes from an upload) replaces
 * the old one, `removeLogo` removes it, neither keeps it. The rules are checked here again, so no
 * caller can store a colour that fails the contrast rule or a logo that is not a plain image.
 */
export async function setBranding(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  input: BrandingInput & { logo?: Uint8Array | undefined },
): Promise<Result<void, 'forbidden' | 'invalid'>> {
  if (!isAdminOf(actor, municipalityId)) return fail('forbidden');
  const colour = input.accentColour;
  if (colour !== null && (parseHexColour(colour) !== colour || !readableOnWhite(colour))) {
    return fail('invalid', { accentColour: 'tenancy.branding.error.contrast' });
  }
  let logo:
    | { bytes: Uint8Array; type: 'image/png' | 'image/svg+xml'; hash: string }
    | null
    | undefined;
  if (input.logo && input.logo.length > 0) {
    const checked = checkLogo(input.logo);
    if (!checked.ok) return fail('invalid', { logo: logoErrors[checked.reason] });
    const hash = createHash('sha256').update(input.logo).digest('hex').slice(0, 12);
    logo = { bytes: input.logo, type: checked.type, hash };
  } else if (input.removeLogo) {
    logo = null;
  }
  return inTransaction(ctx, async (tx) => {
    await saveBranding(tx.db, municipalityId, { accentColour: colour, logo, now: ctx.now() });
    await audit(tx, actor, {
      municipalityId,
      action: 'municipality.branding',
      target: `municipality:${municipalityId}`,
      details: {
        accentColour: colour,
        logo:
          logo === undefined
            ? 'kept'
            : logo === null
              ? 'removed'
              : { type: logo.type, bytes: logo.bytes.length, sha256: logo.hash },
      },
    });
    return ok(undefined);
  });
}
