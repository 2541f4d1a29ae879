import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
// oidc-provider ships no type declarations; the few members used here are typed below.
// @ts-expect-error TS7016: untyped JavaScript module
import Provider from 'oidc-provider';

/** The claims a test account presents to the relying party. */
export type TestAccount = {
  sub: string;
  email: string;
  email_verified: boolean;
  name: string;
};

type Interaction = {
  prompt: { name: string };
  params: { client_id: string; scope?: string };
  session?: { accountId?: string };
  grantId?: string;
};

type Grant = { addOIDCScope(scope: string): void; save(): Promise<string> };

type ProviderInstance = {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
  interactionFinished(
    req: IncomingMessage,
    res: ServerResponse,
    result: Record<string, unknown>,
    opts?: { mergeWithLastSubmission?: boolean },
  ): Promise<void>;
  Grant: {
    new (init: { accountId: string; clientId: string }): Grant;
    find(id: string): Promise<Grant | undefined>;
  };
};

type ProviderConstructor = new (
  issuer: string,
  config: Record<string, unknown>,
) => ProviderInstance;

export type TestProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /**
   * Follows redirects inside the provider, logging in as `account` (or refusing, when null), until
   * the provider sends the browser back to the relying party; returns that URL.
   */
  authorize(url: string, account: string | null): Promise<URL>;
  /** The path of every request the provider's server received, in order. */
  requests: string[];
  close(): Promise<void>;
};

/**
 * A real OpenID provider (oidc-provider) on 127.0.0.1 with one confidential client that must use
 * PKCE. Its interactions (login, consent) are a minimal handler: `GET /interaction/:uid?as=<id>`
 * logs that account in, and consent grants the scopes asked for, as a user clicking through would;
 * an empty `as` is the user cancelling, which the provider reports to the client as access_denied.
 * Without `as` (a browser) it shows a login page with a button per account that sets it.
 */
export async function startTestProvider(opts: {
  redirectUri: string;
  accounts: Record<string, TestAccount>;
}): Promise<TestProvider> {
  const clientId = 'samskap';
  const clientSecret = 'a-client-secret-long-enough-for-hs256-0123456789';
  let provider: ProviderInstance | undefined;
  let handle: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;

  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(new URL(req.url ?? '/', 'http://provider').pathname);
    if (!provider || !handle) return void res.writeHead(503).end();
    if (req.url?.startsWith('/interaction/')) {
      interact(provider, req, res, opts.accounts).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      });
      return;
    }
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const ProviderClass = Provider as ProviderConstructor;
  provider = new ProviderClass(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [opts.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    cookies: { keys: ['cookie-key-for-tests-only'] },
    // Explicit lifetimes (seconds), so the provider does not log a notice for each default.
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
    // A key of our own, so the provider does not fall back to its development key.
    jwks: {
      keys: [
        generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
      ],
    },
    async findAccount(_ctx: unknown, id: string) {
      const account = opts.accounts[id];
      return account && { accountId: id, claims: async () => ({ ...account }) };
    },
  });
  handle = provider.callback();

  return {
    issuer,
    clientId,
    clientSecret,
    requests,
    async authorize(start, account) {
      // The provider's cookies, kept apart from the app's; a fresh jar per login, as a new browser
      // would have, so the provider's own session never carries one account into the next login.
      const jar = new Map<string, string>();
      let url = new URL(start);
      for (let hop = 0; hop < 10; hop++) {
        if (url.origin !== issuer) return url;
        if (url.pathname.startsWith('/interaction/')) url.searchParams.set('as', account ?? '');
        const response = await fetch(url, {
          redirect: 'manual',
          headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
        });
        for (const line of response.headers.getSetCookie()) {
          const [pair = ''] = line.split(';');
          const eq = pair.indexOf('=');
          const value = pair.slice(eq + 1);
          if (value && !/expires=Thu, 01 Jan 1970/i.test(line)) jar.set(pair.slice(0, eq), value);
          else jar.delete(pair.slice(0, eq));
        }
        const location = response.headers.get('location');
        if (!location) {
          throw new Error(`provider answered ${response.status}: ${await response.text()}`);
        }
        url = new URL(location, url);
      }
      throw new Error('too many redirects inside the provider');
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function interact(
  provider: ProviderInstance,
  req: IncomingMessage,
  res: ServerResponse,
  accounts: Record<string, TestAccount>,
) {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name === 'login') {
    const asked = new URL(req.url ?? '/', 'http://x').searchParams.get('as');
    // A browser arriving without a choice gets the provider's login page: a button per account,
    // each a form that comes back here with `as` (what a person identifying themselves does).
    if (asked === null)
      return void res.writeHead(200, { 'content-type': 'text/html' }).end(loginPage(accounts));
    const accountId = asked;
    if (!accountId) {
      const error = { error: 'access_denied', error_description: 'The user cancelled the login' };
      return provider.interactionFinished(req, res, error, { mergeWithLastSubmission: false });
    }
    if (!accounts[accountId]) return void res.writeHead(400).end('unknown account');
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId } },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  // Consent: grant every scope the client asked for.
  const accountId = details.session?.accountId ?? '';
  const grant =
    (details.grantId && (await provider.Grant.find(details.grantId))) ||
    new provider.Grant({ accountId, clientId: details.params.client_id });
  grant.addOIDCScope(details.params.scope ?? 'openid');
  const grantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { consent: { grantId } },
    { mergeWithLastSubmission: true },
  );
}

/** The provider's login page for a browser: one button per account, named by the account's name. */
function loginPage(accounts: Record<string, TestAccount>): string {
  const escaped = (text: string) =>
    text.replace(
      /[&<>"]/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
    );
  const buttons = Object.entries(accounts)
    .map(
      ([id, a]) =>
        `<form method="get"><button name="as" value="${escaped(id)}">${escaped(a.name)}</button></form>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><title>Log in</title><main><h1>Log in</h1>${buttons}</main></html>`;
}
