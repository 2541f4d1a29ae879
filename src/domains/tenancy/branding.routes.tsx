import { type Context, Hono } from 'hono';
import type { FormState } from '../../web/components/forms.tsx';
import type { AppEnv } from '../../web/env.ts';
import { errorResponse } from '../../web/errors.tsx';
import { readForm, validateForm } from '../../web/forms.ts';
import { noticeKey } from '../../web/notices.ts';
import { pageContext } from '../../web/page-context.ts';
import { sendPage } from '../../web/render.ts';
import { isAdminOf } from '../identity/identity.policy.ts';
import { findLogo } from './branding.queries.ts';
import { accentStylesheet, logoPath } from './branding.ts';
import { brandingInput, setBranding } from './commands/set-branding.ts';
import { authorizedMunicipality, type MunicipalityOnPage } from './municipality-param.ts';
import { BrandingPage } from './views/branding-page.tsx';

const immutable = 'public, max-age=31536000, immutable';
const shortLived = 'public, max-age=300';

/**
 * A logo is only ever drawn: even opened on its own it may run nothing, load nothing, and is
 * sandboxed like a page from nowhere.
 */
const logoPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

async function render(
  c: Context<AppEnv>,
  m: MunicipalityOnPage,
  form?: FormState,
  status: 200 | 422 = 200,
) {
  const facts = await c.get('deps').municipalityFacts.of(c.get('ctx').db, m.id);
  const branding = facts.branding;
  const current: FormState = form ?? {
    values: { accentColour: branding?.accentColour ?? '' },
    errors: {},
  };
  return sendPage(
    c,
    <BrandingPage
      {...pageContext(c)}
      municipality={m}
      accentColour={branding?.accentColour ?? null}
      logoUrl={branding?.logo ? logoPath(m.id, branding.logo) : undefined}
      form={current}
      notice={noticeKey(c.req.query('done'))}
    />,
    status,
  );
}

/** The uploaded logo's bytes, if a file was chosen. */
async function uploadedLogo(c: Context<AppEnv>): Promise<Uint8Array | undefined> {
  // Parsed once already (CSRF check, readForm): Hono keeps the parsed body.
  const file = (await c.req.parseBody()).logo;
  if (!(file instanceof File) || file.size === 0) return undefined;
  return new Uint8Array(await file.arrayBuffer());
}

/** A municipality's admin page for its logo and colour. */
export function brandingRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/municipalities/:id/admin/branding', async (c) => {
    const m = await authorizedMunicipality(c, isAdminOf);
    return render(c, m);
  });

  app.post('/municipalities/:id/admin/branding', async (c) => {
    const m = await authorizedMunicipality(c, isAdminOf);
    const values = await readForm(c);
    const parsed = validateForm(brandingInput, values);
    if (!parsed.ok) return render(c, m, parsed.form, 422);
    const logo = await uploadedLogo(c);
    const result = await setBranding(c.get('ctx'), c.get('actor'), m.id, { ...parsed.data, logo });
    if (!result.ok) {
      if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
      return render(c, m, { values, errors: result.fields ?? {} }, 422);
    }
    return c.redirect(
      `/${c.get('lang')}/municipalities/${m.id}/admin/branding?done=brandingSaved`,
      303,
    );
  });

  return app;
}

/**
 * A municipality's logo (`/branding/<id>/logo-<hash>.png|svg`) and colour
 * (`/branding/<id>/accent-<rrggbb>.css`), public like the pages that show them. A name that
 * matches what is set now is cached for a year; an older name gets what is set now, briefly.
 */
export function brandingAssetRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/branding/:id/:file', async (c) => {
    const id = c.req.param('id');
    const file = c.req.param('file');
    const { registry, municipalityFacts } = c.get('deps');
    const { db } = c.get('ctx');
    if (!(await registry.municipality(id))) return c.notFound();
    const branding = (await municipalityFacts.of(db, id)).branding;

    const accent = /^accent-([0-9a-f]{6})\.css$/.exec(file);
    if (accent) {
      if (!branding?.accentColour) return c.notFound();
      c.header(
        'Cache-Control',
        accent[1] === branding.accentColour.slice(1) ? immutable : shortLived,
      );
      c.header('Content-Type', 'text/css; charset=utf-8');
      return c.body(accentStylesheet(branding.accentColour));
    }
    const logo = /^logo-([0-9a-f]{12})\.(png|svg)$/.exec(file);
    if (logo) {
      const stored = branding?.logo ? await findLogo(db, id) : undefined;
      if (!stored) return c.notFound();
      c.header('Cache-Control', logo[1] === stored.hash ? immutable : shortLived);
      c.header('Content-Type', stored.type);
      c.header('Content-Security-Policy', logoPolicy);
      c.header('ETag', `"${stored.hash}"`);
      if (c.req.header('if-none-match') === `"${stored.hash}"`) return c.body(null, 304);
      return c.body(new Uint8Array(stored.bytes));
    }
    return c.notFound();
  });
  return app;
}
