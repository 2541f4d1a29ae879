import { Hono } from 'hono';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import { readForm, validateForm } from '../../../web/forms.ts';
import { uuidParam } from '../../../web/params.ts';
import { publicOrigin } from '../../../web/public-origin.ts';
import { loginRedirect } from '../../../web/session.ts';
import { authorizedMunicipality, requireMunicipality } from '../../tenancy/municipality-param.ts';
import { workshopInput, workshopTimes } from './challenges.inputs.ts';
import { canWorkOnChallenges } from './challenges.policy.ts';
import { getChallenge } from './challenges.queries.ts';
import { addWorkshop, cancelSignup, signUpForWorkshop } from './commands/workshops.ts';
import { workshopCalendar } from './ics.ts';
import { challengePath, refusalShown, renderChallenge } from './render-challenge.tsx';
import { getWorkshop } from './workshops.queries.ts';

/** A challenge's meetings and workshops: planning one, signing up and cancelling, its calendar file. */
export function workshopRoutes() {
  const app = new Hono<AppEnv>();
  const base = '/municipalities/:id/challenges/:chid/workshops';

  app.post(base, async (c) => {
    const m = await authorizedMunicipality(c, canWorkOnChallenges);
    const challengeId = uuidParam(c, 'chid');
    const values = await readForm(c);
    const parsed = validateForm(workshopInput, values);
    const failed = (errors: Record<string, string>) =>
      renderChallenge(c, m, challengeId, { forms: { workshop: { values, errors } }, status: 422 });
    if (!parsed.ok) return failed(parsed.form.errors);
    // The times are the municipality's wall clock, whoever enters them from wherever.
    const timed = workshopTimes(parsed.data, c.get('t').timeZone);
    if (!timed.ok) return failed(timed.fields);
    const where = { municipalityId: m.id, challengeId };
    const result = await addWorkshop(c.get('ctx'), c.get('actor'), where, timed.value);
    if (!result.ok) {
      if (result.reason === 'state')
        return renderChallenge(c, m, challengeId, refusalShown('state'));
      return errorResponse(c, result.reason);
    }
    return c.redirect(`${challengePath(c, m, challengeId)}?done=challengeWorkshop`, 303);
  });

  app.post(`${base}/:wid/signup`, async (c) => {
    const m = await requireMunicipality(c);
    if (c.get('actor').kind !== 'user') return loginRedirect(c);
    const where = {
      municipalityId: m.id,
      challengeId: uuidParam(c, 'chid'),
      workshopId: uuidParam(c, 'wid'),
    };
    const result = await signUpForWorkshop(c.get('ctx'), c.get('actor'), where);
    if (!result.ok) {
      if (result.reason === 'notFound') return errorResponse(c, 'notFound');
      return renderChallenge(c, m, where.challengeId, refusalShown(result.reason));
    }
    const done = result.value.status === 'confirmed' ? 'workshopSignedUp' : 'workshopWaiting';
    return c.redirect(
      `${challengePath(c, m, where.challengeId)}?done=${done}#workshop-${where.workshopId}`,
      303,
    );
  });

  app.post(`${base}/:wid/cancel`, async (c) => {
    const m = await requireMunicipality(c);
    if (c.get('actor').kind !== 'user') return loginRedirect(c);
    const where = {
      municipalityId: m.id,
      challengeId: uuidParam(c, 'chid'),
      workshopId: uuidParam(c, 'wid'),
    };
    const baseUrl = publicOrigin(c);
    const result = await cancelSignup(c.get('ctx'), c.get('actor'), where, baseUrl);
    if (!result.ok) {
      if (result.reason === 'notFound') return errorResponse(c, 'notFound');
      return renderChallenge(c, m, where.challengeId, refusalShown(result.reason));
    }
    return c.redirect(
      `${challengePath(c, m, where.challengeId)}?done=workshopCancelled#workshop-${where.workshopId}`,
      303,
    );
  });

  app.get(`${base}/:wid/calendar.ics`, async (c) => {
    const m = await requireMunicipality(c);
    const challengeId = uuidParam(c, 'chid');
    const db = c.get('ctx').db;
    const w = await getWorkshop(db, m.id, challengeId, uuidParam(c, 'wid'));
    const challenge = w && (await getChallenge(db, m.id, challengeId));
    if (!w || !challenge) return errorResponse(c, 'notFound');
    const t = c.get('t');
    // The instance's public address, as in the mails: never the Host header a request names.
    const origin = publicOrigin(c);
    const page = `${origin}${challengePath(c, m, challengeId)}`;
    const description = [
      t('challenges.workshops.calendarDescription', { title: challenge.title }),
      w.accessibility ? t('challenges.workshops.accessibility', { text: w.accessibility }) : '',
      page,
    ]
      .filter(Boolean)
      .join('\n');
    const body = workshopCalendar({
      uid: `${w.id}@samskap`,
      stamp: w.createdAt,
      startsAt: w.startsAt,
      endsAt: w.endsAt,
      summary: w.title,
      location: w.place,
      description,
      url: w.onlineUrl,
    });
    return c.body(body, 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'attachment; filename="workshop.ics"',
    });
  });

  return app;
}
