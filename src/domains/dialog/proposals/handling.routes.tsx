import { type Context, Hono } from 'hono';
import type { z } from 'zod';
import type { Result } from '../../../lib/result.ts';
import type { FormState } from '../../../web/components/forms.tsx';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import { readForm, validateForm } from '../../../web/forms.ts';
import { pageContext } from '../../../web/page-context.ts';
import { uuidParam } from '../../../web/params.ts';
import { publicOrigin } from '../../../web/public-origin.ts';
import { sendPage } from '../../../web/render.ts';
import {
  authorizedMunicipality,
  type MunicipalityOnPage,
} from '../../tenancy/municipality-param.ts';
import { isReadabilityCheck } from '../plain-language/views/readability-note.tsx';
import { answerProposal, handToBody, registerPaperSignatures } from './commands/handle-proposal.ts';
import { screenProposal } from './commands/screen-proposal.ts';
import { setProposalRule } from './commands/set-rule.ts';
import { answerInput, paperInput, ruleInput, screeningInput } from './proposals.inputs.ts';
import { canHandleProposals, canSetProposalRule } from './proposals.policy.ts';
import { proposalPath, proposalProblems, renderProposal } from './render-proposal.tsx';
import { ruleOf, thresholdOf } from './rule.ts';
import type { ProposalForms } from './views/proposal-page.tsx';
import { RulePage } from './views/rule-page.tsx';

async function renderRule(c: Context<AppEnv>, m: MunicipalityOnPage, form?: FormState) {
  const db = c.get('ctx').db;
  const current = await thresholdOf(db, m);
  const rule = await ruleOf(db, m);
  const values = Object.fromEntries(
    // A ticked checkbox's value is "on", as the browser sends it.
    Object.entries(rule).map(([k, v]) => [
      k,
      v === null || v === false ? '' : v === true ? 'on' : String(v),
    ]),
  );
  return sendPage(
    c,
    <RulePage
      {...pageContext(c)}
      municipality={m}
      current={current}
      form={form ?? { values, errors: {} }}
    />,
    form ? 422 : 200,
  );
}

/** Staff's steps on a proposal (screening, paper signatures, the body, its answer) and the admin's rule. */
export function handlingRoutes() {
  const app = new Hono<AppEnv>();
  const rulePath = '/municipalities/:id/proposals/rule';
  app.get(rulePath, async (c) =>
    renderRule(c, await authorizedMunicipality(c, canSetProposalRule)),
  );
  app.post(rulePath, async (c) => {
    const m = await authorizedMunicipality(c, canSetProposalRule);
    const values = await readForm(c);
    const parsed = validateForm(ruleInput, values);
    if (!parsed.ok) return renderRule(c, m, parsed.form);
    const result = await setProposalRule(c.get('ctx'), c.get('actor'), m.id, parsed.data);
    if (!result.ok) {
      if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
      return renderRule(c, m, { values, errors: result.fields ?? {} });
    }
    return c.redirect(`/${c.get('lang')}/municipalities/${m.id}/proposals?done=proposalRule`, 303);
  });

  /** A staff step: authorise, read and check its form (if it has one), run, answer with the page. */
  const step = <S extends z.ZodType>(
    path: string,
    form: { name: keyof ProposalForms; input: S } | null,
    run: (
      c: Context<AppEnv>,
      m: MunicipalityOnPage,
      id: string,
      data: z.infer<S>,
    ) => Promise<Result<unknown, string>>,
    done: string,
  ) => {
    app.post(`/municipalities/:id/proposals/:pid/${path}`, async (c) => {
      const m = await authorizedMunicipality(c, canHandleProposals);
      const id = uuidParam(c, 'pid');
      // A step without a form (handing to the body) gives its command nothing.
      let data = undefined as z.infer<S>;
      let values: Record<string, string> = {};
      if (form) {
        values = await readForm(c);
        if (form.name === 'answer' && isReadabilityCheck(values)) {
          return renderProposal(c, m, { forms: { answer: { values, errors: {} } } });
        }
        const parsed = validateForm(form.input, values);
        if (!parsed.ok) {
          return renderProposal(c, m, { forms: { [form.name]: parsed.form }, status: 422 });
        }
        data = parsed.data;
      }
      const result = await run(c, m, id, data);
      if (!result.ok) {
        if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
        if (result.reason === 'notFound') return errorResponse(c, 'notFound');
        if (form && result.fields) {
          const failed = { values, errors: result.fields };
          return renderProposal(c, m, { forms: { [form.name]: failed }, status: 422 });
        }
        return renderProposal(c, m, proposalProblems[result.reason] ?? proposalProblems.state);
      }
      return c.redirect(`${proposalPath(c, m, id)}?done=${done}`, 303);
    });
  };

  step(
    'screening',
    { name: 'screening', input: screeningInput },
    (c, m, id, data) => screenProposal(c.get('ctx'), c.get('actor'), m, id, data),
    'proposalScreened',
  );
  step(
    'paper',
    { name: 'paper', input: paperInput },
    (c, m, id, data) => registerPaperSignatures(c.get('ctx'), c.get('actor'), m, id, data),
    'proposalPaper',
  );
  step(
    'body',
    null,
    (c, m, id) => handToBody(c.get('ctx'), c.get('actor'), m, id),
    'proposalToBody',
  );
  step(
    'answer',
    { name: 'answer', input: answerInput },
    (c, m, id, data) => {
      const baseUrl = publicOrigin(c);
      return answerProposal(c.get('ctx'), c.get('actor'), m, id, data, baseUrl);
    },
    'proposalAnswered',
  );
  return app;
}
