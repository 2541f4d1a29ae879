import { type Context, Hono } from 'hono';
import type { FormState } from '../../../web/components/forms.tsx';
import type { AppEnv } from '../../../web/env.ts';
import { readForm, validateForm } from '../../../web/forms.ts';
import { noticeKey } from '../../../web/notices.ts';
import { pageContext } from '../../../web/page-context.ts';
import { sendPage } from '../../../web/render.ts';
import { isAdminOf } from '../../identity/identity.policy.ts';
import {
  authorizedMunicipality,
  type MunicipalityOnPage,
} from '../../tenancy/municipality-param.ts';
import { retentionMonths } from './background.queries.ts';
import { settingsInput } from './background.ts';
import { setBackgroundRetention } from './commands/dialogue-settings.ts';
import { SettingsPage } from './views/settings-page.tsx';

async function render(c: Context<AppEnv>, m: MunicipalityOnPage, form?: FormState) {
  const months = await retentionMonths(c.get('ctx').db, m.id);
  return sendPage(
    c,
    <SettingsPage
      {...pageContext(c)}
      municipality={m}
      form={form ?? { values: { retentionMonths: String(months) }, errors: {} }}
      notice={noticeKey(c.req.query('done'))}
    />,
    form ? 422 : 200,
  );
}

/** The municipality admin's settings for its dialogues: how long background answers are kept. */
export function dialogueSettingsRoutes() {
  const app = new Hono<AppEnv>();
  const path = '/municipalities/:id/matters/settings';
  app.get(path, async (c) => render(c, await authorizedMunicipality(c, isAdminOf)));
  app.post(path, async (c) => {
    const m = await authorizedMunicipality(c, isAdminOf);
    const parsed = validateForm(settingsInput, await readForm(c));
    if (!parsed.ok) return render(c, m, parsed.form);
    await setBackgroundRetention(c.get('ctx'), c.get('actor'), m.id, parsed.data.retentionMonths);
    return c.redirect(
      `/${c.get('lang')}/municipalities/${m.id}/matters/settings?done=dialogueSettings`,
      303,
    );
  });
  return app;
}
