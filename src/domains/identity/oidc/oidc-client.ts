import * as client from 'openid-client';

export type ProviderSettings = { issuer: string; clientId: string; clientSecret: string };

const configurations = new Map<string, Promise<client.Configuration>>();

// Plain http is accepted only for a provider on this machine (development and tests).
function isLocal(url: URL) {
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** The provider's discovered configuration, cached per issuer and client. */
export function providerConfiguration(p: ProviderSettings): Promise<client.Configuration> {
  const key = `${p.issuer}\n${p.clientId}\n${p.clientSecret}`;
  let config = configurations.get(key);
  if (!config) {
    const issuer = new URL(p.issuer);
    config = client.discovery(
      issuer,
      p.clientId,
      p.clientSecret,
      undefined,
      isLocal(issuer) ? { execute: [client.allowInsecureRequests], timeout: 10 } : { timeout: 10 },
    );
    configurations.set(key, config);
    // A failed discovery must not be cached: the provider may come up later.
    config.catch(() => configurations.delete(key));
  }
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
  redirectUri: string,
): Promise<AuthorizationStart> {
  const config = await providerConfiguration(p);
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
  callbackUrl: URL,
  expected: { state: string; nonce: string; codeVerifier: string },
): Promise<VerifiedClaims> {
  const config = await providerConfiguration(p);
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
