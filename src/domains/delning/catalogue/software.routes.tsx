import { type Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import { readForm } from '../../../web/forms.ts';
import type { Translator } from '../../../web/i18n/index.ts';
import { withoutNul } from '../../../web/middleware/nul.ts';
import { pageContext } from '../../../web/page-context.ts';
import { uuidParam } from '../../../web/params.ts';
import { sendPage } from '../../../web/render.ts';
import { authorizedMunicipality } from '../../tenancy/municipality-param.ts';
import { canPublishCase, canPublishSomeCase } from '../cases/cases.policy.ts';
import { findCaseOfInitiative } from '../cases/cases.queries.ts';
import { findSourceInitiative } from '../cases/initiative-source.queries.ts';
import { readCasePubliccode } from './commands/read-publiccode.ts';
import { PUBLICCODE_MAX_BYTES, type PubliccodeProblem } from './publiccode.ts';
import { SoftwarePage } from './views/software-page.tsx';

/** A problem with a `publiccode.yml` in the reader's words. */
function problemText(t: Translator, p: PubliccodeProblem): string {
  switch (p.reason) {
    case 'yaml':
      return t('catalogue.publiccode.error.yaml', { line: p.line });
    case 'missing':
    case 'text':
    case 'list':
      return t(`catalogue.publiccode.error.${p.reason}`, { field: p.field });
    default:
      return t(`catalogue.publiccode.error.${p.reason}`);
  }
}

/**
 * The pasted text, or else the chosen file's: a file over the limit or not in UTF-8 is a
 * problem rather than something to read.
 */
async function sentSource(
  c: Context<AppEnv>,
  text: string,
): Promise<{ source: string } | { problem: PubliccodeProblem }> {
  if (text.trim() !== '') return { source: text };
  // Parsed once already (CSRF check, readForm): Hono keeps the parsed body.
  const file = (await c.req.parseBody()).publiccodeFile;
  if (!(file instanceof File) || file.size === 0) return { source: '' };
  if (file.size > PUBLICCODE_MAX_BYTES) return { problem: { reason: 'tooLarge' } };
  try {
    const decoded = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    return { source: withoutNul(decoded) };
  } catch {
    return { problem: { reason: 'encoding' } };
  }
}

/** Staff read a case's `publiccode.yml`, which its page then shows. */
export function softwareRoutes() {
  const app = new Hono<AppEnv>();

  /** The initiative of the path and its case, which the actor may publish; 404 or 403 otherwise. */
  const editableCase = async (c: Context<AppEnv>) => {
    const m = await authorizedMunicipality(c, canPublishSomeCase);
    const { db } = c.get('ctx');
    const initiative = await findSourceInitiative(db, m.id, uuidParam(c, 'iid'));
    if (!initiative) return { refused: errorResponse(c, 'notFound') } as const;
    if (!canPublishCase(c.get('actor'), initiative))
      return { refused: errorResponse(c, 'forbidden') } as const;
    const shared = await findCaseOfInitiative(db, m.id, initiative.id);
    if (!shared) return { refused: errorResponse(c, 'notFound') } as const;
    return { m, initiative, shared } as const;
  };

  const render = (
    c: Context<AppEnv>,
    found: Exclude<Awaited<ReturnType<typeof editableCase>>, { refused: Response }>,
    opts: { text?: string; error?: string; status?: ContentfulStatusCode } = {},
  ) => {
    const noSource = found.shared.sourceUrl === '';
    const t = c.get('t');
    return sendPage(
      c,
      <SoftwarePage
        {...pageContext(c)}
        municipality={found.m}
        initiative={found.initiative}
        shared={found.shared}
        text={opts.text ?? ''}
        noSource={noSource}
        error={opts.error ?? (noSource ? t('catalogue.publiccode.error.noSource') : undefined)}
      />,
      opts.status,
    );
  };

  app.get('/municipalities/:id/initiatives/:iid/case/software', async (c) => {
    const found = await editableCase(c);
    if ('refused' in found) return found.refused;
    return render(c, found);
  });

  app.post('/municipalities/:id/initiatives/:iid/case/software', async (c) => {
    const found = await editableCase(c);
    if ('refused' in found) return found.refused;
    const t = c.get('t');
    const text = (await readForm(c)).publiccode ?? '';
    const sent = await sentSource(c, text);
    if ('problem' in sent)
      return render(c, found, { text, error: problemText(t, sent.problem), status: 422 });
    const result = await readCasePubliccode(
      c.get('ctx'),
      c.get('actor'),
      found.m.id,
      found.initiative.id,
      sent.source,
    );
    if (!result.ok) {
      if (result.reason === 'noSource') return render(c, found, { text, status: 422 });
      if (result.reason === 'invalid' && result.problem)
        return render(c, found, { text, error: problemText(t, result.problem), status: 422 });
      return errorResponse(c, result.reason === 'forbidden' ? 'forbidden' : 'notFound');
    }
    return c.redirect(`/${c.get('lang')}/cases/${result.value.caseId}?done=publiccodeSaved`, 303);
  });

  return app;
}
