import type { PersonalDataPart } from '../../../web/personal-data.ts';
import { casesWorkOf, unlinkCasesWork } from './personal-data.queries.ts';

/**
 * A shared case and an adoption name who made them, for the publisher's mail about new adopters.
 * Forgetting a person unlinks them: the case and the adoption belong to the municipality and stay.
 */
export const casesPersonalData: PersonalDataPart = {
  async export(ctx, { userId }) {
    return casesWorkOf(ctx.db, userId);
  },
  async forget(ctx, { userId }) {
    await unlinkCasesWork(ctx.db, userId);
  },
};
