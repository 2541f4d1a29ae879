import type { en } from './en.ts';

/** Swedish messages of the audit domain. */
export const sv: Record<keyof typeof en, string> = {
  'audit.title': 'Granskningslogg för {name}',
  'audit.lead': 'Varje ändring registreras här och kan aldrig redigeras eller tas bort.',
  'audit.when': 'När',
  'audit.who': 'Vem',
  'audit.action': 'Händelse',
  'audit.target': 'Objekt',
  'audit.request': 'Anrop',
  'audit.empty': 'Inget har registrerats ännu.',
  'audit.older': 'Äldre händelser',
  'audit.nav': 'Händelselogg',
};
