import * as client from 'openid-client';
import { addressCheckedFetch, isRefusedAddress } from '../../../lib/address-checked-fetch.ts';
import { isPublicAddress } from '../../../lib/public-address.ts';

/** A provider as stored: its settings and the discovery document read when an admin saved them. */
export type ProviderSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  metadata: Record<string, unknown> | null;
  updatedAt: Date;
};

/**
 * Where the server may send requests on a municipality admin's word. By default only to https
 * issuers on public addresses; OIDC_ALLOW_PRIVATE_ISSUERS opens this machine and private
 * networks (and plain http on this machine) for development and tests.
 */
export type IssuerPolicy = { allowPrivateIssuers: boolean };

const secondsToWait = 10;

/** Whether a stored provider can start a login: enabled, and checked when it was saved. */
export function offersLogin(p: { enabled: boolean; metadata: unknown }): boolean {
  return p.enabled && p.metadata !== null;
}
const publicOnly = addressCheckedFetch({ allow: isPublicAddress });
const anyAddress = addressCheckedFetch({ allow: () => true });
const fetchFor = (policy: IssuerPolicy) => (policy.allowPrivateIssuers ? anyAddress : publicOnly);

function isLoopbackHost(url: URL) {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** Whether the issuer's scheme is allowed: https, or http on this machine when private issuers are. */
function schemeAllowed(issuer: URL, policy: IssuerPolicy) {
  return (
    issuer.protocol === 'https:' ||
    (policy.allowPrivateIssuers && issuer.protocol === 'http:' && isLoopbackHost(issuer))
  );
}

function connectionOptions(issuer: URL, policy: IssuerPolicy) {
  return {
    [client.customFetch]: fetchFor(policy),
    timeout: secondsToWait,
    ...(issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : {}),
  };
}

export type IssuerCheck =
  | { ok: true; metadata: Record<string, unknown> }
  | { ok: false; reason: 'notHttps' | 'privateAddress' | 'unreachable' };

/**
 * Reads the issuer's discovery document, when an admin saves the settings (never on a visitor's
 * request): only over https, only from public addresses (checked after the name is resolved, on
 * every connection), with a timeout and a size limit.
 */
export async function discoverIssuer(
  issuerUrl: string,
  clientId: string,
  policy: IssuerPolicy,
): Promise<IssuerCheck> {
  const issuer = new URL(issuerUrl);
  if (!schemeAllowed(issuer, policy)) return { ok: false, reason: 'notHttps' };
  try {
    const config = await client.discovery(
      issuer,
      clientId,
      undefined,
      undefined,
      connectionOptions(issuer, policy),
    );
    return { ok: true, metadata: { ...config.serverMetadata() } };
  } catch (error) {
    return { ok: false, reason: isRefusedAddress(error) ? 'privateAddress' : 'unreachable' };
  }
}

// One configuration per provider, replaced when its settings are saved again; it keeps the
// provider's signing keys between logins.
const configurations = new Map<string, { savedAt: number; config: client.Configuration }>();

/** The provider's configuration from its stored discovery document; no request is made here. */
export function providerConfiguration(
  p: ProviderSettings,
  policy: IssuerPolicy,
): client.Configuration {
  if (!p.metadata) throw new Error('The login settings have not been checked: save them again');
  const issuer = new URL(p.issuer);
  if (!schemeAllowed(issuer, policy)) throw new Error('The issuer is not an https address');
  const key = [p.issuer, p.clientId, p.clientSecret, policy.allowPrivateIssuers].join('\n');
  const kept = configurations.get(key);
  if (kept?.savedAt === p.updatedAt.getTime()) return kept.config;
  const config = new client.Configuration(
    p.metadata as client.ServerMetadata,
    p.clientId,
    p.clientSecret,
  );
  // Keys, tokens and user info are fetched through the same address check as the discovery.
  config[client.customFetch] = fetchFor(policy);
  config.timeout = secondsToWait;
  if (issuer.protocol === 'http:') client.allowInsecureRequests(config);
  configurations.set(key, { savedAt: p.updatedAt.getTime(), config });
  return config;
}

export type AuthorizationStart = {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
};

/** Builds the authorization URL with PKCE (S256), state and nonce. */
export async function startAuthorization(
  p: ProviderSettings,
  policy: IssuerPolicy,
  redirectUri: string,
): Promise<AuthorizationStart> {
  const config = providerConfiguration(p, policy);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, state, nonce, codeVerifier };
}

export type VerifiedClaims = {
  issuer: string;
  subject: string;
  email?: string;
  emailVerified: boolean;
  name?: string;
};

/** Exchanges the code for tokens, checking state, nonce and PKCE; returns the ID token's claims. */
export async function finishAuthorization(
  p: ProviderSettings,
  policy: IssuerPolicy,
  callbackUrl: URL,
  expected: { state: string; nonce: string; codeVerifier: string },
): Promise<VerifiedClaims> {
  const config = providerConfiguration(p, policy);
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: expected.codeVerifier,
    expectedState: expected.state,
    expectedNonce: expected.nonce,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('The provider returned no ID token');
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const nameOf = (c: Record<string, unknown>) =>
    str(c.name) ?? ([str(c.given_name), str(c.family_name)].filter(Boolean).join(' ') || undefined);
  // In a code flow, a provider following OIDC Core 5.4 returns the email and profile claims from
  // the UserInfo endpoint, not in the ID token: ask it when the ID token lacks them. fetchUserInfo
  // checks that the answer is about the same subject.
  let email = { email: str(claims.email), verified: claims.email_verified === true };
  let name = nameOf(claims);
  if ((!email.email || !name) && config.serverMetadata().userinfo_endpoint) {
    const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
    // An address and its verified flag are taken together, from one source.
    if (!email.email) email = { email: str(info.email), verified: info.email_verified === true };
    name ??= nameOf(info);
  }
  return {
    issuer: claims.iss,
    subject: claims.sub,
    ...(email.email ? { email: email.email } : {}),
    emailVerified: email.email ? email.verified : false,
    ...(name ? { name } : {}),
  };
}
