import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { emptyForm, type FormState } from '../../web/components/forms.tsx';
import type { AppEnv } from '../../web/env.ts';
import { errorResponse } from '../../web/errors.tsx';
import { readForm, validateForm } from '../../web/forms.ts';
import { noticeKey } from '../../web/notices.ts';
import { pageContext } from '../../web/page-context.ts';
import { uuidParam } from '../../web/params.ts';
import { sendPage } from '../../web/render.ts';
import { loginRedirect } from '../../web/session.ts';
import { ownCountry, ownCountryFirst } from '../tenancy/own-country.ts';
import { grantCoordinator, revokeCoordinator } from './commands/manage-coordinators.ts';
import { emailInput } from './identity.inputs.ts';
import { canGrantCoordinator } from './identity.policy.ts';
import { coordinatorGrants } from './identity.queries.ts';
import { CoordinatorsPage } from './views/coordinators-page.tsx';

const coordinatorInput = z.object({
  email: emailInput,
  countyId: z
    .string()
    .trim()
    .max(10, 'identity.error.county')
    .transform((v) => (v === '' ? undefined : v))
    .optional(),
});

async function render(c: Context<AppEnv>, form: FormState = emptyForm, status: 200 | 422 = 200) {
  const { db } = c.get('ctx');
  return sendPage(
    c,
    <CoordinatorsPage
      {...pageContext(c)}
      coordinators={await coordinatorGrants(db)}
      counties={ownCountryFirst(
        await c.get('deps').registry.counties(),
        (county) => county.country,
        ownCountry(c.get('t').lang, c.get('actor')),
      )}
      form={form}
      notice={noticeKey(c.req.query('done'))}
    />,
    status,
  );
}

/** The network's own administration: who coordinates which county. */
export function networkRoutes() {
  const app = new Hono<AppEnv>();
  const guard = (c: Context<AppEnv>) => {
    const actor = c.get('actor');
    if (actor.kind !== 'user') return loginRedirect(c);
    return canGrantCoordinator(actor) ? undefined : errorResponse(c, 'forbidden');
  };

  app.get('/network/coordinators', (c) => guard(c) ?? render(c));

  app.post('/network/coordinators', async (c) => {
    const refused = guard(c);
    if (refused) return refused;
    const parsed = validateForm(coordinatorInput, await readForm(c));
    if (!parsed.ok) return render(c, parsed.form, 422);
    const result = await grantCoordinator(c.get('ctx'), c.get('actor'), parsed.data);
    if (!result.ok) {
      if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
      const values = { email: parsed.data.email, countyId: parsed.data.countyId ?? '' };
      return render(c, { values, errors: result.fields ?? {} }, 422);
    }
    return c.redirect(`/${c.get('lang')}/network/coordinators?done=coordinatorGranted`, 303);
  });

  app.post('/network/coordinators/:grantId/revoke', async (c) => {
    const refused = guard(c);
    if (refused) return refused;
    const grantId = uuidParam(c, 'grantId');
    const result = await revokeCoordinator(c.get('ctx'), c.get('actor'), grantId);
    if (!result.ok)
      return errorResponse(c, result.reason === 'notFound' ? 'notFound' : 'forbidden');
    return c.redirect(`/${c.get('lang')}/network/coordinators?done=coordinatorRevoked`, 303);
  });

  return app;
}
