import { z } from 'zod';
import { municipalRoles } from '../../vocabulary/actor.ts';

// Message strings are i18n keys: the form renders them in the visitor's language.
export const emailInput = z
  .string({ error: 'error.required' })
  .trim()
  .min(1, 'error.required')
  .max(254, 'error.tooLong')
  .pipe(z.email({ error: 'error.email' }))
  .transform((v) => v.toLowerCase());

export const newPasswordInput = z
  .string({ error: 'error.required' })
  .min(12, 'identity.error.passwordShort')
  .max(256, 'error.tooLong');

export const municipalityIdInput = z
  .string({ error: 'error.required' })
  .trim()
  .regex(/^(SE-\d{4}|NO-\d{4})$/, 'identity.error.municipality');

export const registerInput = z.object({
  name: z
    .string({ error: 'error.required' })
    .trim()
    .min(1, 'error.required')
    .max(200, 'error.tooLong'),
  email: emailInput,
  password: newPasswordInput,
  municipalityId: municipalityIdInput,
});
export type RegisterInput = z.infer<typeof registerInput>;

/** The token of a registration link: 32 random bytes in base64url (`randomSecret`). */
export const registrationTokenInput = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'identity.register.linkUnknown'),
});

/** The form asking for a password reset link. */
export const passwordResetRequestInput = z.object({ email: emailInput });

/** The token in a password reset link's address: 32 random bytes in base64url (`randomSecret`). */
export const passwordResetToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** The form on a password reset link's page. */
export const newPasswordForm = z.object({ password: newPasswordInput });

export const loginInput = z.object({
  email: emailInput,
  password: z
    .string({ error: 'error.required' })
    .min(1, 'error.required')
    .max(256, 'error.tooLong'),
});
export type LoginInput = z.infer<typeof loginInput>;

export const grantRoleInput = z.object({
  email: emailInput,
  role: z.enum(municipalRoles, { error: 'identity.error.role' }),
  departmentId: z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.uuid({ error: 'identity.error.department' }).optional())
    .optional(),
});
export type GrantRoleInput = z.infer<typeof grantRoleInput>;

/** A token lives 90 days unless its owner chooses otherwise, and never more than a year. */
export const API_TOKEN_DEFAULT_DAYS = 90;
export const API_TOKEN_MAX_DAYS = 365;

export const tokenNameInput = z.object({
  name: z
    .string({ error: 'error.required' })
    .trim()
    .min(1, 'error.required')
    .max(100, 'error.tooLong'),
  municipalityId: municipalityIdInput,
  expiresInDays: z.coerce
    .number({ error: 'identity.error.tokenDays' })
    .int('identity.error.tokenDays')
    .min(1, 'identity.error.tokenDays')
    .max(API_TOKEN_MAX_DAYS, 'identity.error.tokenDays')
    .default(API_TOKEN_DEFAULT_DAYS),
});
export type TokenNameInput = z.infer<typeof tokenNameInput>;

export const oidcConfigInput = z.object({
  issuer: z
    .string({ error: 'error.required' })
    .trim()
    .max(500, 'error.tooLong')
    .pipe(z.url({ protocol: /^https?$/, error: 'error.url' })),
  clientId: z
    .string({ error: 'error.required' })
    .trim()
    .min(1, 'error.required')
    .max(500, 'error.tooLong'),
  clientSecret: z.string().max(2000, 'error.tooLong').optional(),
  enabled: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()),
});
export type OidcConfigInput = z.infer<typeof oidcConfigInput>;

/** The account page's "link the municipality's login" button. */
export const loginLinkInput = z.object({ municipality: municipalityIdInput });

/** Deleting one's account: the password, or the e-mail address for accounts without one. */
export const deleteAccountInput = z.object({
  confirmation: z
    .string({ error: 'error.required' })
    .min(1, 'error.required')
    .max(256, 'error.tooLong'),
});
export type DeleteAccountInput = z.infer<typeof deleteAccountInput>;
