import type { PersonalDataPart } from '../../web/personal-data.ts';
import { auditByActor } from './audit.queries.ts';

/**
 * The audit log's part of a person's data: the entries their own actions wrote. The log is
 * append-only, so forgetting changes nothing here; the entries keep pointing at the account,
 * which identity anonymises instead of deleting.
 */
export const auditPersonalData: PersonalDataPart = {
  async export(ctx, { userId }) {
    return { entries: await auditByActor(ctx.db, userId) };
  },
  async forget() {},
};
