import { Hono } from 'hono';
import { isUuid } from '../../../lib/uuid.ts';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import { readForm, validateForm } from '../../../web/forms.ts';
import { uuidParam } from '../../../web/params.ts';
import { loginRedirect } from '../../../web/session.ts';
import { authorizedMunicipality, requireMunicipality } from '../../tenancy/municipality-param.ts';
import { commentInput, ideaInput } from './challenges.inputs.ts';
import { canWorkOnChallenges, mayHideComments } from './challenges.policy.ts';
import { ideaToInitiative, shortlistIdea } from './commands/shortlist.ts';
import { commentOnIdea, hideIdeaComment, postIdea } from './commands/take-part.ts';
import { challengePath, refusalShown, renderChallenge, renderIdea } from './render-challenge.tsx';

/** Ideas of a challenge: posting, their pages and comments, the shortlist and initiatives. */
export function ideaRoutes() {
  const app = new Hono<AppEnv>();
  const ideaPath = '/municipalities/:id/challenges/:chid/ideas/:ideaId';

  app.post('/municipalities/:id/challenges/:chid/ideas', async (c) => {
    const m = await requireMunicipality(c);
    if (c.get('actor').kind !== 'user') return loginRedirect(c);
    const challengeId = uuidParam(c, 'chid');
    const values = await readForm(c);
    const parsed = validateForm(ideaInput, values);
    if (!parsed.ok)
      return renderChallenge(c, m, challengeId, { forms: { idea: parsed.form }, status: 422 });
    const where = { municipalityId: m.id, challengeId };
    const result = await postIdea(c.get('ctx'), c.get('actor'), where, parsed.data);
    if (!result.ok) {
      if (result.reason === 'notFound') return errorResponse(c, 'notFound');
      return renderChallenge(c, m, challengeId, refusalShown(result.reason));
    }
    return c.redirect(
      `${challengePath(c, m, challengeId)}/ideas/${result.value.ideaId}?done=challengeIdea`,
      303,
    );
  });

  app.get(ideaPath, async (c) => {
    const m = await requireMunicipality(c);
    return renderIdea(c, m, { challengeId: uuidParam(c, 'chid'), ideaId: uuidParam(c, 'ideaId') });
  });

  app.post(`${ideaPath}/comments`, async (c) => {
    const m = await requireMunicipality(c);
    if (c.get('actor').kind !== 'user') return loginRedirect(c);
    const where = {
      municipalityId: m.id,
      challengeId: uuidParam(c, 'chid'),
      ideaId: uuidParam(c, 'ideaId'),
    };
    const values = await readForm(c);
    const parsed = validateForm(commentInput, values);
    if (!parsed.ok) return renderIdea(c, m, where, { form: parsed.form, status: 422 });
    const result = await commentOnIdea(c.get('ctx'), c.get('actor'), where, parsed.data.text);
    if (!result.ok) {
      if (result.reason === 'notFound') return errorResponse(c, 'notFound');
      return renderIdea(c, m, where, refusalShown(result.reason));
    }
    return c.redirect(
      `${challengePath(c, m, where.challengeId)}/ideas/${where.ideaId}?done=challengeComment`,
      303,
    );
  });

  app.post(`${ideaPath}/comments/:commentId/hide`, async (c) => {
    const m = await authorizedMunicipality(c, mayHideComments);
    const where = {
      municipalityId: m.id,
      challengeId: uuidParam(c, 'chid'),
      ideaId: uuidParam(c, 'ideaId'),
      commentId: uuidParam(c, 'commentId'),
    };
    const result = await hideIdeaComment(c.get('ctx'), c.get('actor'), where);
    if (!result.ok) return errorResponse(c, result.reason);
    return c.redirect(
      `${challengePath(c, m, where.challengeId)}/ideas/${where.ideaId}?done=challengeHidden`,
      303,
    );
  });

  app.post(`${ideaPath}/shortlist`, async (c) => {
    const m = await authorizedMunicipality(c, canWorkOnChallenges);
    const where = {
      municipalityId: m.id,
      challengeId: uuidParam(c, 'chid'),
      ideaId: uuidParam(c, 'ideaId'),
    };
    const shortlisted = (await readForm(c)).shortlisted !== 'no';
    const result = await shortlistIdea(c.get('ctx'), c.get('actor'), where, shortlisted);
    if (!result.ok) {
      if (result.reason === 'state') return renderIdea(c, m, where, refusalShown('state'));
      return errorResponse(c, result.reason);
    }
    return c.redirect(
      `${challengePath(c, m, where.challengeId)}/ideas/${where.ideaId}?done=challengeShortlist`,
      303,
    );
  });

  app.post(`${ideaPath}/initiative`, async (c) => {
    const m = await authorizedMunicipality(c, canWorkOnChallenges);
    const where = {
      municipalityId: m.id,
      challengeId: uuidParam(c, 'chid'),
      ideaId: uuidParam(c, 'ideaId'),
    };
    const body = await c.req.parseBody({ all: true });
    const named = ([] as unknown[]).concat(body.credit ?? []);
    const credited = named.filter((v): v is string => typeof v === 'string' && isUuid(v));
    const result = await ideaToInitiative(c.get('ctx'), c.get('actor'), where, credited);
    if (!result.ok) {
      if (result.reason === 'state') return renderIdea(c, m, where, refusalShown('state'));
      return errorResponse(c, result.reason);
    }
    return c.redirect(
      `${challengePath(c, m, where.challengeId)}/ideas/${where.ideaId}?done=challengeInitiative`,
      303,
    );
  });

  return app;
}
