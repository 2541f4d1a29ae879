import type { en } from './en.ts';

/** Norwegian bokmål messages of the audit domain. */
export const nb: Record<keyof typeof en, string> = {
  'audit.title': 'Hendelseslogg for {name}',
  'audit.lead': 'Her registreres hver endring. Ingen kan redigere eller slette det som står her.',
  'audit.when': 'Når',
  'audit.who': 'Hvem',
  'audit.action': 'Hendelse',
  'audit.target': 'Objekt',
  'audit.request': 'Forespørsel',
  'audit.empty': 'Ingenting er registrert ennå.',
  'audit.older': 'Eldre hendelser',
  'audit.nav': 'Hendelseslogg',
};
