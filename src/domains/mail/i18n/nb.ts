import type { en } from './en.ts';

/** Norwegian (bokmål) messages of the mail domain. */
export const nb: Record<keyof typeof en, string> = {
  'mail.footer': 'Denne e-posten er sendt automatisk fra Samskap, og du kan ikke svare på den.',
};
