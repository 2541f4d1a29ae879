import type { PersonalDataPart } from '../../web/personal-data.ts';
import { deleteMailTo } from './personal-data.queries.ts';

/**
 * The outbox keeps every mail with its address and text. Forgetting a person deletes the mails to
 * their address: those waiting are not sent to an account that no longer exists, and those sent
 * kept the address and often the name. A mail a worker is sending right now is gone when it
 * reports back, which changes nothing (`markMailSent` finds no row). Nothing to export: the person
 * has the mails.
 */
export const mailPersonalData: PersonalDataPart = {
  async export() {
    return {};
  },
  async forget(ctx, { email }) {
    await deleteMailTo(ctx.db, email);
  },
};
