import type { DomainModule } from '../../web/module.ts';
import { en } from './i18n/en.ts';
import { nb } from './i18n/nb.ts';
import { sv } from './i18n/sv.ts';
import { mailPersonalData } from './personal-data.ts';

/**
 * Mail: an outbox written in the transaction of what a mail announces, sent by a background
 * worker (`worker.ts`) through SMTP or into files. Other domains queue mails with `enqueueMail`.
 */
export const mailModule: DomainModule = {
  id: 'mail',
  messages: { en, sv, nb },
  personalData: mailPersonalData,
};
