import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { conventionsOf, translator } from '../../../../web/i18n/index.ts';
import { audit } from '../../../audit/record.ts';
import { enqueueMail } from '../../../mail/commands/enqueue-mail.ts';
import { getDepartment, getMunicipality } from '../../../tenancy/tenancy.queries.ts';
import type { AdoptionInput } from '../cases.inputs.ts';
import { canAdoptInto } from '../cases.policy.ts';
import { findCase, hasAdopted, insertAdoption, lockCase, publisherOf } from '../cases.queries.ts';
import { insertAdoptedInitiative } from '../initiative-source.queries.ts';

export type AdoptFailure =
  | 'forbidden'
  | 'invalid'
  | 'notFound'
  | 'ownCase'
  | 'alreadyAdopted'
  | 'withdrawn';

/**
 * "We reuse this": the case becomes an initiative in a department of `municipalityId`, at stage
 * idea or pilot, with the case's texts (and its initiative's benefits, when public) as a starting
 * point; the adoption links the two, and the publisher is mailed. A municipality adopts a case
 * once, never its own, and never a withdrawn one.
 */
export async function adoptCase(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  input: AdoptionInput,
  opts: { baseUrl: string },
): Promise<Result<{ adoptionId: string; initiativeId: string }, AdoptFailure>> {
  if (actor.kind !== 'user' || !canAdoptInto(actor, municipalityId, input.departmentId))
    return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    if (!(await getDepartment(tx.db, municipalityId, input.departmentId)))
      return fail('invalid', { departmentId: 'cases.error.department' });
    const found = (await lockCase(tx.db, input.caseId)) && (await findCase(tx.db, input.caseId));
    if (!found) return fail('notFound');
    const shared = found.case;
    if (shared.municipalityId === municipalityId) return fail('ownCase');
    if (shared.status === 'withdrawn') return fail('withdrawn');
    if (await hasAdopted(tx.db, shared.id, municipalityId)) return fail('alreadyAdopted');
    const adopter = await getMunicipality(tx.db, municipalityId);
    if (!adopter) return fail('notFound');
    const t = translator(conventionsOf(adopter.country).lang);
    const at = ctx.now();
    const initiative = await insertAdoptedInitiative(tx.db, {
      municipalityId,
      departmentId: input.departmentId,
      title: shared.title,
      problem: shared.need || shared.summary,
      idea: [
        shared.solution || shared.summary,
        t('cases.adopt.origin', { municipality: found.municipalityName }),
      ].join('\n\n'),
      stage: input.stage,
      reason: t('cases.adopt.stageReason', { municipality: found.municipalityName }),
      sourceInitiativeId: shared.initiativeId,
      copyBenefits: found.initiativePublic,
      createdBy: actor.userId,
      at,
    });
    const adoption = await insertAdoption(tx.db, {
      caseId: shared.id,
      municipalityId,
      initiativeId: initiative.id,
      mode: input.mode,
      adoptedBy: actor.userId,
      at,
    });
    await audit(tx, actor, {
      municipalityId,
      action: 'case.adopt',
      target: `case:${shared.id}`,
      details: { initiativeId: initiative.id, mode: input.mode, stage: input.stage },
    });
    const publisher = await publisherOf(tx.db, shared.id);
    if (publisher) {
      const mailT = translator(conventionsOf(found.country).lang);
      // An address past its hourly share gets no mail; the adoption stands all the same.
      await enqueueMail(tx, {
        kind: 'cases.adopted',
        to: publisher.email,
        lang: mailT.lang,
        subject: mailT('cases.mail.adopted.subject', { municipality: adopter.name }),
        text: mailT('cases.mail.adopted.body', {
          municipality: adopter.name,
          title: shared.title,
          link: `${opts.baseUrl}/${mailT.lang}/cases/${shared.id}`,
        }),
      });
    }
    return ok({ adoptionId: adoption.id, initiativeId: initiative.id });
  });
}
