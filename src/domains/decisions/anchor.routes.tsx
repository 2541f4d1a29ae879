import { Hono } from 'hono';
import { anonymous } from '../../vocabulary/actor.ts';
import { emptyForm, type FormState } from '../../web/components/forms.tsx';
import type { AppEnv } from '../../web/env.ts';
import { validateForm } from '../../web/forms.ts';
import { resolveLinks } from '../../web/links.ts';
import { pageContext } from '../../web/page-context.ts';
import { publicOrigin } from '../../web/public-origin.ts';
import { sendPage } from '../../web/render.ts';
import { requireMunicipality } from '../tenancy/municipality-param.ts';
import { DECISION_KEY_PATH } from './checkpoints.api.ts';
import { signedCheckpoint } from './checkpoints.ts';
import { checkpointsOf, lastDecision, latestDecisionRows } from './decisions.queries.ts';
import { headInput } from './head.ts';
import { instanceKey, publicJwk } from './signing.ts';
import { loadVerdict } from './verify.ts';
import { decisionsFeed } from './views/decisions-feed.ts';
import { VerifyPage } from './views/verify-page.tsx';

// The feed holds the latest decisions; the API and the checkpoints have them all.
const FEED_ENTRIES = 100;

/**
 * What lets anyone outside keep the decision chain honest: the verify page (with `?head=`, a
 * hash kept earlier), the Atom feed of the decisions and their checkpoints, all public.
 */
export function anchorRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/municipalities/:id/decisions/verify', async (c) => {
    const m = await requireMunicipality(c);
    const asked = c.req.query('head');
    const parsed = asked === undefined ? null : validateForm(headInput, { head: asked });
    const head = parsed?.ok ? parsed.data.head : undefined;
    const { verdict } = await loadVerdict(c.get('ctx'), m.id, { head });
    const form: FormState = !parsed
      ? emptyForm
      : parsed.ok
        ? { values: { head: parsed.data.head }, errors: {} }
        : parsed.form;
    return sendPage(
      c,
      <VerifyPage {...pageContext(c)} municipality={m} verdict={verdict} form={form} />,
      parsed && !parsed.ok ? 422 : 200,
    );
  });

  app.get('/municipalities/:id/decisions.atom', async (c) => {
    const m = await requireMunicipality(c);
    const ctx = c.get('ctx');
    const rows = await latestDecisionRows(ctx.db, m.id, FEED_ENTRIES);
    const oldest = rows.at(-1)?.decision.sequence ?? 1;
    const [stored, key, last] = await Promise.all([
      checkpointsOf(ctx.db, m.id, oldest),
      instanceKey(ctx),
      lastDecision(ctx.db, m.id),
    ]);
    // The feed is public and may be cached or archived by anyone: it names only what a visitor
    // may see, whoever asks for it.
    const links = await resolveLinks(
      { db: ctx.db, actor: anonymous, municipalityId: m.id },
      rows.flatMap(({ decision: d }) => d.adopts),
    );
    const xml = decisionsFeed({
      t: c.get('t'),
      origin: publicOrigin(c),
      municipality: m,
      rows,
      head: { hash: last?.hash ?? '0'.repeat(64), count: last?.sequence ?? 0 },
      checkpoints: new Map(stored.map((r) => [r.count, signedCheckpoint(r)])),
      links,
      keyPath: DECISION_KEY_PATH,
      keyId: key.keyId,
      now: ctx.now(),
    });
    return c.body(xml, 200, { 'content-type': 'application/atom+xml; charset=utf-8' });
  });

  return app;
}

/** The public key that signs the checkpoints, at its well-known address, as a JWK (RFC 8037). */
export function decisionKeyRoutes() {
  const app = new Hono<AppEnv>();
  app.get(DECISION_KEY_PATH, async (c) => {
    const key = await instanceKey(c.get('ctx'));
    return c.body(JSON.stringify(publicJwk(key)), 200, {
      'content-type': 'application/jwk+json',
      'cache-control': 'public, max-age=3600',
    });
  });
  return app;
}
