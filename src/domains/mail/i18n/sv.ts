import type { en } from './en.ts';

/** Swedish messages of the mail domain. */
export const sv: Record<keyof typeof en, string> = {
  'mail.footer': 'Det här mejlet skickades automatiskt från Samskap och går inte att svara på.',
};
