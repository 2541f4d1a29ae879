import { type Context, Hono } from 'hono';
import { toCsv } from '../../../lib/csv.ts';
import { askedPage, readPage } from '../../../lib/paging.ts';
import { emptyForm, type FormState } from '../../../web/components/forms.tsx';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import { readForm, validateForm } from '../../../web/forms.ts';
import { noticeKey } from '../../../web/notices.ts';
import { pageContext } from '../../../web/page-context.ts';
import { sendPage } from '../../../web/render.ts';
import {
  authorizedMunicipality,
  type MunicipalityOnPage,
  requireMunicipality,
} from '../../tenancy/municipality-param.ts';
import { mattersOf } from '../dialogues/dialogues.queries.ts';
import { moderate } from './commands/moderate.ts';
import { moderationInput, type QueueKind, queueKinds } from './moderation.inputs.ts';
import { canModerate } from './moderation.policy.ts';
import { moderationActs, moderationQueue } from './moderation.queries.ts';
import { PolicyPage } from './views/policy-page.tsx';
import { QueuePage } from './views/queue-page.tsx';

/** Items on one page of the queue. */
const QUEUE_PAGE_SIZE = 25;

async function renderQueue(
  c: Context<AppEnv>,
  m: MunicipalityOnPage,
  form: FormState = emptyForm,
  status: 200 | 422 = 200,
) {
  const { db } = c.get('ctx');
  const matters = await mattersOf(db, m.id);
  const kind = c.req.query('kind') ?? '';
  const matterId = c.req.query('matter') ?? '';
  const filter = {
    kind: (queueKinds as readonly string[]).includes(kind) ? (kind as QueueKind) : ('' as const),
    // Only one of the municipality's own matters filters the queue; anything else is ignored.
    matterId: matters.some((x) => x.id === matterId) ? matterId : '',
  };
  const shown = await readPage(askedPage(c.req.query('page')), QUEUE_PAGE_SIZE, (range) =>
    moderationQueue(
      db,
      m.id,
      { kind: filter.kind || undefined, matterId: filter.matterId || undefined },
      range,
    ),
  );
  return sendPage(
    c,
    <QueuePage
      {...pageContext(c)}
      municipality={m}
      shown={shown}
      filter={filter}
      matters={matters}
      form={form}
      notice={noticeKey(c.req.query('done'))}
    />,
    status,
  );
}

/** The moderators' queue, their bulk acts, the record of acts, and the public moderation policy. */
export function moderationRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/municipalities/:id/moderation', async (c) => {
    const m = await authorizedMunicipality(c, canModerate);
    return renderQueue(c, m);
  });

  app.post('/municipalities/:id/moderation', async (c) => {
    const m = await authorizedMunicipality(c, canModerate);
    const values = await readForm(c);
    // Ticked items are one field repeated: read them all from the form itself.
    const items = (await c.req.formData())
      .getAll('items')
      .filter((v): v is string => typeof v === 'string');
    const parsed = validateForm(moderationInput, { ...values, items } as never);
    if (!parsed.ok) return renderQueue(c, m, parsed.form, 422);
    const result = await moderate(c.get('ctx'), c.get('actor'), m.id, parsed.data);
    if (!result.ok) return errorResponse(c, 'forbidden');
    const back = new URL(c.req.url);
    back.searchParams.set('done', 'moderated');
    return c.redirect(`${back.pathname}${back.search}`, 303);
  });

  app.get('/municipalities/:id/moderation/acts.csv', async (c) => {
    const m = await authorizedMunicipality(c, canModerate);
    const acts = await moderationActs(c.get('ctx').db, m.id);
    const csv = toCsv(
      ['time', 'decision', 'item', 'moderator', 'reason'],
      acts.map((a) => [
        a.at.toISOString(),
        a.action.replace('moderation.', ''),
        a.target,
        a.actor,
        typeof a.details.reason === 'string' ? a.details.reason : '',
      ]),
    );
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${m.id}-moderation.csv"`,
    });
  });

  app.get('/municipalities/:id/moderation-policy', async (c) => {
    const m = await requireMunicipality(c);
    return sendPage(c, <PolicyPage {...pageContext(c)} municipality={m} />);
  });

  return app;
}
