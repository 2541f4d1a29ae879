/** The form token a page carries (`_csrf`), as a browser submits it. */
function formTokenIn(html: string): string {
  const token = html.match(/name="_csrf" value="([^"]+)"/)?.[1];
  if (!token) throw new Error('the page has no CSRF token');
  return token;
}

/**
 * Logs in through the login form as a browser does; returns the cookie header and the form token
 * of the signed-in session (tokens are bound to the session, so it is read from a page after login).
 */
export async function logInAsBrowser(
  base: string,
  email: string,
  password: string,
): Promise<{ cookie: string; csrf: string }> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const form = await fetch(`${base}/sv/login`);
  keep(form);
  const res = await fetch(`${base}/sv/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie() },
    body: new URLSearchParams({
      email,
      password,
      _csrf: formTokenIn(await form.text()),
    }).toString(),
  });
  if (res.status !== 303) throw new Error(`login as ${email} answered ${res.status}`);
  keep(res);
  const account = await fetch(`${base}/sv/account`, { headers: { cookie: cookie() } });
  return { cookie: cookie(), csrf: formTokenIn(await account.text()) };
}
