import type { en } from './en.ts';

/** Swedish messages of the audit domain. */
export const sv: Record<keyof typeof en, string> = {
  'audit.title': 'Händelselogg för {name}',
  'audit.lead': 'Här registreras varje ändring. Ingen kan redigera eller ta bort det som står här.',
  'audit.when': 'När',
  'audit.who': 'Vem',
  'audit.action': 'Händelse',
  'audit.target': 'Objekt',
  'audit.request': 'Anrop',
  'audit.empty': 'Inget har registrerats ännu.',
  'audit.older': 'Äldre händelser',
  'audit.nav': 'Händelselogg',
};
