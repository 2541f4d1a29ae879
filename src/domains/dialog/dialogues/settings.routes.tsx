import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { inTransaction } from '../../../lib/transaction.ts';
import {
  CsrfField,
  ErrorSummary,
  type FormState,
  Notice,
  SubmitButton,
  TextField,
} from '../../../web/components/forms.tsx';
import type { AppEnv } from '../../../web/env.ts';
import { readForm, validateForm } from '../../../web/forms.ts';
import type { MessageKey } from '../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { noticeKey } from '../../../web/notices.ts';
import { pageContext } from '../../../web/page-context.ts';
import { sendPage } from '../../../web/render.ts';
import { audit } from '../../audit/record.ts';
import { isAdminOf } from '../../identity/identity.policy.ts';
import {
  authorizedMunicipality,
  type MunicipalityOnPage,
} from '../../tenancy/municipality-param.ts';
import { retentionMonths, saveRetentionMonths } from './background.queries.ts';

const settingsInput = z.object({
  retentionMonths: z
    .string()
    .trim()
    .regex(/^\d{1,2}$/, 'dialogues.error.retention')
    .transform(Number)
    .pipe(
      z.number().int().min(1, 'dialogues.error.retention').max(36, 'dialogues.error.retention'),
    ),
});

function SettingsPage(
  props: PageContext & {
    municipality: MunicipalityOnPage;
    form: FormState;
    notice: MessageKey | undefined;
  },
) {
  const { t } = props;
  const label = t('dialogues.settings.retention');
  return (
    <Layout {...props} title={t('dialogues.settings.title')} municipality={props.municipality}>
      <ErrorSummary t={t} form={props.form} labels={{ retentionMonths: label }} />
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {t('dialogues.settings.title')}
      </h1>
      <form method="post" novalidate>
        <CsrfField token={props.csrfToken} />
        <TextField
          t={t}
          form={props.form}
          name="retentionMonths"
          label={label}
          hint={t('dialogues.settings.retentionHint')}
          type="number"
          number={{ integer: true, min: 1, max: 36 }}
          required
        />
        <SubmitButton>{t('dialogues.settings.submit')}</SubmitButton>
      </form>
    </Layout>
  );
}

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
    const ctx = c.get('ctx');
    await inTransaction(ctx, async (tx) => {
      await saveRetentionMonths(tx.db, m.id, parsed.data.retentionMonths, tx.now());
      await audit(tx, c.get('actor'), {
        municipalityId: m.id,
        action: 'dialogues.settings',
        target: `municipality:${m.id}`,
        details: { backgroundRetentionMonths: parsed.data.retentionMonths },
      });
    });
    return c.redirect(
      `/${c.get('lang')}/municipalities/${m.id}/matters/settings?done=dialogueSettings`,
      303,
    );
  });
  return app;
}
